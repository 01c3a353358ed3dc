import { describe, expect, it } from 'vitest';
import type { Label } from '@/lib/classify';
import { label, sales } from './helpers';

// Labels from the request's object, not single words (issue 15, item 3), in our own words.
describe('single words decide nothing', () => {
  const cases: Array<[string, string, 'negotiation' | 'signed' | null, Label]> = [
    ['speaking at the sales kickoff', 'Would you do a 15-minute talk at our Sales Kickoff in March about good handovers?', null, 'none'],
    ['the project kickoff is still a status question', 'Is the kickoff with Larch booked yet?', 'signed', 'status-request'],
    ['availability for an offsite', 'Can you let me know your availability for the weeks of 4 and 11 May? Planning the team offsite.', null, 'none'],
    ['availability to staff a deal', 'Can you tell me your team\'s availability to start Larch in June?', 'negotiation', 'estimate-request'],
  ];
  it.each(cases)('%s', (_n, body, stage, want) => expect(label(body, sales(stage))).toBe(want));

  it('does not read a kickoff deck as a status question', () => {
    expect(label('Can you put together the kickoff deck for the Larch pitch on Thursday?', sales('signed'))).not.toBe('status-request');
  });
});

describe('asks without "can you + verb"', () => {
  const cases: Array<[string, string, 'negotiation' | 'signed' | 'delivering', Label]> = [
    ['a CRM task notice asking for a status', 'Robin Vale has assigned you a new task.\nSubject: Project status for the Larch QBR\nDue Date: 6/5/2026\nComments: one slide, milestones and risks.', 'delivering', 'status-request'],
    ['a task assigned in the CRM to draft the SOW', 'I\'ve assigned you a task in HubSpot - "Draft SOW - Larch". Due Thursday.', 'negotiation', 'pre-contract-work'],
    ['a rough effort range, no verb', 'Need a rough effort range for the Larch data platform. Low/high in person-weeks is fine.', 'negotiation', 'estimate-request'],
    ['presenting the delivery approach in the pitch', 'Final pitch is on 4 March. I\'d like you to present the delivery approach - 15 minutes. I\'ll open and do the commercials.', 'negotiation', 'estimate-request'],
    ['needing the reader in a sales meeting, another covering pricing', 'Kit - need you on this call for the integration questions. Charles will cover commercials.', 'negotiation', 'estimate-request'],
    ['the real picture of a project', 'Kit - can you give me the real picture before I answer their complaint?', 'delivering', 'status-request'],
  ];
  it.each(cases)('%s', (_n, body, stage, want) => expect(label(body, sales(stage))).toBe(want));
});
