import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cleanDisplayText,
  excerptText,
  highlightSegments,
  type EvidenceSpan,
  type Excerpt,
  type HighlightOptions,
} from '@/lib/sites/gmail/flag/highlight';

/** An excerpt as a string: marks in [brackets]. */
const show = (ex: Excerpt) => ex.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');
const showAll = (text: string, evidence: EvidenceSpan[], options?: HighlightOptions) =>
  highlightSegments(text, evidence, options).map(show);

/** A span over the first occurrence of `phrase` (the n-th with `nth`). */
function span(text: string, phrase: string, reason = 'r', nth = 0): EvidenceSpan {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`no "${phrase}"`);
  return { start: at, end: at + phrase.length, text: phrase, reason };
}

const MSG = 'Hi Priya - can you build the quote for Coastal Ridge Homes in CPQ? It is the M365 migration plus twelve months of managed services.';

describe('highlightSegments', () => {
  it.each<[string, string, EvidenceSpan[], HighlightOptions | undefined, string[]]>([
    ['no evidence', MSG, [], undefined, []],
    ['empty text', '', [{ start: 0, end: 3, text: 'abc', reason: 'r' }], undefined, []],
    ['one span, whole short message', 'Can you write the SOW?', [span('Can you write the SOW?', 'write')], undefined, ['Can you [write] the SOW?']],
    ['context cut on both sides, at word ends', MSG, [span(MSG, 'quote')], { context: 12 }, ['…build the [quote] for Coastal…']],
    ['span at the very start: no leading ellipsis', MSG, [span(MSG, 'Hi Priya')], { context: 8 }, ['[Hi Priya] - can…']],
    ['span at the very end: no trailing ellipsis', MSG, [span(MSG, 'services.')], { context: 9 }, ['…managed [services.]']],
    ['overlapping spans become one mark', MSG, [span(MSG, 'build the'), span(MSG, 'the quote')], { context: 4 }, ['…you [build the quote] for…']],
    ['touching spans become one mark', MSG, [span(MSG, 'can you'), span(MSG, ' build')], { context: 3 }, ['…- [can you build]…']],
    ['close spans share an excerpt', MSG, [span(MSG, 'can you'), span(MSG, 'quote')], { context: 10 }, ['…Priya - [can you] build the [quote] for…']],
    ['far spans get their own excerpts', MSG, [span(MSG, 'Priya'), span(MSG, 'managed')], { context: 6 }, ['Hi [Priya] - can…', '…of [managed]…']],
    ['out-of-order evidence is shown in text order', MSG, [span(MSG, 'managed'), span(MSG, 'Priya')], { context: 6 }, ['Hi [Priya] - can…', '…of [managed]…']],
    ['zero context', MSG, [span(MSG, 'quote')], { context: 0 }, ['…[quote]…']],
  ])('%s', (_name, text, evidence, options, expected) => {
    expect(showAll(text, evidence, options)).toEqual(expected);
  });

  it.each<[string, EvidenceSpan]>([
    ['start past the end', { start: 500, end: 510, text: 'x', reason: 'r' }],
    ['end before start', { start: 10, end: 5, text: '', reason: 'r' }],
    ['empty span', { start: 10, end: 10, text: '', reason: 'r' }],
    ['NaN offsets', { start: Number.NaN, end: 4, text: 'x', reason: 'r' }],
    ['text not found near the offsets', { start: 3, end: 8, text: 'invoice', reason: 'r' }],
  ])('drops an unusable span: %s', (_name, bad) => {
    expect(highlightSegments(MSG, [bad])).toEqual([]);
    // ...and keeps the good ones next to it.
    expect(highlightSegments(MSG, [bad, span(MSG, 'quote')], { context: 0 }).map(show)).toEqual(['…[quote]…']);
  });

  it('tolerates junk: null entries, null options, non-array evidence', () => {
    expect(showAll(MSG, [null as unknown as EvidenceSpan, span(MSG, 'quote')], null as unknown as HighlightOptions)).toHaveLength(1);
    expect(highlightSegments(MSG, 'x' as unknown as EvidenceSpan[])).toEqual([]);
    expect(highlightSegments(null as unknown as string, [span(MSG, 'quote')])).toEqual([]);
  });

  it('clamps an end past the text and finds text whose offsets went stale', () => {
    expect(showAll('Please draft it', [{ start: 7, end: 99, reason: 'r' }])).toEqual(['Please [draft it]']);
    const stale = { ...span(MSG, 'quote'), start: 3, end: 8 };
    expect(showAll(MSG, [stale], { context: 0 })).toEqual(['…[quote]…']);
  });

  it('keeps every merged reason on the mark, without duplicates', () => {
    const [ex] = highlightSegments(MSG, [span(MSG, 'build the', 'asks to build'), span(MSG, 'the quote', 'deliverable: quote'), span(MSG, 'quote', 'asks to build')]);
    const marks = ex!.filter((s) => s.mark);
    expect(marks).toEqual([{ text: 'build the quote', mark: true, reason: 'asks to build; deliverable: quote' }]);
  });

  it('shows text only: collapses whitespace, drops control and bidi formatting characters', () => {
    const text = 'Hi,\r\n\r\n  please\u202E fill\u0000 out\u2066 the\tquestionnaire \u200Fsoon.\n\nThanks';
    const ex = highlightSegments(text, [span(text, 'questionnaire')]);
    expect(ex.map(show)).toEqual(['Hi, please fill out the [questionnaire] soon. Thanks']);
    expect(cleanDisplayText('a\u202Db\u2067c\u061Cd\uFEFF')).toBe('abcd');
  });

  it('never splits a surrogate pair', () => {
    const text = `${'😀'.repeat(50)}SOW${'😀'.repeat(50)}`;
    const ex = highlightSegments(text, [span(text, 'SOW')], { context: 5 });
    const t = excerptText(ex[0]!);
    expect(t).toContain('[SOW]'.slice(1, 4));
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)).toBe(false);
  });

  it('cuts a huge span to the excerpt size', () => {
    const text = `Intro. ${'word '.repeat(5000)}end.`;
    const ex = highlightSegments(text, [{ start: 7, end: text.length - 4, reason: 'long' }]);
    expect(ex).toHaveLength(1);
    expect(excerptText(ex[0]!).length).toBeLessThanOrEqual(300);
    expect(ex[0]!.some((s) => s.mark && s.text.endsWith('…'))).toBe(true);
  });

  it('neighbouring excerpts do not repeat text when one excerpt cannot hold both spans', () => {
    const gap = Array.from({ length: 30 }, (_, i) => `g${i}`).join(' ');
    const text = `${'alpha '.repeat(20)}FIRST ${gap} SECOND ${'omega '.repeat(20)}`;
    const ex = highlightSegments(text, [span(text, 'FIRST'), span(text, 'SECOND')], { context: 80, maxChars: 120 });
    expect(ex.map(show)).toHaveLength(2);
    const tokens = (e: Excerpt) => new Set(excerptText(e).match(/g\d+/g) ?? []);
    const [one, two] = ex.map(tokens);
    expect(one!.size).toBeGreaterThan(0);
    expect(two!.size).toBeGreaterThan(0);
    expect([...one!].filter((t) => two!.has(t))).toEqual([]);
    for (const e of ex) expect(excerptText(e).length).toBeLessThanOrEqual(120);
  });

  it('keeps the excerpts of the earliest-listed evidence when there are too many', () => {
    const text = Array.from({ length: 20 }, (_, i) => `part${i} ${'filler '.repeat(40)}`).join('');
    const evidence = Array.from({ length: 20 }, (_, i) => span(text, `part${19 - i} `.trim()));
    const ex = highlightSegments(text, evidence, { context: 10 });
    expect(ex).toHaveLength(6);
    const marked = ex.map((e) => e.find((s) => s.mark)!.text);
    expect(marked).toEqual(['part14', 'part15', 'part16', 'part17', 'part18', 'part19']);
  });

  it('stays bounded and fast on a 1 MB message with thousands of spans', () => {
    const text = 'Could you send the SOW to them please? '.repeat(27_000); // ~1 MB
    expect(text.length).toBeGreaterThan(1_000_000);
    const evidence: EvidenceSpan[] = [];
    for (let at = text.indexOf('SOW'); at >= 0 && evidence.length < 5000; at = text.indexOf('SOW', at + 1000)) {
      evidence.push({ start: at, end: at + 3, text: 'SOW', reason: 'deliverable: SOW' });
    }
    evidence.push({ start: 0, end: text.length, reason: 'everything' });
    const t0 = performance.now();
    const ex = highlightSegments(text, evidence);
    const ms = performance.now() - t0;
    expect(ex.length).toBeLessThanOrEqual(6);
    for (const e of ex) expect(excerptText(e).length).toBeLessThanOrEqual(300);
    expect(ms).toBeLessThan(500);
  });

  it('holds its bounds for any input (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000, unit: 'binary' }),
        fc.array(fc.record({ start: fc.integer({ min: -10, max: 2100 }), end: fc.integer({ min: -10, max: 2100 }), reason: fc.string({ maxLength: 20 }) }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 200 }),
        (text, evidence, context) => {
          const ex = highlightSegments(text, evidence, { context });
          expect(ex.length).toBeLessThanOrEqual(6);
          for (const e of ex) {
            const t = excerptText(e);
            expect(t.length).toBeLessThanOrEqual(300);
            expect(/[\u202A-\u202E\u2066-\u2069\u0000]/.test(t)).toBe(false);
            expect(e.some((s) => s.mark)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
