import { describe, expect, it } from 'vitest';
import type { DealStage, Label } from '@/lib/classify';
import { labelFor as label } from './helpers';

// Phenomena behind set B's misses after its held-out first run (test/eval/fixtures/README.md), in our own words.

describe('set B phenomena', () => {
  const cases: Array<[string, string, DealStage | null, Label]> = [
    ['roughing out a SOW section is drafting, not an estimate', 'They want a SOW by Thursday. Can you rough out the scope and deliverables section? I will do the commercials.', 'prospect', 'pre-contract-work'],
    ['a list item hands the reader a section of the RFP', 'Team,\n\nWe are bidding on the Larch RFP, drafts due 31 August.\n\nSection owners:\n- Ana: Section 3 - Requirements\n- Kit: Section 4 - Methodology and plan\n- Me: pricing', 'prospect', 'pre-contract-work'],
    ['the rest of a questionnaire left to the reader', 'Larch sent their security questionnaire. I have done the company and HR sections. That leaves the 30 technical ones, due back on the 14th.', 'negotiation', 'pre-contract-work'],
    ['numbered questions of an RFP named before', 'Attached is the RFP response sheet. Could you answer questions 12-30?', 'prospect', 'pre-contract-work'],
    ['"no need for you to look at it" withdraws the ask', 'I finished the Larch SOW myself and sent it - no need for you to look at it.', 'negotiation', 'none'],
    ['"update on" is news, not an ask to update', 'Kit, update on Larch: Legal is handling their redlines directly with their counsel.', 'negotiation', 'none'],
    ['a date the reader already agreed to', 'Kit - as you and I agreed yesterday, I have confirmed the 3 November go-live with Larch.', 'delivering', 'none'],
    ['Sales keeping its own promise of a case study', 'FYI, I\'d promised Larch the Harbor case study after the demo. Sent it this morning. Nothing needed from you.', 'prospect', 'none'],
  ];
  it.each(cases)('%s', (_n, body, stage, want) => expect(label(body, stage)).toBe(want));
});
