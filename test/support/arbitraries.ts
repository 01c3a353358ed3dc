import fc from 'fast-check';
import {
  BILLING_MODELS,
  DEAL_STAGES,
  PERSON_ROLES,
  REQUEST_LABELS,
  REQUEST_STATUSES,
  SOURCE_KINDS,
  STAKEHOLDER_STATUSES,
  type Deal,
  type Person,
  type SalesRequest,
} from '@/lib/model';

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,8}$/);
export const dayArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
export const instantArb = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
export const emailArb = fc.tuple(word, word).map(([a, b]) => `${a}@${b}.com`);
const text = fc.string({ maxLength: 40 });
/** Fields a later version (or a CRM) may add: readers keep them. */
const extras = fc.dictionary(word.map((w) => `x_${w}`), fc.oneof(fc.string(), fc.integer(), fc.boolean()), { maxKeys: 2 });

const withExtras = <T extends object>(arb: fc.Arbitrary<T>) => fc.tuple(arb, extras).map(([a, e]) => ({ ...e, ...a }));

export const dealArb = (id: fc.Arbitrary<string> = word): fc.Arbitrary<Deal> =>
  withExtras(
    fc.record({
      id,
      name: word,
      account: text,
      stage: fc.constantFrom(...DEAL_STAGES),
      signedOn: fc.option(dayArb, { nil: null }),
      owner: fc.option(fc.record({ name: text, email: emailArb }), { nil: null }),
      value: fc.option(fc.record({ amount: fc.integer({ min: 0, max: 10_000_000 }), currency: fc.constantFrom('USD', 'EUR', 'GBP') }), { nil: null }),
      billing: fc.option(
        fc.record({ model: fc.constantFrom(...BILLING_MODELS), paymentTermsDays: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }), notes: text }),
        { nil: null },
      ),
      specialTerms: fc.array(
        fc.record(
          { id: word, text: word, dueOn: fc.option(dayArb, { nil: null }), remindDaysBefore: fc.integer({ min: 0, max: 60 }) },
          { requiredKeys: ['id', 'text', 'dueOn'] },
        ),
        { maxLength: 3 },
      ),
      deliverables: fc.array(
        fc.record({ id: word, name: word, promisedOn: fc.option(dayArb, { nil: null }), promisedBy: fc.option(emailArb, { nil: null }), pmConfirmed: fc.boolean() }),
        { maxLength: 3 },
      ),
      stakeholders: fc.array(
        fc.record({ name: word, email: fc.option(emailArb, { nil: null }), role: text, status: fc.constantFrom(...STAKEHOLDER_STATUSES) }),
        { maxLength: 3 },
      ),
      links: fc.record({
        domains: fc.array(word.map((w) => `${w}.com`), { maxLength: 2 }),
        gmailThreads: fc.array(fc.stringMatching(/^[0-9a-f]{16}$/), { maxLength: 2 }),
        jira: fc.array(
          fc.record({
            site: fc.option(fc.constantFrom('https://acme.atlassian.net', 'https://jira.example.com'), { nil: null }),
            key: fc.oneof(fc.stringMatching(/^[A-Z]{2,4}$/), fc.stringMatching(/^[A-Z]{2,4}-[1-9][0-9]{0,3}$/)),
          }),
          { maxLength: 2 },
        ),
        asana: fc.array(fc.stringMatching(/^[1-9][0-9]{15}$/), { maxLength: 2 }),
      }),
      notes: text,
      updatedAt: instantArb,
    }),
  ) as fc.Arbitrary<Deal>;

export const personArb = (email: fc.Arbitrary<string> = emailArb): fc.Arbitrary<Person> =>
  withExtras(fc.record({ email, name: text, role: fc.constantFrom(...PERSON_ROLES) })) as fc.Arbitrary<Person>;

export const requestArb = (id: fc.Arbitrary<string> = word): fc.Arbitrary<SalesRequest> =>
  withExtras(
    fc.record({
      id,
      loggedAt: instantArb,
      from: fc.record({ name: text, email: emailArb }),
      dealId: fc.option(word, { nil: null }),
      label: fc.constantFrom(...REQUEST_LABELS),
      summary: text,
      source: fc.record({ kind: fc.constantFrom(...SOURCE_KINDS), url: fc.option(fc.webUrl(), { nil: null }) }),
      status: fc.constantFrom(...REQUEST_STATUSES),
      note: text,
    }),
  ) as fc.Arbitrary<SalesRequest>;

/** Backup contents with unique ids (and unique e-mails, case-insensitively). */
export const backupDataArb = fc.record({
  deals: fc.uniqueArray(dealArb(), { selector: (d) => d.id, maxLength: 8 }),
  people: fc.uniqueArray(personArb(), { selector: (p) => p.email.toLowerCase(), maxLength: 5 }),
  requests: fc.uniqueArray(requestArb(), { selector: (r) => r.id, maxLength: 6 }),
});

let dbCounter = 0;
/** A fresh database name per test (fake-indexeddb is global). */
export function freshDbName(): string {
  return `handoff-test-${Date.now()}-${dbCounter++}`;
}
