import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyEmail } from '@/lib/classify';
import { CUE_IDS, type EvidenceId, RULE_HIT_IDS } from '@/lib/classify/ids';
import type { EvidenceLike } from '@/lib/sites/gmail/flag/redirect';
import { MAX_SUMMARY_CHARS, redirectSummary } from '@/lib/sites/gmail/flag/summary';
import type { FlagLabel } from '@/lib/sites/gmail/flag/wording';

const ev = (text: string, id: EvidenceId, start = 0): EvidenceLike => ({ text, id, start, end: start + text.length });

describe('redirectSummary', () => {
  it.each<[string, FlagLabel, EvidenceLike[], string]>([
    ['pre-contract: verb and deliverable', 'pre-contract-work', [
      ev('Need you to', 'pre-contract-work/ask.need-you-to', 95), ev('write', 'pre-contract-work/produce.write', 107), ev('SOW', 'pre-contract-work/deliverable.sow', 20),
    ], 'Asked me to write the SOW before signature'],
    ['pre-contract: multi-word verb', 'pre-contract-work', [
      ev('any chance you', 'pre-contract-work/ask.any-chance', 8), ev('take a first pass at', 'pre-contract-work/produce.first-pass', 29), ev('redlines', 'pre-contract-work/deliverable.redlines', 54),
    ], 'Asked me to take a first pass at the redlines before signature'],
    ['pre-contract: pronoun verb uses the reason', 'pre-contract-work', [
      ev('Could you', 'pre-contract-work/ask.can-you', 253), ev('fill it out', 'pre-contract-work/produce.fill-out', 263), ev('security questionnaire', 'pre-contract-work/deliverable.questionnaire', 44),
    ], 'Asked me to fill out the security questionnaire before signature'],
    ['pre-contract: chasing the customer', 'pre-contract-work', [
      ev('ping her', 'pre-contract-work/chase.ping', 20),
    ], 'Asked me to chase the customer for the contract paperwork before signature'],
    ['pre-contract: chased for a deliverable', 'pre-contract-work', [
      ev('Status on', 'pre-contract-work/pre.chases-reader', 0), ev('SOW revisions', 'pre-contract-work/deliverable.sow', 14),
    ], 'Chased me for the SOW revisions before signature'],
    ['pre-contract: no verb, no deliverable', 'pre-contract-work', [], 'Asked me to work on the contract paperwork before signature'],
    ['pre-contract: other rules ignored for the verb', 'pre-contract-work', [
      ev('build', 'also-estimate-request/produce.build', 1), ev('update', 'pre-contract-work/produce.revise', 10), ev('SOW', 'pre-contract-work/deliverable.sow', 20),
    ], 'Asked me to update the SOW before signature'],
    ['promise: quotes the promise', 'promise-without-check', [
      ev('I told them we\'d be live by the 15th.', 'promise-without-check/promise.told-customer'), ev('expecting', 'promise-without-check/promise.customer-expects'),
    ], 'Promised the customer without checking with me: “I told them we\'d be live by the 15th”'],
    ['promise: no evidence', 'promise-without-check', [], 'Promised the customer without checking with me'],
    ['estimate: topics', 'estimate-request', [
      ev('?', 'estimate-request/question.mark'), ev('Ballpark', 'estimate-request/estimate.effort'), ev('by when', 'estimate-request/estimate.timing'),
    ], 'Asked for estimate input on effort and timing'],
    ['estimate: sales call', 'estimate-request', [ev('join the call', 'estimate-request/join.call')], 'Asked me to join a sales call'],
    ['estimate: nothing recognised', 'estimate-request', [ev('?', 'estimate-request/question.mark')], 'Asked for estimate input'],
    ['status: quotes the ask, not the ask words', 'status-request', [
      ev('?', 'status-request/question.mark'), ev('could you', 'status-request/ask.can-you'), ev("How's kickoff prep going", 'status-request/status.how-is-it-going'),
    ], 'Asked for a status update: “How\'s kickoff prep going”'],
    ['status: one-word evidence only', 'status-request', [ev('status', 'status-request/status.status')], 'Asked for a status update'],
  ])('%s', (_name, label, evidence, expected) => {
    expect(redirectSummary(label, evidence)).toBe(expected);
  });

  it('stays on one line within 140 characters, cleaned of control characters', () => {
    const long = `I promised them ${'a very long list of things, '.repeat(20)}\n\u202Eand more.`;
    const s = redirectSummary('promise-without-check', [ev(long, 'promise-without-check/promise.promised')]);
    expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(s).toMatch(/^Promised the customer without checking with me: “I promised them a very long list.*…”$/);
    expect(s).not.toMatch(/[\n\u202E]/);
  });

  it('keys on ids: a reworded reason changes nothing, an unknown id counts for nothing', () => {
    const evidence = [
      { ...ev('could you', 'pre-contract-work/ask.can-you', 0), reason: 'asks to chase' },
      { ...ev('fill it out', 'pre-contract-work/produce.fill-out', 10), reason: 'pre-contract-work: asks to take it on' },
      { ...ev('SOW', 'pre-contract-work/deliverable.sow', 30), reason: 'estimate-request: asks to join the call' },
    ];
    expect(redirectSummary('pre-contract-work', evidence)).toBe('Asked me to fill out the SOW before signature');
    const unknown = [ev('fill it out', 'pre-contract-work/produce.fill-it-out' as EvidenceId), ev('SOW', 'pre-contract-work/deliverable.sow', 30)];
    expect(redirectSummary('pre-contract-work', unknown)).toBe('Asked me to work on the SOW before signature');
  });

  it('never throws and stays bounded (property)', () => {
    const scoped = [...CUE_IDS, ...RULE_HIT_IDS].flatMap((hit) => [`pre-contract-work/${hit}`, `status-request/${hit}`, hit]);
    const ID = fc.oneof(fc.string({ maxLength: 60 }), fc.constantFrom(...scoped));
    const labels: FlagLabel[] = ['pre-contract-work', 'promise-without-check', 'estimate-request', 'status-request'];
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.array(fc.record({ text: fc.string({ maxLength: 300 }), id: ID, start: fc.nat(500), end: fc.nat(500) }), { maxLength: 10 }),
        (label, evidence) => {
          const s = redirectSummary(label, evidence);
          expect(s.length).toBeGreaterThan(0);
          expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
          expect(s).not.toMatch(/\n/);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('redirectSummary of the classifier\'s own evidence', () => {
  const summarise = (body: string, dealStage: 'prospect' | 'negotiation' | 'signed') => {
    const r = classifyEmail({ from: { name: 'Robin Vale', email: 'robin.vale@example.com' }, subject: 'Follow-up', body }, { senderRole: 'sales', dealStage });
    return r.label === 'none' ? '' : redirectSummary(r.label, r.evidence);
  };

  it.each<[string, 'prospect' | 'negotiation' | 'signed', string]>([
    ['Kit, could you write the statement of work for Harlow? They want to sign next week.', 'prospect', 'Asked me to write the statement of work before signature'],
    ['Orchard sent their InfoSec questionnaire (90 questions). Could you fill it out?', 'negotiation', 'Asked me to fill out the infoSec questionnaire before signature'],
    ['Status on the SOW revisions?', 'negotiation', 'Chased me for the SOW before signature'],
    ['Can you chase their legal team for the signed order form? Quarter ends Friday.', 'prospect', 'Asked me to chase the customer for the contract paperwork before signature'],
    ['Heads up: I promised Brenner the dashboard would be live by May 12.', 'negotiation', 'Promised the customer without checking with me: “I promised Brenner the dashboard would be live by May 12”'],
    ['Roughly how many weeks and people would a Shopify rebuild take? Ballpark is fine.', 'prospect', 'Asked for estimate input on effort'],
    ['Could you join the discovery call on Thursday at 11?', 'prospect', 'Asked me to join a sales call'],
    ["How's kickoff prep going? Do we have a date yet?", 'signed', 'Asked for a status update: “How\'s kickoff prep going”'],
  ])('%s', (body, stage, expected) => {
    expect(summarise(body, stage)).toBe(expected);
  });
});
