import { describe, expect, it } from 'vitest';
import { classifyEmail, type EmailInput, type Label } from '@/lib/classify';
import { ctx, mail } from './helpers';

const sales = (stage: Parameters<typeof ctx>[1]) => ctx('sales', stage);
const label = (body: string, c = sales('negotiation'), subject?: string): Label =>
  classifyEmail(mail(body, subject), c).label;

describe('pre-contract-work', () => {
  it.each([
    'Kit, could you write the statement of work for Harlow? They want to sign next week.',
    'Any chance you could redline their MSA? Most comments are on acceptance.',
    'Please complete the vendor security questionnaire from Orchard by Friday.',
    'Would you mind putting together the proposal deck for Tamarind?',
    'Can you build the pricing sheet for the two options and send it to their CFO?',
    'Need you to answer the delivery sections of the RFP (3.1 to 3.4).',
    'Can you chase their legal team for the signed order form? Quarter ends Friday.',
    'Could you follow up with their procurement lead and get the NDA signed?',
    'I need the SOW from you by Thursday so I can send it for signature.',
    'Who is writing the SOW for Pike? I was assuming you.',
    'Honestly it would be great if the SOW could come from your side this time.',
  ])('labels an ask for Sales deliverables: %s', (body) => {
    expect(label(body, sales('prospect'))).toBe('pre-contract-work');
  });

  it('resolves "fill it out" to a deliverable named in an earlier sentence', () => {
    const body = 'Orchard sent their InfoSec questionnaire (90 questions). Mostly hosting and access control. Could you fill it out?';
    expect(label(body)).toBe('pre-contract-work');
  });

  it('resolves "handle this one" to a deliverable named in the subject', () => {
    expect(label('Can you handle this one? I am out until Monday.', sales('negotiation'), 'Fwd: SOW revisions')).toBe('pre-contract-work');
  });

  it('with no linked deal, the contract work itself shows the deal is open', () => {
    expect(label('Could you update the MSA with the new liability cap?', sales(null))).toBe('pre-contract-work');
    expect(label('Can you send Ana the revised SOW? Need it signed by Friday.', sales(null))).toBe('pre-contract-work');
  });

  it('outranks a promise in the same mail', () => {
    const body = 'I told them they would have the SOW by Friday, so I need a draft from you by Thursday.';
    expect(label(body)).toBe('pre-contract-work');
  });

  it('is not raised once the deal is signed', () => {
    expect(label('Can you update the SOW with the change request?', sales('delivering'))).not.toBe('pre-contract-work');
  });

  it('is not raised when Sales did the work or withdraws the ask', () => {
    expect(label('FYI I drafted the SOW myself and sent it over. No action needed.')).toBe('none');
    expect(label('I will do the redlines myself with legal. Thanks for the notes.')).toBe('none');
    expect(label('Please ignore my last note about the SOW - Dana is handling it.')).toBe('none');
  });

  it('is not raised for checks, calls or estimates that mention the SOW', () => {
    expect(label('Can you sanity-check the phase durations in my SOW draft before I send it?')).toBe('estimate-request');
    expect(label('Can you send me your hours by phase so I can finish the SOW?')).toBe('estimate-request');
    expect(label('Can you send me the SOW template? I cannot find it.')).toBe('none');
  });

  it('is not raised by a proper noun that looks like a verb', () => {
    expect(label('Can you hop on a call with Redline tomorrow about their migration?', sales('prospect'))).toBe('estimate-request');
  });
});

describe('promise-without-check', () => {
  it.each([
    'Heads up: I promised Brenner the dashboard would be live by May 12.',
    'I told them we could finish the migration in 6 weeks. They loved it.',
    'told them 3 wks for the pilot',
    'I committed to having phase 1 done before their fiscal year end.',
    'To close it I threw in SSO at no extra cost. They expect it in release 1.',
    'I may have said we would have a prototype ready for their offsite on the 20th.',
    "I've already told them it'll be done in 8 weeks.",
  ])('labels a commitment already made: %s', (body) => {
    expect(label(body, sales('negotiation'))).toBe('promise-without-check');
  });

  it('applies at any deal stage and outranks a status ask', () => {
    const body = 'Where are we on phase 2? I told their VP we would have the pilot live by Friday.';
    expect(label(body, sales('delivering'))).toBe('promise-without-check');
  });

  it('outranks an estimate ask', () => {
    expect(label('I told Crestview we can do it in 6 weeks. Can you gut-check the hours?', sales('prospect'))).toBe('promise-without-check');
  });

  it('is not raised when Sales held back or the PM agreed first', () => {
    expect(label('I did NOT commit to anything - told them I would check with you. What is realistic?')).toBe('estimate-request');
    expect(label('They asked for May 1; I said I would get back to them. Is that doable?')).toBe('estimate-request');
    expect(label('Per our call I confirmed March 30 like you suggested. They are fine with it.')).toBe('none');
  });

  it('is not raised when a customer reports what Sales said', () => {
    expect(label('Your rep told us we would be live by May 15. Where are we?', ctx('customer', 'delivering'))).toBe('none');
  });
});

describe('estimate-request', () => {
  it.each([
    'Roughly how many weeks and people would a Shopify rebuild take? Ballpark is fine.',
    'Is it even possible to do the integration in 4 weeks?',
    'Can you give me a T-shirt size for each of the three options?',
    'Could you join the discovery call on Thursday at 11?',
    'can u hop on w me + them at 3? they want to talk timeline',
    'Could we have two developers starting by June 1 if they sign?',
    'Prospect is asking what a CRM migration would take. A range is fine.',
  ])('labels effort, timing, staffing or call asks: %s', (body) => {
    expect(label(body, sales('prospect'))).toBe('estimate-request');
  });

  it('needs an unsigned deal', () => {
    expect(label('How long would the reporting module take?', sales('delivering'))).not.toBe('estimate-request');
    expect(label('Ballpark is fine: how many hours for a new feature?', sales('closed'))).toBe('none');
  });

  it('uses text cues when no deal is linked', () => {
    expect(label('Nothing signed yet. What would a pilot take, roughly?', sales(null))).toBe('estimate-request');
  });
});

describe('status-request', () => {
  it.each([
    'status on Pelican? their ops guy is asking',
    'Any update on who is staffed and when kickoff is?',
    'Can you send me where things stand before my QBR?',
    'Are we still on track for the April 15 go-live?',
    "How's kickoff prep going? Do we have a date yet?",
    'Would love a quick pulse on how the project is tracking.',
  ])('labels progress asks on signed deals: %s', (body) => {
    expect(label(body, sales('delivering'))).toBe('status-request');
  });

  it('needs a signed deal', () => {
    expect(label('How is it going?', sales('closed'))).toBe('none');
  });
});

describe('none', () => {
  it('ignores senders who are not Sales', () => {
    const body = 'Can you write the SOW for Harlow before they sign?';
    for (const role of ['pm', 'customer', 'exec', 'other'] as const) {
      expect(label(body, ctx(role, 'negotiation'))).toBe('none');
    }
  });

  it('ignores FYIs, thanks and social notes from Sales', () => {
    expect(label('Thanks so much for joining the call today! They loved it.', sales('prospect'))).toBe('none');
    expect(label('lunch thurs? tacos on me', sales(null))).toBe('none');
    expect(label('Kickoff went great from their side. Let me know if any issues come up!', sales('delivering'))).toBe('none');
  });

  it('ignores asks that only appear in quoted history', () => {
    const body = 'thanks!!\n\nOn Thu, Feb 12, 2026 at 8:55 AM Kit Moss <kit@x.io> wrote:\n> Robin, could you write the SOW?';
    expect(label(body)).toBe('none');
  });

  it('ignores a bare FYI forward of a customer request', () => {
    const body = 'FYI\n\n---------- Forwarded message ---------\nFrom: Ana <ana@client.com>\n\nCan you send the updated SOW before we sign?';
    expect(label(body)).toBe('none');
  });

  it('treats automated mail with an unknown sender as none', () => {
    const c = classifyEmail(
      { from: { name: 'CRM', email: 'noreply@crm.example' }, subject: 'Deal updated', body: 'The SOW stage changed. Can you review? Unsubscribe' },
      ctx(null, null),
    );
    expect(c.label).toBe('none');
  });
});

describe('context from the subject line and quoted mail', () => {
  it('resolves "this" in a forward that adds an ask to the forwarded document', () => {
    const body = 'Can you take care of this? I am out until Monday.\n\n---------- Forwarded message ---------\nFrom: Ana <ana@client.com>\nSubject: changes\n\nBefore we sign, please send a revised statement of work.';
    expect(label(body, sales('negotiation'), '')).toBe('pre-contract-work');
  });

  it('never takes the ask itself from the quoted mail', () => {
    const body = 'Got it, thanks.\n\nOn Mon, Jun 1, 2026 at 9:00 AM Kit <kit@x.io> wrote:\n> Can you write the statement of work?';
    expect(label(body, sales('negotiation'), 'SOW')).toBe('none');
  });
});

describe('generalised request forms', () => {
  it.each([
    ['handover idiom', 'Counsel sent their markup overnight. Passing it over to you, I only fixed the fees.'],
    ['"need X <participle>"', 'I need the delivery chapters of the Ostrava tender answered by Monday noon.'],
    ['subject-dropped "need"', 'Kit - need a clean draft of the statement of work before their board meets.'],
    ['document wanted in the passive, bare ask', 'Their buyer wants the requirements matrix redone for round two. Could you go row by row this week?'],
    ['chasing by phone', 'The order form has sat with them for a week. Can you call their procurement lead tomorrow?'],
    ['document parts', 'Their RFP is out. Could you take the annexes on support and training?'],
    ['accept/reject changes', 'Would you accept or reject the tracked changes in their MSA where they touch delivery?'],
    ['a list handed over whole', 'Open items:\n- revised SOW\n- pricing sheet\n- NDA redlines\n\nCan you take all three?'],
    ['"is it possible that you"', 'Is it possible that you write the proposal for Lindqvist this week?'],
  ])('pre-contract-work: %s', (_, body) => {
    expect(label(body, sales('negotiation'))).toBe('pre-contract-work');
  });

  it.each([
    ['offers the file', 'Need the SOW? It is in the shared drive.'],
    ['handover of post-signature work', 'I sent the order form for signature myself. The onboarding plan is over to you once they sign.'],
    ['past-tense "possible that you"', 'Is it possible that you were sent the NDA by mistake? Ignore it if so.'],
    ['rhetorical ask', 'They want the DPA redlined by Friday. Can you believe it? I already sent it to counsel.'],
  ])('none: %s', (_, body) => {
    expect(label(body, sales('negotiation'))).toBe('none');
  });

  it('reads indirect asks and "can you make it" as asks', () => {
    expect(label('It would help to know where the rollout stands before my QBR.', sales('delivering'))).toBe('status-request');
    expect(label("Ops keeps calling me. What's going on with the data feed?", sales('delivering'))).toBe('status-request');
    expect(label('When you get a moment, a rough range on hours would be great.', sales('prospect'))).toBe('estimate-request');
    expect(label('They run a design workshop Friday before they decide. Can you make it?', sales('prospect'))).toBe('estimate-request');
  });

  it('does not read a document ask on a signed deal as a status ask', () => {
    expect(label('Can you update the milestone table in the SOW for the change request?', sales('delivering'))).toBe('none');
    expect(label('Can you update the SOW for the CR? Also, how is the go-live looking?', sales('delivering'))).toBe('status-request');
  });

  it('reads commitments in the present tense, after a title, or in a reply', () => {
    expect(label('I confirmed to Mr. Ortiz that the pilot will start on the 2nd.', sales('delivering'))).toBe('promise-without-check');
    expect(label('I agreed with their CIO that phase 1 includes the HR feed.', sales('signed'))).toBe('promise-without-check');
    expect(label('I replied to them this morning that we would have the fix out by Friday.', sales('delivering'))).toBe('promise-without-check');
    expect(label('I replied to them that we would need to check with delivery first.', sales('delivering'))).toBe('none');
  });
});

describe('structural causes: where the newest message is and who it addresses', () => {
  const email = (body: string, subject: string, extra: Partial<EmailInput> = {}): EmailInput => ({ ...mail(body, subject), ...extra });

  it('reads a fresh subject as the message when the body says nothing of its own', () => {
    expect(label('Sent from my iPhone', sales('negotiation'), 'Could you mark up the Brightwater order form today?')).toBe('pre-contract-work');
    expect(label('^', sales('prospect'), 'ballpark days for a Looker rollout, 12 dashboards?')).toBe('estimate-request');
    expect(label('', sales('delivering'), 'Kinsale cutover still on schedule?')).toBe('status-request');
    const r = classifyEmail(mail('--\nRobin Vale\nAccount Executive', 'Pls revise the Tamsin quote with the 5% discount'), sales('negotiation'));
    expect(r.newestMessage).toBe('Pls revise the Tamsin quote with the 5% discount');
    for (const e of r.evidence) expect(r.newestMessage.slice(e.start, e.end)).toBe(e.text);
  });

  it('reads a subject that is itself a request, unless the body withdraws it', () => {
    expect(label('Their version is attached, they want it back before the Friday call.', sales('negotiation'), 'Can you redline the Orchard MSA today?')).toBe('pre-contract-work');
    expect(label('Never mind, sorted it myself.', sales('negotiation'), 'Quick favour: please update the pricing sheet')).toBe('none');
  });

  it('does not read a reply, forward or system subject as the sender\'s ask', () => {
    expect(label('Done 👍', sales('negotiation'), 'Re: Can you draft the Dunmore SOW?')).toBe('none');
    expect(label('', sales('negotiation'), 'Fwd: Please complete the attached vendor form')).toBe('none');
    expect(label('Sent from my iPhone', sales('negotiation'), 'Signed NDA attached - Kinsale')).toBe('none');
  });

  it('counts the lines written between quoted lines of an inline reply', () => {
    const body = 'Notes inline.\n\n> Are they OK with net-90?\nNo, net-45. Can you rework the payment terms in the order form and send it back to me?\n\n> Anything from their legal?\nJust the DPA, I will handle that one.\n';
    expect(label(body, sales('negotiation'), 'Re: order form')).toBe('pre-contract-work');
    const fyi = 'Replies inline.\n> Did they send the signed NDA?\nYes, filed it this morning.\n> Do we need a kickoff deck?\nNot yet, I will let you know.\n';
    expect(label(fyi, sales('negotiation'), 'Re: checklist')).toBe('none');
  });

  it('reads formal request forms and pronouns pointing at the line before', () => {
    expect(label('Request you to prepare the revised quotation for Lakshmi Textiles by EOD.', sales('negotiation'))).toBe('pre-contract-work');
    expect(label('Would request you to fill up the supplier onboarding form from Zenith and revert.', sales('negotiation'))).toBe('pre-contract-work');
    expect(label('Coastal want a tailored case study pack as well.\nCan you take that on too?', sales('prospect'))).toBe('pre-contract-work');
    expect(label('Kindly note that Rahul will prepare the quotation; no action needed from your side.', sales('negotiation'))).toBe('none');
  });

  it('reads a document that "has to be done", said to the reader, as an ask', () => {
    expect(label('Hi Kit,\n\nThe Northwind security questionnaire needs to be filled in and returned by Wednesday.', sales('prospect'))).toBe('pre-contract-work');
    expect(label("Kit - Fenwick's order form has to be amended to show the 3-year term before their CFO will sign.", sales('negotiation'))).toBe('pre-contract-work');
    expect(label("FYI the Fenwick order form needs to be updated for the new term - I'll do it tonight.", sales('negotiation'))).toBe('none');
    expect(label('The SOW needs to be updated by their legal team before anything moves.', sales('negotiation'))).toBe('none');
    expect(label('Tamsin will put it together - the proposal has to be done by Monday.', sales('negotiation'))).toBe('none');
    expect(label('Kit - a ballpark for the SCADA upgrade is needed before the bid review.', sales('negotiation'))).toBe('estimate-request');
    expect(label('No estimate is needed at this stage, they just want an intro next month.', sales('prospect'))).toBe('none');
  });

  it('treats out-of-office replies as automated whatever the roster says', () => {
    const ooo = "I'm out of the office until Monday 18 May. For anything urgent please contact Sam Price about proposals.";
    expect(label(ooo, sales('negotiation'), 'Re: Halden SOW')).toBe('none');
    expect(label('Away until Monday', sales('negotiation'), 'Automatic reply: Halden proposal')).toBe('none');
    expect(label("I'm out of the office from tomorrow, so could you please send Halden the revised SOW?", sales('negotiation'))).toBe('pre-contract-work');
  });

  it('reads a bare yes to a customer request as a promise', () => {
    expect(label('Their COO asked whether we could also cover the Leeds site in phase 1 - I confirmed on the call.', sales('delivering'))).toBe('promise-without-check');
    expect(label('Their HR asked if we can add a cohort in May. I have already confirmed to them.', sales('delivering'))).toBe('promise-without-check');
    expect(label("Their COO asked if we could add the Leeds site. I said I'd check with you first.", sales('delivering'))).toBe('none');
    expect(label('Halden asked if we could add a second site. I said no, not in this phase.', sales('delivering'))).toBe('none');
  });

  it('in a mail to the customer with the reader on cc, only a commitment counts', () => {
    const customer = { to: [{ name: 'Lena Vogt', email: 'lena@halden.de' }], cc: [{ name: 'Kit Moss', email: 'kit.moss@example.com' }] };
    const commit = 'Hi Lena,\n\nAs discussed, we will have the test environment ready by 14 May and training done within 3 weeks.';
    expect(classifyEmail(email(commit, 'Next steps', customer), sales('delivering')).label).toBe('promise-without-check');
    const ask = 'Hi Lena,\n\nCould you send over the signed DPA? Kit (cc) can answer delivery questions.';
    expect(classifyEmail(email(ask, 'DPA', customer), sales('negotiation')).label).toBe('none');
  });

  it('does not read a chase after signature as a status ask', () => {
    expect(label("Can you nudge their finance team about the kickoff invoice? It's overdue.", sales('delivering'))).toBe('none');
    expect(label('Can you follow up with their accounts team on the advance payment?', sales('signed'))).toBe('none');
  });
});
