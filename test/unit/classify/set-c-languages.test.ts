import { describe, expect, it } from 'vitest';
import type { DealStage, Label } from '@/lib/classify';
import { labelFor } from './helpers';

// Set C's non-English misses (test/eval/fixtures/README.md) as phenomena, in our own words.
const reader = { name: 'Facundo Ibarra', email: 'fibarra@ourco.com' };
const label = (body: string, stage: DealStage) => labelFor(body, stage, { to: [reader], reader });

describe('six languages, set C phenomena', () => {
  const cases: Array<[string, string, DealStage, Label]> = [
    ['es voseo ask, "no hace falta que sea exacta" is a rough answer', 'Hola Facu,\n\n¿Me pasás una estimación de cuántas semanas llevaría la migración? No hace falta que sea exacta.', 'prospect', 'estimate-request'],
    ['es Argentine status question', 'Che Facu, ¿cómo viene lo de Lácteos Norte? Pasame dos líneas: si vamos bien con las fechas.', 'delivering', 'status-request'],
    ['es cc\'d reader told nothing is needed', 'Hola Marta, ¿podrías revisar el contrato marco esta semana?\n\nFacundo, te pongo en copia solo para que estés al tanto; no necesito nada de tu parte.', 'negotiation', 'none'],
    ['fr chiffrage à la louche is an estimate', 'Salut, tu pourrais me faire un chiffrage à la louche en jours/homme pour la refonte du site ?', 'prospect', 'estimate-request'],
    ['fr "j\'ai dit à X qu\'on serait en production"', 'Petite mise à jour : j\'ai dit à la Mutuelle du Nord qu\'on serait en production pour le 3 mai.', 'signed', 'promise-without-check'],
    ['de colloquial promise with a long gap', 'Ich hab Brenner gestern im Termin mit dem Geschäftsführer zugesagt, dass wir bis KW 20 live gehen.', 'signed', 'promise-without-check'],
    ['de "wie schaut\'s aus" status', 'Servus, wie schaut\'s bei Hagedorn aus? Ein kurzer Zwischenstand reicht mir.', 'delivering', 'status-request'],
    ['de "fertig machen" the SOW', 'Die Stadtwerke wollen die Leistungsbeschreibung bis Mittwoch. Könntest du die bis Montag fertig machen?', 'negotiation', 'pre-contract-work'],
    ['it "mi prepari tu" the bid', 'Ciao, mi prepari tu l\'offerta tecnica per il Consorzio? Scadenza il 24.', 'negotiation', 'pre-contract-work'],
    ['it "al cliente ho già confermato"', 'Ti aggiorno: al cliente ho già confermato che il go-live resta il 4 maggio.', 'delivering', 'promise-without-check'],
    ['pt "preciso de uma estimativa"', 'Bom dia! Preciso de uma estimativa de esforço, por alto, para integrar o ERP deles.', 'prospect', 'estimate-request'],
  ];
  it.each(cases)('%s', (_n, body, stage, want) => expect(label(body, stage)).toBe(want));
});
