import { describe, expect, it } from 'vitest';
import { classifyEmail, type EmailInput } from '@/lib/classify';
import { ctx, label, mail, sales } from './helpers';

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

  it('reads commitments in the present tense, after a title, or in a reply', () => {
    expect(label('I confirmed to Mr. Ortiz that the pilot will start on the 2nd.', sales('delivering'))).toBe('promise-without-check');
    expect(label('I agreed with their CIO that phase 1 includes the HR feed.', sales('signed'))).toBe('promise-without-check');
    expect(label('I replied to them this morning that we would have the fix out by Friday.', sales('delivering'))).toBe('promise-without-check');
    expect(label('I replied to them that we would need to check with delivery first.', sales('delivering'))).toBe('none');
  });

  it('reads a promise after a coordinated verb', () => {
    expect(label('I met their COO at the expo and promised him we would ship the app by 30 June.', sales('delivering'))).toBe('promise-without-check');
  });

  it('reads a bare yes to a customer request as a promise', () => {
    expect(label('Their COO asked whether we could also cover the Leeds site in phase 1 - I confirmed on the call.', sales('delivering'))).toBe('promise-without-check');
    expect(label('Their HR asked if we can add a cohort in May. I have already confirmed to them.', sales('delivering'))).toBe('promise-without-check');
    expect(label("Their COO asked if we could add the Leeds site. I said I'd check with you first.", sales('delivering'))).toBe('none');
    expect(label('Halden asked if we could add a second site. I said no, not in this phase.', sales('delivering'))).toBe('none');
  });
});

describe('a mail to the customer with the reader on cc', () => {
  const email = (body: string, subject: string, extra: Partial<EmailInput> = {}): EmailInput => ({ ...mail(body, subject), ...extra });

  it('in a mail to the customer with the reader on cc, only a commitment counts', () => {
    const customer = { to: [{ name: 'Lena Vogt', email: 'lena@halden.de' }], cc: [{ name: 'Kit Moss', email: 'kit.moss@example.com' }] };
    const commit = 'Hi Lena,\n\nAs discussed, we will have the test environment ready by 14 May and training done within 3 weeks.';
    expect(classifyEmail(email(commit, 'Next steps', customer), sales('delivering')).label).toBe('promise-without-check');
    const ask = 'Hi Lena,\n\nCould you send over the signed DPA? Kit (cc) can answer delivery questions.';
    expect(classifyEmail(email(ask, 'DPA', customer), sales('negotiation')).label).toBe('none');
  });
});
