import { describe, expect, it } from 'vitest';
import { clauseAround, clauseBounds, splitSentences } from '@/lib/classify/sentences';

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

describe('clauseBounds (breaks read once per sentence, issue 18)', () => {
  /** The scan clauseBounds made on every call before. */
  function reference(sentence: string, at: number): [number, number] {
    const re = /[,;:()]|\s[-–—]\s|\b(?:but|though|although|whereas)\b|\b(?:and|so|then)\s+(?=(?:I|we)\b)/gi;
    let from = 0;
    let to = sentence.length;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      if (m.index + m[0].length <= at) from = m.index + m[0].length;
      else if (m.index > at) {
        to = m.index;
        break;
      }
    }
    return [from, to];
  }
  const sentences = [
    "Could you draft section 4, but I'll handle the pricing myself",
    'No breaks in this one at all',
    '',
    'A (short) aside; then we go - and I mean it: now, though slowly',
    "Could you draft section 4, but I'll handle the pricing myself",
  ];
  it('gives the same clause as a fresh scan at every position, sentence after sentence and back', () => {
    for (const s of [...sentences, ...sentences.slice().reverse()]) {
      for (let at = 0; at <= s.length; at++) expect(clauseBounds(s, at)).toEqual(reference(s, at));
    }
  });
});
