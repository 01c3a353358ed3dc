import { describe, expect, it } from 'vitest';
import { classifyEmail } from '@/lib/classify';
import * as ids from '@/lib/classify/ids';
import { ASK_CUES, ASSIGNMENT_CUES, ROUGH_ANSWER_CUES, SOFT_ASK_CUES } from '@/lib/classify/patterns/asks';
import { SIGNED_CUES, UNSIGNED_CUES } from '@/lib/classify/patterns/deal-stage';
import { ALL_DELIVERABLES } from '@/lib/classify/patterns/deliverables';
import { JOIN_CALL_CUES, STRONG_ESTIMATE_CUES, WEAK_ESTIMATE_CUES } from '@/lib/classify/patterns/estimates';
import type { Cue } from '@/lib/classify/patterns/match';
import { CHASE_VERBS, NEEDS_DONE, PRODUCTION_VERBS, WANTED_DONE } from '@/lib/classify/patterns/production';
import { CUSTOMER_EXPECTS, STRONG_PROMISE_CUES, TOLD_CUES } from '@/lib/classify/patterns/promises';
import { STATUS_CUES, WEAK_STATUS_CUES } from '@/lib/classify/patterns/status';
import { readCorpus } from '../../eval/corpus';

const fixture = `${__dirname}/../../eval/fixtures/handwritten.jsonl`;

const FAMILIES: Array<[string, readonly Cue[], readonly string[]]> = [
  ['ASK_CUES', ASK_CUES, ids.ASK_CUE_IDS],
  ['ASSIGNMENT_CUES', ASSIGNMENT_CUES, ids.ASSIGNMENT_CUE_IDS],
  ['SOFT_ASK_CUES', SOFT_ASK_CUES, ids.SOFT_ASK_CUE_IDS],
  ['ROUGH_ANSWER_CUES', ROUGH_ANSWER_CUES, ids.ROUGH_ANSWER_CUE_IDS],
  ['PRODUCTION_VERBS', PRODUCTION_VERBS, ids.PRODUCTION_CUE_IDS],
  ['CHASE_VERBS', CHASE_VERBS, ids.CHASE_CUE_IDS],
  ['WANTED_DONE', WANTED_DONE, ids.WANTED_DONE_CUE_IDS],
  ['NEEDS_DONE', NEEDS_DONE, ids.NEEDS_DONE_CUE_IDS],
  ['ALL_DELIVERABLES', ALL_DELIVERABLES, ids.DELIVERABLE_CUE_IDS],
  ['STRONG_ESTIMATE_CUES', STRONG_ESTIMATE_CUES, ids.STRONG_ESTIMATE_CUE_IDS],
  ['WEAK_ESTIMATE_CUES', WEAK_ESTIMATE_CUES, ids.WEAK_ESTIMATE_CUE_IDS],
  ['JOIN_CALL_CUES', JOIN_CALL_CUES, ids.JOIN_CALL_CUE_IDS],
  ['STATUS_CUES', STATUS_CUES, ids.STATUS_CUE_IDS],
  ['WEAK_STATUS_CUES', WEAK_STATUS_CUES, ids.WEAK_STATUS_CUE_IDS],
  ['STRONG_PROMISE_CUES', STRONG_PROMISE_CUES, ids.STRONG_PROMISE_CUE_IDS],
  ['TOLD_CUES', TOLD_CUES, ids.TOLD_CUE_IDS],
  ['CUSTOMER_EXPECTS', CUSTOMER_EXPECTS, ids.CUSTOMER_EXPECTS_CUE_IDS],
  ['UNSIGNED_CUES', UNSIGNED_CUES, ids.UNSIGNED_CUE_IDS],
  ['SIGNED_CUES', SIGNED_CUES, ids.SIGNED_CUE_IDS],
];

describe('cue ids', () => {
  it.each(FAMILIES)('%s: one id per cue, in the order of its id list', (_name, cues, list) => {
    expect(cues.map((c) => c.id)).toEqual([...list]);
  });

  it('are unique across cues and rule-made hits, and all listed', () => {
    const all = [...ids.CUE_IDS, ...ids.RULE_HIT_IDS];
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(FAMILIES.flatMap(([, cues]) => cues.map((c) => c.id)))).toEqual(new Set(ids.CUE_IDS));
  });
});

describe('evidence ids', () => {
  it('parse into a scope and a hit id, and reject anything else', () => {
    expect(ids.parseEvidenceId('pre-contract-work/ask.can-you')).toEqual({ scope: 'pre-contract-work', hit: 'ask.can-you' });
    expect(ids.parseEvidenceId('also-status-request/status.kickoff')).toEqual({ scope: 'also-status-request', hit: 'status.kickoff' });
    expect(ids.parseEvidenceId('deliverable.sow')).toEqual({ scope: null, hit: 'deliverable.sow' });
    for (const bad of ['', 'pre-contract-work/', 'none/ask.can-you', 'deal stage/stage.signed', 'ask.can-yuo', 42, null]) {
      expect(ids.parseEvidenceId(bad)).toBeUndefined();
    }
  });

  it('name the same scope as the reason they stand beside, for every item of the regression corpus', () => {
    const prefix = (scope: string | null) =>
      scope === 'deal-stage' ? 'deal stage: ' : `${(scope ?? '').replace(/^also-/, 'also ')}: `;
    let checked = 0;
    for (const item of readCorpus(fixture)) {
      for (const e of classifyEmail(item.email, item.context).evidence) {
        const parsed = ids.parseEvidenceId(e.id);
        expect(parsed, e.id).toBeDefined();
        expect(e.reason.startsWith(prefix(parsed?.scope ?? null)), `${e.id} / ${e.reason}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('keep a deliverable cue\'s id whatever note its reason carries', () => {
    const body = 'Orchard sent their InfoSec questionnaire. Could you fill it out?';
    const r = classifyEmail(
      { from: { name: 'Robin Vale', email: 'robin@example.com' }, subject: 'Follow-up', body },
      { senderRole: 'sales', dealStage: 'negotiation' },
    );
    const d = r.evidence.find((e) => e.id === 'pre-contract-work/deliverable.questionnaire');
    expect(d?.reason).toBe('pre-contract-work: deliverable: security questionnaire (referred to)');
  });
});
