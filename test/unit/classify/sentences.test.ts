import { describe, expect, it } from 'vitest';
import { clauseAround, splitSentences } from '@/lib/classify/sentences';

describe('splitSentences', () => {
  it('splits on punctuation, blank lines and list items, keeping offsets', () => {
    const text = 'Hi Kit,\n\nCan you help? It is due Friday.\n- item one\n- item two';
    const parts = splitSentences(text);
    expect(parts.map((p) => p.text)).toEqual(['Hi Kit,', 'Can you help?', 'It is due Friday.', '- item one', '- item two']);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('joins hard-wrapped lines of prose', () => {
    const text = 'Could you put together the statement of work for the Harlow project\nbefore their board meets?';
    expect(splitSentences(text)).toHaveLength(1);
  });

  it('does not split after titles and Latin abbreviations', () => {
    const text = 'I told Mr. Brunner that e.g. the import starts Monday. Dr. Lee agreed.';
    expect(splitSentences(text).map((p) => p.text)).toEqual(['I told Mr. Brunner that e.g. the import starts Monday.', 'Dr. Lee agreed.']);
  });

  it('chunks run-on text', () => {
    expect(splitSentences('x'.repeat(5000)).every((s) => s.text.length <= 600)).toBe(true);
  });
});

describe('clauseAround', () => {
  it('returns the clause around a position', () => {
    const s = "Could you draft section 4, I'll handle the pricing myself";
    expect(clauseAround(s, s.indexOf('draft'))).toBe('Could you draft section 4');
    expect(clauseAround(s, s.indexOf('pricing'))).toBe(" I'll handle the pricing myself");
  });
});
