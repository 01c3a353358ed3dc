import { describe, expect, it } from 'vitest';
import { parseDeliverables, parseSpecialTerms, termLines } from '@/lib/crm/terms';
import { dealSchema, emptyDeal } from '@/lib/model';

const now = new Date('2026-12-05T08:00:00.000Z');

describe('a CRM terms property, line by line', () => {
  it.each([
    ['a dated line', '2027-01-31: Free onboarding for 20 users', [{ date: '2027-01-31', text: 'Free onboarding for 20 users' }]],
    ['spaces around the colon and the line', '  2027-01-31 :  SSO by March  ', [{ date: '2027-01-31', text: 'SSO by March' }]],
    ['a bullet in front', '- 2027-02-01: Dedicated CSM', [{ date: '2027-02-01', text: 'Dedicated CSM' }]],
    ['CRLF and blank lines', '2027-01-31: A\r\n\r\n   \r\n2027-02-28: B\r\n', [
      { date: '2027-01-31', text: 'A' },
      { date: '2027-02-28', text: 'B' },
    ]],
    ['a lone CR', '2027-01-31: A\r2027-02-28: B', [
      { date: '2027-01-31', text: 'A' },
      { date: '2027-02-28', text: 'B' },
    ]],
    ['nothing', '', []],
    ['only blanks', '\n \r\n\t', []],
  ])('%s', (_what, value, expected) => {
    expect(termLines(value)).toEqual(expected);
  });

  it.each([
    ['a day that does not exist', '2027-02-30: Net 60 payment', /bad date "2027-02-30"/],
    ['a European date', '31.01.2027: Price lock', /bad date "31.01.2027"/],
    ['a US date (day order unknown)', '01/02/2027: Price lock', /bad date "01\/02\/2027"/],
    ['no date at all', 'Free training for the admins', /no date/],
    ['a date and no text', '2027-01-31:', /no text/],
  ])('keeps %s as an undated item with the line as written', (_what, line, why) => {
    const [item] = termLines(`2027-01-01: first\n${line}`).slice(1);
    expect(item).toMatchObject({ date: null, text: line.trim() });
    expect(item!.unparsed).toMatch(why);
  });
});

describe('special terms and promised deliverables from the CRM', () => {
  const terms = '2027-01-31: Free onboarding\n2027-02-30: Net 60 payment\nPrice lock for two years';
  const deliverables = '2027-03-01: SSO with Okta\nexport to S3 (someday)';

  it('become valid deal items, bad lines shown as such and never dropped', () => {
    const specialTerms = parseSpecialTerms(terms);
    const promised = parseDeliverables(deliverables, 'dana@northwind.io');
    expect(specialTerms.map((t) => [t.text, t.dueOn])).toEqual([
      ['Free onboarding', '2027-01-31'],
      ['2027-02-30: Net 60 payment', null],
      ['Price lock for two years', null],
    ]);
    expect(specialTerms[1]!.unparsed).toMatch(/bad date/);
    expect(specialTerms[0]).not.toHaveProperty('unparsed');
    expect(promised).toMatchObject([
      { name: 'SSO with Okta', promisedOn: '2027-03-01', promisedBy: 'dana@northwind.io', pmConfirmed: false },
      { name: 'export to S3 (someday)', promisedOn: null, unparsed: expect.stringMatching(/no date/) },
    ]);
    const deal = { ...emptyDeal('hubspot:1', now), name: 'Acme', specialTerms, deliverables: promised };
    expect(dealSchema.safeParse(deal).success).toBe(true);
  });

  it('give the same line the same id on every sync, and a repeated line its own id', () => {
    const a = parseSpecialTerms(terms).map((t) => t.id);
    const b = parseSpecialTerms(`\r\n${terms.replace(/\n/g, '\r\n')}\r\n`).map((t) => t.id);
    expect(b).toEqual(a);
    const twice = parseDeliverables('2027-03-01: SSO\n2027-03-01: SSO', null).map((d) => d.id);
    expect(new Set(twice).size).toBe(2);
  });
});
