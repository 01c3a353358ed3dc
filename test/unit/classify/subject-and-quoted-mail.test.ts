import { describe, expect, it } from 'vitest';
import { classifyEmail } from '@/lib/classify';
import { label, mail, sales } from './helpers';

describe('the subject line as the sender\'s own words', () => {
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

  it('counts the lines written between quoted lines of an inline reply', () => {
    const body = 'Notes inline.\n\n> Are they OK with net-90?\nNo, net-45. Can you rework the payment terms in the order form and send it back to me?\n\n> Anything from their legal?\nJust the DPA, I will handle that one.\n';
    expect(label(body, sales('negotiation'), 'Re: order form')).toBe('pre-contract-work');
    const fyi = 'Replies inline.\n> Did they send the signed NDA?\nYes, filed it this morning.\n> Do we need a kickoff deck?\nNot yet, I will let you know.\n';
    expect(label(fyi, sales('negotiation'), 'Re: checklist')).toBe('none');
  });
});
