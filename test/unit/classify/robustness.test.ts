import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyEmail, type ClassifyResult, type EmailInput, LABELS } from '@/lib/classify';
import { ctx, mail } from './helpers';

function wellFormed(r: ClassifyResult): void {
  expect(LABELS).toContain(r.label);
  expect(r.confidence).toBeGreaterThanOrEqual(0);
  expect(r.confidence).toBeLessThanOrEqual(1);
  expect(typeof r.newestMessage).toBe('string');
  for (const e of r.evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(r.newestMessage.length);
    expect(r.newestMessage.slice(e.start, e.end)).toBe(e.text);
  }
}

describe('bad and odd input: always a result, never a throw', () => {
  it('empty body and empty subject', () => {
    const r = classifyEmail(mail('', ''), ctx('sales', 'negotiation'));
    expect(r).toEqual({ label: 'none', confidence: expect.any(Number), newestMessage: '', evidence: [] });
  });

  it('whitespace-only body', () => {
    wellFormed(classifyEmail(mail(' \n\t\n  '), ctx('sales', null)));
  });

  it('1 MB body of prose with the ask at the top', () => {
    const body = 'Can you write the SOW for Pike before they sign?\n\n' + 'Notes from the workshop follow. '.repeat(33_000);
    const r = classifyEmail(mail(body), ctx('sales', 'negotiation'));
    wellFormed(r);
    expect(r.label).toBe('pre-contract-work');
    expect(r.newestMessage.length).toBeLessThanOrEqual(20_000);
  });

  it('1 MB body with no spaces, newlines or punctuation', () => {
    wellFormed(classifyEmail(mail('a'.repeat(1_048_576)), ctx('sales', 'negotiation')));
  });

  it('1 MB of repeated near-miss phrases (backtracking bait)', () => {
    const bait = 'On Mon wrote From: Sent: can you could you I need the from you before we sign what would it take ';
    wellFormed(classifyEmail(mail(bait.repeat(11_000)), ctx('sales', null)));
    wellFormed(classifyEmail(mail('>'.repeat(1_048_576)), ctx('sales', null)));
    wellFormed(classifyEmail(mail('<'.repeat(1_048_576)), ctx('sales', null)));
    wellFormed(classifyEmail(mail('@'.repeat(500_000) + ':'), ctx('sales', null)));
  });

  it('binary-looking bodies', () => {
    const bytes = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 37) % 256)).join('');
    wellFormed(classifyEmail(mail(bytes), ctx('sales', 'negotiation')));
    wellFormed(classifyEmail(mail('JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K'.repeat(2000)), ctx('sales', null)));
    wellFormed(classifyEmail(mail('\u0000\uFFFD\uD800 broken surrogate \uDFFF'), ctx('sales', null)));
  });

  it('HTML fragments', () => {
    const html = '<html><head><style>p{color:red}</style></head><body><p>Could you put together the <b>proposal</b> for Alder?</p>' +
      '<blockquote type="cite">Earlier: can you chase the contract?</blockquote></body></html>';
    const r = classifyEmail(mail(html), ctx('sales', 'prospect'));
    wellFormed(r);
    expect(r.label).toBe('pre-contract-work');
    expect(r.newestMessage).not.toContain('<');
    wellFormed(classifyEmail(mail('<div><br><br><span>unterminated <b'), ctx('sales', null)));
    wellFormed(classifyEmail(mail('&amp;&#x1F600;&#99999999;&bogus; <p>ok</p>'), ctx('sales', null)));
  });

  it('other languages', () => {
    for (const body of [
      'Kannst du bitte das Angebot für Müller vorbereiten? Sie wollen nächste Woche unterschreiben.',
      'Pouvez-vous préparer le devis pour Dupont avant la signature ?',
      '¿Puedes revisar el contrato antes de que firmen?',
      '見積書を作成していただけますか？来週署名予定です。',
      'Можешь подготовить коммерческое предложение?',
      'هل يمكنك إعداد العرض قبل التوقيع؟',
    ]) {
      wellFormed(classifyEmail(mail(body), ctx('sales', 'negotiation')));
    }
  });

  it('malformed e-mail objects', () => {
    const broken = [
      {},
      { from: null, subject: null, body: null },
      { from: { name: 1, email: [] }, subject: 5, body: 7 },
      { from: { name: 'x', email: 'y' }, subject: 's', body: { text: 'hi' } },
    ] as unknown as EmailInput[];
    for (const email of broken) wellFormed(classifyEmail(email, ctx('sales', 'negotiation')));
    wellFormed(classifyEmail(mail('Can you draft the SOW?'), {} as never));
    wellFormed(classifyEmail(mail('Can you draft the SOW?'), null as never));
  });

  it('random text never throws and spans stay inside the newest message', () => {
    const roles = fc.constantFrom('sales', 'pm', 'customer', 'exec', 'other', null);
    const stages = fc.constantFrom('prospect', 'negotiation', 'signed', 'delivering', 'closed', null);
    const words = fc.constantFrom('can you', 'SOW', 'please', '\n', '> ', 'On Mon', 'wrote:', 'From:', 'Sent:', '?', '.',
      'I told them', "we'd", 'by Friday', 'status', 'how long', 'before they sign', '-- ', 'Thanks,', '<br>', 'Sent from my iPhone');
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.string()), { maxLength: 60 }), roles, stages, (parts, role, stage) => {
        wellFormed(classifyEmail(mail(parts.join(' ')), ctx(role, stage)));
      }),
      { numRuns: 300 },
    );
  });
});
