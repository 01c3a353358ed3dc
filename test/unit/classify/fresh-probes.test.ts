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

// A second batch (22/25 blind; widened: "I had to agree to…", "that is what I put in the proposal").
// Not yet read: "Their sponsor says phase 2 is slipping. Is that true?" (the question is a sentence of its own).
const second: Array<[Label, Stage, string]> = [
['pre-contract-work', 'negotiation', 'Morning Kit, the customer sent back the change order with edits. Can you accept or reject their changes and get me a clean copy?'],
  ['pre-contract-work', 'prospect', 'Need the implementation section of the Harlow bid written up by Wednesday please.'],
  ['pre-contract-work', 'negotiation', 'Harlow procurement is waiting on our W-9 and the vendor form. Could you sort those out with them?'],
  ['pre-contract-work', 'negotiation', 'Can you own the SOW from here? I am out next week and they want to sign by the 20th.'],
  ['pre-contract-work', 'prospect', 'Kit, you are best placed to write the staffing plan for the proposal. Can I leave that with you?'],
  ['none', 'negotiation', 'Legal is redlining the MSA now, should be back to Harlow tomorrow. Nothing needed from you.'],
  ['none', 'negotiation', 'Signed SOW attached for your records. Deal is closed, handing over to you properly next week.'],
  ['none', 'prospect', 'Great webinar today, thanks for joining. Slides are in the shared drive.'],
  ['promise-without-check', 'negotiation', 'Heads up - to close this I had to agree to weekly on-site visits for the first two months.'],
  ['promise-without-check', 'signed', 'They asked if we could start on the 3rd instead of the 17th and I said that would be fine.'],
  ['promise-without-check', 'signed', 'Harlow believe go-live is 1 May because that is what I put in the proposal.'],
  ['promise-without-check', 'delivering', 'I have already confirmed to Brightline that the extra report will be in the next release.'],
  ['none', 'signed', 'Brightline asked me if we could go live earlier. I told them you would come back to them on that.'],
  ['estimate-request', 'negotiation', 'How long would it take us to migrate 3 TB of documents? Ballpark is fine.'],
  ['estimate-request', 'prospect', 'Would you be free to join the Harlow discovery workshop on the 12th?'],
  ['estimate-request', 'negotiation', 'Is a March start realistic for a team of four, in your view?'],
  ['estimate-request', 'prospect', 'Do we have anyone who could lead a Salesforce CPQ rollout from June?'],
  ['status-request', 'delivering', 'Can you send me a quick update on Brightline before my QBR with them on Thursday?'],
  ['status-request', 'signed', 'Are we still on track for the Harlow cutover next weekend?'],
  ['none', 'delivering', 'Brightline renewal is signed! Thanks to you and the team for a great year.'],
  ['none', 'negotiation', 'Can you send me the slide template for the Harlow pitch?'],
  ['pre-contract-work', 'negotiation', 'The security questionnaire for Harlow has 200 questions and is due Monday. Can you and Priya split it?'],
  ['estimate-request', 'negotiation', 'Before I price it, what would the hours look like per role?'],
  ['promise-without-check', 'negotiation', 'We verbally agreed a 10 week timeline with Harlow on the call today.'],
];

// A third batch, on pre-contract recall (13/16 blind; widened: "propose something we can live with",
// "Over to you - I'm out till Monday", "need your help with the RFI").
const third: Array<[Label, Stage, string]> = [
['pre-contract-work', 'negotiation', 'Kit, Harlow legal wants the liability cap language softened. Could you propose something we can live with by tomorrow?'],
  ['pre-contract-work', 'prospect', 'The Harlow proposal is missing the team bios and the delivery timeline. Would be amazing if you could fill those in before Friday.'],
  ['pre-contract-work', 'negotiation', 'Harlow procurement asked for a revised order form with the new start date. Over to you - I am out till Monday.'],
  ['pre-contract-work', 'negotiation', 'Any way you could chase Harlow for the countersigned MSA? They have gone quiet on me.'],
  ['pre-contract-work', 'prospect', 'Kit - Harlow security review: 60 questions in their portal, the infra ones are yours. Due Thursday.'],
  ['pre-contract-work', 'negotiation', 'Could you turn the workshop notes into a scope of work for Harlow? They want to sign before quarter end.'],
  ['pre-contract-work', 'negotiation', 'Harlow want an amendment adding the data migration. Can you write up the change order?'],
  ['pre-contract-work', 'prospect', 'Need your help with the Harlow RFI - sections 2 and 3 are delivery questions. Friday latest.'],
  ['pre-contract-work', 'negotiation', 'I have put the Harlow SOW in your folder. Can you get it into shape so I can send it Thursday?'],
  ['pre-contract-work', 'negotiation', 'Harlow came back with redlines on the DPA. Please work through them with their counsel this week.'],
  ['estimate-request', 'prospect', 'Kit, rough order of magnitude for a Harlow ServiceNow rollout? Just need a number to anchor the conversation.'],
  ['estimate-request', 'negotiation', 'How many people would we need on Harlow, and for how long?'],
  ['none', 'negotiation', 'Legal has the Harlow MSA and will turn it around by Friday. Nothing for you yet.'],
  ['none', 'negotiation', 'Attached is the signed Harlow NDA for your files.'],
  ['none', 'prospect', 'Can you send me the SOW template again? I cannot find it.'],
  ['promise-without-check', 'negotiation', 'To get Harlow over the line I threw in a second training day. Hope that is ok.'],
];

describe('fresh probes of the hard cases', () => {
  it.each([...probes, ...second, ...third])('%s (%s): %s', (want, stage, body) => {
    const kit = { name: 'Kit Moss', email: 'kit@ourco.com' };
    const r = classifyEmail({ from: { name: 'Robin Vale', email: 'robin@ourco.com' }, to: [kit], subject: 'Harlow', body }, { senderRole: 'sales', dealStage: stage, reader: kit });
    expect(r.label).toBe(want);
  });
});
