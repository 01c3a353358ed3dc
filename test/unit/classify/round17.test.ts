import { describe, expect, it } from 'vitest';
import { classifyEmail, extractNewestMessage, type Label } from '@/lib/classify';
import { DELIVERABLE_WORDS } from '@/lib/classify/patterns/typos';
import { misspelt, oneEditAway } from '@/lib/classify/rules/pre-contract/typos';
import { ctx, mail } from './helpers';

const label = (body: string, stage: Parameters<typeof ctx>[1] = 'negotiation', subject?: string): Label =>
  classifyEmail(mail(body, subject), ctx('sales', stage)).label;

describe('loose gate: ask and deliverable in different sentences of a short mail', () => {
  it('fires on an open deal, typos allowed', () => {
    expect(label('can u finsh the kestrel doc? i did the intro, still need the pricng table', 'prospect')).toBe('pre-contract-work');
  });
  it('stays shut for unrelated asks, withdrawals and estimate questions', () => {
    expect(label('Could you grab me a coffee? I am stuck on the order form call till 10.')).toBe('none');
    expect(label('Lee, their legal is slow on the MSA. Nothing for you to do.')).toBe('none');
    expect(label('Can you tell me how many weeks the migration takes? The SOW goes out Friday.')).toBe('estimate-request');
  });
  it('needs a deal known to be open', () => {
    expect(label('can u finsh the kestrel doc? still need the pricng table', null)).toBe('none');
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

describe('round 17 causes', () => {
  it('binds a bare handover to the document named earlier in a short note', () => {
    expect(label('VSAQ from Pinecrest attached. Due Monday. All yours')).toBe('pre-contract-work');
  });
  it('reads a promise after a coordinated verb', () => {
    expect(label('I met their COO at the expo and promised him we would ship the app by 30 June.', 'delivering')).toBe('promise-without-check');
  });
  it('reads a document that still needs a part, and "you are the right person to"', () => {
    expect(label('The Halcyon SOW still needs a test plan section before Thursday.')).toBe('pre-contract-work');
    expect(label('The costing for option B has to be figured out for the proposal. You are the right person to do it.')).toBe('pre-contract-work');
    expect(label('The Halcyon SOW still needs their signature. Nothing for you to do.')).toBe('none');
  });
  it('reads "did you get a chance to" as a chase of the reader', () => {
    expect(label('Did you get a chance to update the order form? They sign today.')).toBe('pre-contract-work');
  });
  it('does not treat a social question with a delivery word as status when no deal is known', () => {
    expect(label('you joining the team quiz night thursday?', null)).toBe('none');
    expect(label('Since the Larkspur contract is now signed, how is the onboarding going?', null)).toBe('status-request');
  });
  it('a change request on a signed deal is neither pre-contract work nor a status ask', () => {
    expect(label('Can you write up a change request with hours and assumptions?', 'delivering')).toBe('none');
  });
  it('cuts a promotional line under a named sign-off, but keeps a P.S.', () => {
    const body = 'Nice work by the team.\n\nBonne soirée,\nRobin\n\nRobin Vale\nAccount Director\nWant a quote? Reply and we send a proposal.';
    expect(extractNewestMessage(body, 'Robin Vale')).toBe('Nice work by the team.');
    const ps = 'Can you update the SOW?\n\nThanks,\nRobin\n\nP.S. the order form too please.';
    expect(extractNewestMessage(ps, 'Robin Vale')).toContain('P.S.');
  });
  it('reads texting-style status questions', () => {
    expect(label('hows the depot rollout going?', 'delivering')).toBe('status-request');
    expect(label('Is that still blocked?', 'signed')).toBe('status-request');
  });
});
