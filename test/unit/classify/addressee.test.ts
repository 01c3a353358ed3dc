import { describe, expect, it } from 'vitest';
import { classifyEmail, type Address, type EmailInput, type Label } from '@/lib/classify';

const pm: Address = { name: 'Daniel Okafor', email: 'daniel.okafor@brightpath.io' };
const legal: Address = { name: 'Legal', email: 'legal@brightpath.io' };
const maria: Address = { name: 'Maria Lopez', email: 'maria.lopez@brightpath.io' };
const rep: Address = { name: 'Sam Reyes', email: 'sam.reyes@brightpath.io' };

function read(body: string, to: Address[], cc: Address[] = [], stage: 'negotiation' | 'signed' = 'negotiation', reader: Address | null = pm) {
  const email: EmailInput = { from: rep, to, cc, subject: 'Northgate', body };
  return classifyEmail(email, { senderRole: 'sales', dealStage: stage, reader });
}

describe('asks aimed at someone else are not the reader\'s (issue 15)', () => {
  const cases: Array<[string, string, Address[], Address[], Label]> = [
    ['Sales asks Legal, the PM on cc', 'Hi Legal team,\n\nCan you review the redlines on the Northgate MSA by Friday?\n\nThanks, Sam', [legal], [pm], 'none'],
    ['Sales asks another rep, the PM on cc, no greeting', 'Can you send Northgate the revised order form today?', [maria], [pm], 'none'],
    ['a greeting that names someone else', 'Maria,\n\ncould you draft the SOW for Northgate this week?', [maria, pm], [], 'none'],
    ['"nothing needed from you" to the reader', 'Maria - can you chase their procurement for the signed PO?\nDaniel, nothing needed from you yet.', [maria, pm], [], 'none'],
    ['the PM on cc but named in the ask', 'Maria, please chase the PO.\nDaniel, can you draft the SOW for Northgate?', [maria], [pm], 'pre-contract-work'],
    ['the PM greeted, on cc', 'Hi Daniel,\n\ncan you draft the SOW for Northgate?', [maria], [pm], 'pre-contract-work'],
    ['the PM in To with no greeting', 'Can you draft the SOW for Northgate?', [pm], [], 'pre-contract-work'],
    ['a group greeting includes the reader', 'Hi all,\n\ncan you draft the SOW for Northgate before they sign?', [maria, pm], [], 'pre-contract-work'],
    ['a nickname greets the reader', 'Dan - could you put together the proposal for Northgate?', [pm], [], 'pre-contract-work'],
    ['German: Sales asks Legal, the PM on cc', 'Hallo Maria,\n\nkannst du bitte die SOW für Northgate prüfen?', [maria], [pm], 'none'],
    ['a list mail: the reader\'s item is an ask, another\'s says no action', 'Morning all,\n\n- Maria: Northgate is fine. No action.\n- Daniel: the Northgate SOW needs the new milestones. Can you update it by Wednesday?\n', [maria, pm], [], 'pre-contract-work'],
    ['a list mail where only someone else gets an ask', 'Morning all,\n\n- Daniel: Northgate is fine. No action.\n- Maria: can you update the Northgate SOW by Wednesday?\n', [maria, pm], [], 'none'],
    ['a group greeting, the reader named as only copied in', 'Hi all in Legal,\n\ncan you mark up the Northgate MSA by Friday?\nDaniel is only on cc for information, no action for him.', [legal], [pm], 'none'],
  ];
  it.each(cases)('%s', (_name, body, to, cc, want) => {
    expect(read(body, to, cc).label).toBe(want);
  });

  it('says who was asked, as information rather than a flag', () => {
    const r = read('Hi Legal team,\n\nCan you review the redlines on the Northgate MSA by Friday?', [legal], [pm]);
    expect(r.label).toBe('none');
    expect(r.note).toBe('Sales asked Legal; you are on cc');
    expect(read('Maria,\n\ncould you draft the SOW for Northgate?', [maria, pm]).note).toBe('Sales asked Maria, not you');
  });

  it('still flags a promise Sales made with the reader on cc', () => {
    const r = read('Hi Maria,\n\nI told Northgate we would go live by March 15, so can you get the order form countersigned?', [maria], [pm]);
    expect(r.label).toBe('promise-without-check');
  });

  it('changes nothing when no reader is known', () => {
    const r = read('Maria,\n\ncould you draft the SOW for Northgate this week?', [maria, pm], [], 'negotiation', null);
    expect(r.label).toBe('pre-contract-work');
    expect(r.note).toBeUndefined();
  });

  it('keeps a status question aimed at someone else from flagging', () => {
    expect(read('Maria, what is the status of the Northgate rollout?', [maria], [pm], 'signed').label).toBe('none');
    expect(read('Daniel, what is the status of the Northgate rollout?', [maria], [pm], 'signed').label).toBe('status-request');
  });
});
