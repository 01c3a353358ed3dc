import { describe, expect, it } from 'vitest';
import { classifyEmail, isLabel, LABELS } from '@/lib/classify';
import { ctx, mail } from './helpers';

describe('result shape', () => {
  it('exports the labels in precedence order', () => {
    expect(LABELS).toEqual(['pre-contract-work', 'promise-without-check', 'estimate-request', 'status-request', 'none']);
    expect(isLabel('none')).toBe(true);
    expect(isLabel('other')).toBe(false);
  });

  it('returns evidence spans that index into the newest message', () => {
    const body = 'Hi Kit,\n\nCould you put together the proposal for Alder? They want it before they sign.\n\nThanks,\nRobin\n\nOn Mon, Jun 1, 2026 at 9:00 AM Kit <kit@x.io> wrote:\n> hi';
    const r = classifyEmail(mail(body), ctx('sales', 'prospect'));
    expect(r.label).toBe('pre-contract-work');
    expect(r.newestMessage).toBe('Hi Kit,\n\nCould you put together the proposal for Alder? They want it before they sign.');
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      expect(r.newestMessage.slice(e.start, e.end)).toBe(e.text);
      expect(e.reason.length).toBeGreaterThan(0);
    }
    const texts = r.evidence.map((e) => e.text);
    expect(texts).toContain('Could you');
    expect(texts).toContain('proposal');
  });

  it('explains the deal stage when it was read from the text', () => {
    const r = classifyEmail(mail('Can you send Ana the revised SOW? Need it signed by Friday.'), ctx('sales', null));
    expect(r.evidence.some((e) => e.reason.startsWith('deal stage'))).toBe(true);
  });

  it('keeps confidence within 0..1 and lowers it when the role is guessed', () => {
    const body = 'Could you write the SOW for Harlow before they sign?';
    const known = classifyEmail(mail(body), ctx('sales', 'negotiation'));
    const guessed = classifyEmail(mail(body), ctx(null, 'negotiation'));
    expect(known.confidence).toBeGreaterThan(0);
    expect(known.confidence).toBeLessThanOrEqual(1);
    expect(guessed.label).toBe('pre-contract-work');
    expect(guessed.confidence).toBeLessThan(known.confidence);
  });

  it('returns no evidence for none', () => {
    const r = classifyEmail(mail('Congrats on the launch!'), ctx('sales', 'delivering'));
    expect(r).toMatchObject({ label: 'none', evidence: [] });
  });
});
