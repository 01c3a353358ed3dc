import { describe, expect, it } from 'vitest';
import { classifyEmail, type DealStage, type Label } from '@/lib/classify';

type Stage = DealStage;

// A fresh batch in the blind sets' categories (issue 15), written after set A's first run in our own words
// and classified blind first (21/25; the misses widened "mentioned to X that we could", own promises
// "promised to send", "you have sections 3 and 5" and "first draft due Monday").
const probes: Array<[Label, Stage, string]> = [
  ['promise-without-check', 'signed', 'Just so you know, I let Harlow know we would have the first release in their hands by the end of June.'],
  ['promise-without-check', 'signed', 'We agreed on the call that the training would be included for all three sites.'],
  ['promise-without-check', 'negotiation', 'I committed to a July go-live in the proposal to win it. Hope that works.'],
  ['promise-without-check', 'signed', 'Told their CFO the dashboards would be live for the board meeting on the 14th.'],
  ['promise-without-check', 'signed', 'Quick note - I assured Grant we can support both languages from day one.'],
  ['promise-without-check', 'signed', 'Their COO pushed hard, so I gave them a fixed go-live of 1 September.'],
  ['promise-without-check', 'delivering', 'I mentioned to Brightline that we could add the mobile app in phase 1 at no cost.'],
  ['none', 'signed', 'I promised to send Harlow our reference list, doing it now.'],
  ['none', 'signed', 'The customer asked whether we could go live by June. I said I would check with you first.'],
  ['pre-contract-work', 'negotiation', 'The MSA came back with 40 comments. Would you be able to work through the delivery ones by Thursday?'],
  ['pre-contract-work', 'negotiation', 'Harlow still owe us the signed order form. Mind chasing their procurement lead tomorrow?'],
  ['pre-contract-work', 'prospect', 'RFP response due Friday. You have sections 3 and 5 (methodology and team).'],
  ['pre-contract-work', 'negotiation', 'Their legal want a DPA before signing - can you get a draft over to them this week?'],
  ['pre-contract-work', 'negotiation', 'Could you give the SOW a once-over and tighten the acceptance criteria before I send it?'],
  ['pre-contract-work', 'prospect', 'Kit - Harbor Freight proposal, first draft due Monday.'],
  ['estimate-request', 'negotiation', 'Roughly how many weeks would a two-site rollout take?'],
  ['estimate-request', 'prospect', 'Can you give me a ballpark on effort for the Harlow integration?'],
  ['estimate-request', 'negotiation', 'Could you dial into the scoping call with Harlow on Tuesday at 2?'],
  ['estimate-request', 'prospect', 'What team would we need to run this, and for how long?'],
  ['status-request', 'delivering', 'How are things going with Harlow? Their CEO asked me at dinner.'],
  ['status-request', 'signed', 'Any update on the Harlow go-live? They keep asking me.'],
  ['status-request', 'delivering', 'Where are we with the data migration for Brightline?'],
  ['none', 'signed', 'Thanks for running the kickoff yesterday, the client loved it.'],
  ['none', 'negotiation', 'I finished the SOW myself last night, no need to look at it.'],
  ['none', 'negotiation', 'Sales kickoff agenda attached. See you all in Lisbon!'],
];

describe('fresh probes of the hard cases', () => {
  it.each(probes)('%s (%s): %s', (want, stage, body) => {
    const kit = { name: 'Kit Moss', email: 'kit@ourco.com' };
    const r = classifyEmail({ from: { name: 'Robin Vale', email: 'robin@ourco.com' }, to: [kit], subject: 'Harlow', body }, { senderRole: 'sales', dealStage: stage, reader: kit });
    expect(r.label).toBe(want);
  });
});
