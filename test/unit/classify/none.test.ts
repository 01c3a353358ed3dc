import { describe, expect, it } from 'vitest';
import { classifyEmail } from '@/lib/classify';
import { ctx, label, sales } from './helpers';

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

  it('treats out-of-office replies as automated whatever the roster says', () => {
    const ooo = "I'm out of the office until Monday 18 May. For anything urgent please contact Sam Price about proposals.";
    expect(label(ooo, sales('negotiation'), 'Re: Halden SOW')).toBe('none');
    expect(label('Away until Monday', sales('negotiation'), 'Automatic reply: Halden proposal')).toBe('none');
    expect(label("I'm out of the office from tomorrow, so could you please send Halden the revised SOW?", sales('negotiation'))).toBe('pre-contract-work');
  });
});
