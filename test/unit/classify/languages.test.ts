import { describe, expect, it } from 'vitest';
import { classifyEmail, extractNewestMessage, type Label } from '@/lib/classify';
import { isHitId } from '@/lib/classify/ids';
import { detectLanguage, PACKS } from '@/lib/classify/lang';
import { LANGUAGE_CASES } from './languages.table';
import { mail, sales } from './helpers';

describe('six languages: the same labels from each language pack', () => {
  it.each(LANGUAGE_CASES)('%s %s: %s', (lang, expected, body, stage) => {
    const result = classifyEmail(mail(body), sales(stage));
    expect(detectLanguage(result.newestMessage).lang).toBe(lang);
    expect(result.label).toBe(expected as Label);
    // Evidence is the sender's own words; every flag carries some.
    if (expected !== 'none') expect(result.evidence.length).toBeGreaterThan(0);
    for (const e of result.evidence) expect(result.newestMessage.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('language detection', () => {
  it.each([
    ['en', 'Can you put together the SOW for Acme before they sign? Thanks'],
    ['en', 'ok'],
    ['en', 'Hi Sam, ¿me ayudas con the Acme quote? I need it by Friday, thanks for the help.'],
    ['de', 'Kannst du bis Freitag das Angebot erstellen?'],
    ['es', '¿Puedes preparar la propuesta para el cliente?'],
    ['fr', 'Peux-tu préparer le devis pour le client ?'],
    ['pt', 'Você consegue montar a proposta até quarta?'],
    ['it', 'Potresti preparare l\'offerta per il cliente?'],
    ['nl', 'Kun je de offerte voor de klant opstellen?'],
  ])('%s: %s', (lang, text) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('reads at most a bounded prefix, so a huge body stays fast', () => {
    const t0 = performance.now();
    detectLanguage('der die das und '.repeat(200_000));
    expect(performance.now() - t0).toBeLessThan(50);
  });
});

describe('unsupported languages', () => {
  it.each([
    ['Swedish', 'Hej Anna, kan du skriva offerten till kunden? Det är bråttom och vi har inte mycket tid. Tack för hjälpen med det här.'],
    ['Polish', 'Cześć Anno, czy możesz przygotować ofertę dla klienta? To jest pilne i nie mamy dużo czasu, więc dziękuję za pomoc.'],
    ['a non-Latin script', 'Привет, Анна! Можешь подготовить коммерческое предложение для клиента до пятницы? Это срочно, спасибо за помощь.'],
  ])('%s falls back to none with "language not supported" in the note', (name, body) => {
    const result = classifyEmail(mail(body), sales('negotiation'));
    expect(result.label).toBe('none');
    expect(result.evidence).toEqual([]);
    expect(result.note).toMatch(/^Language not supported/);
    expect(result.note).toContain(name);
  });
});

describe('quote markers in the six languages', () => {
  it.each([
    'Am 03.11.2026 um 14:12 schrieb Petra Lang <p.lang@x.de>:',
    'El lun, 2 nov 2026 a las 11:40, Andrés Gil (<agil@x.es>) escribió:',
    'Le lun. 2 nov. 2026 à 10:12, Sophie Laurent <s@x.fr> a écrit :',
    'Em seg., 2 de nov. de 2026 às 15:20, Luana Dias <l@x.com.br> escreveu:',
    'Il giorno lun 2 nov 2026 alle ore 11:02 Paolo Conti <p@x.it> ha scritto:',
    'Op ma 2 nov. 2026 om 10:15 schreef Pieter Smit <p@x.nl>:',
    'Von: A <a@x.de>\nGesendet: Montag\nAn: B\nBetreff: X',
    'De: A <a@x.es>\nEnviado el: lunes\nPara: B\nAsunto: X',
    'De : A\nEnvoyé : lundi\nÀ : B\nObjet : X',
    'De: A\nEnviada em: segunda-feira\nPara: B\nAssunto: X',
    'Da: A\nInviato: lunedì\nA: B\nOggetto: X',
    'Van: A\nVerzonden: maandag\nAan: B\nOnderwerp: X',
    'Inizio messaggio inoltrato:',
  ])('cuts history at %s', (marker) => {
    const body = `Grazie, perfetto.\n\n${marker}\n\nCan you draft the SOW for Acme?`;
    expect(extractNewestMessage(body)).toBe('Grazie, perfetto.');
  });
});

describe('language packs', () => {
  it('use only cue ids listed in lib/classify/ids.ts', () => {
    for (const pack of Object.values(PACKS)) {
      const families = [
        pack.asks, pack.assignments, pack.softAsks, pack.roughAnswer, pack.production, pack.chase, pack.deliverables,
        pack.estimate, pack.weakEstimate, pack.join, pack.status, pack.weakStatus, pack.strongPromise, pack.told,
        pack.customerExpects, pack.unsigned, pack.signed, pack.wantedDone, pack.needsDone,
      ];
      for (const cue of families.flat()) {
        expect(isHitId(cue.id), `${pack.lang}: ${cue.id}`).toBe(true);
        expect(cue.re.global, `${pack.lang}: ${cue.id} must be global`).toBe(true);
      }
    }
  });
});
