import { describe, expect, it } from 'vitest';
import { label, sales } from './helpers';

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

describe('pre-contract-work: request forms', () => {
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

  it('reads formal request forms and pronouns pointing at the line before', () => {
    expect(label('Request you to prepare the revised quotation for Lakshmi Textiles by EOD.', sales('negotiation'))).toBe('pre-contract-work');
    expect(label('Would request you to fill up the supplier onboarding form from Zenith and revert.', sales('negotiation'))).toBe('pre-contract-work');
    expect(label('Coastal want a tailored case study pack as well.\nCan you take that on too?', sales('prospect'))).toBe('pre-contract-work');
    expect(label('Kindly note that Rahul will prepare the quotation; no action needed from your side.', sales('negotiation'))).toBe('none');
  });

  it('reads "did you get a chance to" as a chase of the reader', () => {
    expect(label('Did you get a chance to update the order form? They sign today.')).toBe('pre-contract-work');
  });
});

describe('pre-contract-work: handovers and documents that need doing', () => {
  it('binds a bare handover to the document named earlier in a short note', () => {
    expect(label('VSAQ from Pinecrest attached. Due Monday. All yours')).toBe('pre-contract-work');
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

  it('reads a document that still needs a part, and "you are the right person to"', () => {
    expect(label('The Halcyon SOW still needs a test plan section before Thursday.')).toBe('pre-contract-work');
    expect(label('The costing for option B has to be figured out for the proposal. You are the right person to do it.')).toBe('pre-contract-work');
    expect(label('The Halcyon SOW still needs their signature. Nothing for you to do.')).toBe('none');
  });
});
