import { describe, expect, it } from 'vitest';
import { DELIVERABLE_WORDS } from '@/lib/classify/patterns/typos';
import { misspelt, oneEditAway } from '@/lib/classify/rules/pre-contract/typos';
import { label, sales } from './helpers';

describe('loose gate: ask and deliverable in different sentences of a short mail', () => {
  it('fires on an open deal, typos allowed', () => {
    expect(label('can u finsh the kestrel doc? i did the intro, still need the pricng table', sales('prospect'))).toBe('pre-contract-work');
  });
  it('stays shut for unrelated asks, withdrawals and estimate questions', () => {
    expect(label('Could you grab me a coffee? I am stuck on the order form call till 10.')).toBe('none');
    expect(label('Lee, their legal is slow on the MSA. Nothing for you to do.')).toBe('none');
    expect(label('Can you tell me how many weeks the migration takes? The SOW goes out Friday.')).toBe('estimate-request');
  });
  it('needs a deal known to be open', () => {
    expect(label('can u finsh the kestrel doc? still need the pricng table', sales(null))).toBe('none');
  });
});

describe('typo matching', () => {
  it('accepts one edit and rejects real neighbours', () => {
    expect(oneEditAway('proposl', 'proposal')).toBe(true);
    expect(oneEditAway('pricnig', 'pricing')).toBe(true);
    expect(misspelt('your contact at Brightwave', DELIVERABLE_WORDS)).toBeUndefined();
    expect(misspelt('quite soon', DELIVERABLE_WORDS)).toBeUndefined();
  });
});
