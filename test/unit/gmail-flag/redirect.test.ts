import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  composeRedirect,
  deliverablePhrase,
  deliverablesOf,
  firstNameOf,
  MAX_SUMMARY_CHARS,
  redirectSummary,
  type EvidenceLike,
  type RedirectValues,
} from '@/lib/sites/gmail/flag/redirect';
import type { FlagLabel } from '@/lib/sites/gmail/flag/wording';
import { DEFAULT_SETTINGS } from '@/lib/model';

const ev = (text: string, reason: string, start = 0): EvidenceLike => ({ text, reason, start, end: start + text.length });

describe('firstNameOf', () => {
  it.each<[unknown, unknown, string]>([
    ['Dana Ruiz', undefined, 'Dana'],
    ['  Dana   Ruiz ', undefined, 'Dana'],
    ['Ruiz, Dana', undefined, 'Dana'],
    ['"Dana Ruiz"', undefined, 'Dana'],
    ['Dana Ruiz <dana.ruiz@northwind.io>', undefined, 'Dana'],
    ['Dr. Ruiz', undefined, 'Dr. Ruiz'],
    ['dana.ruiz@northwind.io', undefined, 'Dana'],
    ['', 'dana.ruiz@northwind.io', 'Dana'],
    ['', 'jsmith@northwind.io', 'jsmith'],
    [null, 'sales-team@northwind.io', 'Sales'],
    ['<dana@northwind.io>', undefined, 'dana'],
    ['', '', 'there'],
    [undefined, undefined, 'there'],
    [42, {}, 'there'],
    ['\u202EanaD Ruiz', undefined, 'anaD'],
    ['Zoë Ångström', undefined, 'Zoë'],
  ])('%j / %j → %j', (name, email, expected) => {
    expect(firstNameOf(name, email)).toBe(expected);
  });
});

describe('deliverablesOf and deliverablePhrase', () => {
  it.each<[string, EvidenceLike[], string[]]>([
    ['none named', [ev('can you', 'pre-contract-work: asks "can/could you"')], []],
    ['one', [ev('write', 'pre-contract-work: asks to write', 10), ev('SOW', 'pre-contract-work: deliverable: SOW', 20)], ['SOW']],
    ['in text order', [ev('MSA', 'pre-contract-work: deliverable: MSA', 50), ev('SOW', 'pre-contract-work: deliverable: SOW', 20)], ['SOW', 'MSA']],
    ['overlapping: longest wins', [ev('proposal', 'pre-contract-work: deliverable: proposal', 127), ev('proposal deck', 'pre-contract-work: deliverable: sales collateral', 127)], ['proposal deck']],
    ['duplicates dropped', [ev('SOW', 'pre-contract-work: deliverable: SOW', 5), ev('sow', 'pre-contract-work: deliverable: SOW', 40)], ['SOW']],
    ['untagged reasons count', [ev('order form', 'deliverable: order form', 5)], ['order form']],
  ])('%s', (_name, evidence, expected) => {
    expect(deliverablesOf(evidence)).toEqual(expected);
  });

  it.each<[string[] | undefined, FlagLabel, string]>([
    [['SOW'], 'pre-contract-work', 'the SOW'],
    [['Proposal deck'], 'pre-contract-work', 'the proposal deck'],
    [['SOW', 'acceptance criteria', 'BAA'], 'pre-contract-work', 'the SOW and the acceptance criteria'],
    [['their NDA'], 'pre-contract-work', 'their NDA'],
    [['Section 8'], 'pre-contract-work', 'Section 8'],
    [['  ', ''], 'pre-contract-work', 'the contract paperwork'],
    [undefined, 'pre-contract-work', 'the contract paperwork'],
    [[], 'promise-without-check', 'what was promised'],
    [[], 'estimate-request', 'the estimate'],
    [[], 'status-request', 'the status update'],
  ])('%j for %s → %j', (list, label, expected) => {
    expect(deliverablePhrase(list, label)).toBe(expected);
  });
});

describe('composeRedirect', () => {
  const base: RedirectValues = { senderName: 'Dana Ruiz', account: 'Acme Corp', label: 'pre-contract-work' };

  it.each<[string, string, Partial<RedirectValues>, string]>([
    ['all placeholders', 'Hi {firstName}, {account} / {deliverable}', { deliverables: ['SOW'] }, 'Hi Dana, Acme Corp / the SOW'],
    ['unknown account', 'Until {account} signs', { account: null }, 'Until the customer signs'],
    ['blank account', 'Until {account} signs', { account: '   ' }, 'Until the customer signs'],
    ['deliverable from the evidence', '{deliverable}', { evidence: [ev('redlines', 'pre-contract-work: deliverable: redlines')] }, 'the redlines'],
    ['deliverable by default', '{deliverable}', {}, 'the contract paperwork'],
    ['unknown placeholders stay', 'Hi {firstName} {signature} {} {1x} {first Name}', {}, 'Hi Dana {signature} {} {1x} {first Name}'],
    ['spaces and case inside braces', 'Hi { FirstName }, {ACCOUNT}', {}, 'Hi Dana, Acme Corp'],
    ['repeated placeholders', '{firstName} {firstName}', {}, 'Dana Dana'],
    ['no placeholders', 'Plain text.', {}, 'Plain text.'],
    ['name from the e-mail address', 'Hi {firstName},', { senderName: 'dana.ruiz@northwind.io' }, 'Hi Dana,'],
    ['hostile values are cleaned, not interpreted', '{firstName}|{account}', { senderName: '<b>Eve</b>\u202E', account: 'Acme\u202E\u0000 {firstName}' }, 'b>Eve</b|Acme {firstName}'],
    ['$ patterns in values are literal', '{account}', { account: "$& $1 $' Corp" }, "$& $1 $' Corp"],
  ])('%s', (_name, template, patch, expected) => {
    expect(composeRedirect(template, { ...base, ...patch })).toBe(expected);
  });

  it('fills the default template', () => {
    const text = composeRedirect(DEFAULT_SETTINGS.redirectTemplate, base);
    expect(text).toMatch(/^Hi Dana,\n\n/);
    expect(text).toContain('Until Acme Corp signs, the contract and the SOW stay with Sales');
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (template, values) => {
        const out = composeRedirect(template as string, values as RedirectValues);
        expect(typeof out).toBe('string');
      }),
      { numRuns: 300 },
    );
  });
});

describe('redirectSummary', () => {
  it.each<[string, FlagLabel, EvidenceLike[], string]>([
    ['pre-contract: verb and deliverable', 'pre-contract-work', [
      ev('Need you to', 'pre-contract-work: says "need you to"', 95), ev('write', 'pre-contract-work: asks to write', 107), ev('SOW', 'pre-contract-work: deliverable: SOW', 20),
    ], 'Asked me to write the SOW before signature'],
    ['pre-contract: multi-word verb', 'pre-contract-work', [
      ev('any chance you', 'pre-contract-work: asks "any chance you…"', 8), ev('take a first pass at', 'pre-contract-work: asks to take a first pass', 29), ev('redlines', 'pre-contract-work: deliverable: redlines', 54),
    ], 'Asked me to take a first pass at the redlines before signature'],
    ['pre-contract: pronoun verb uses the reason', 'pre-contract-work', [
      ev('Could you', 'pre-contract-work: asks "can/could you"', 253), ev('fill it out', 'pre-contract-work: asks to fill out', 263), ev('security questionnaire', 'pre-contract-work: deliverable: security questionnaire (referred to)', 44),
    ], 'Asked me to fill out the security questionnaire before signature'],
    ['pre-contract: chasing the customer', 'pre-contract-work', [
      ev('ping her', 'pre-contract-work: asks to ping them', 20),
    ], 'Asked me to chase the customer for the contract paperwork before signature'],
    ['pre-contract: chased for a deliverable', 'pre-contract-work', [
      ev('Status on', 'pre-contract-work: chases the reader for a deliverable', 0), ev('SOW revisions', 'pre-contract-work: deliverable: SOW', 14),
    ], 'Chased me for the SOW revisions before signature'],
    ['pre-contract: no verb, no deliverable', 'pre-contract-work', [], 'Asked me to work on the contract paperwork before signature'],
    ['pre-contract: other rules ignored for the verb', 'pre-contract-work', [
      ev('build', 'also estimate-request: asks to build', 1), ev('update', 'pre-contract-work: asks to revise', 10), ev('SOW', 'pre-contract-work: deliverable: SOW', 20),
    ], 'Asked me to update the SOW before signature'],
    ['promise: quotes the promise', 'promise-without-check', [
      ev('I told them we\'d be live by the 15th.', 'promise-without-check: says the customer was told'), ev('expecting', 'promise-without-check: the customer now expects it'),
    ], 'Promised the customer without checking with me: “I told them we\'d be live by the 15th”'],
    ['promise: no evidence', 'promise-without-check', [], 'Promised the customer without checking with me'],
    ['estimate: topics', 'estimate-request', [
      ev('?', 'estimate-request: asks a question'), ev('Ballpark', 'estimate-request: asks for an effort estimate'), ev('by when', 'estimate-request: asks about timing'),
    ], 'Asked for estimate input on effort and timing'],
    ['estimate: sales call', 'estimate-request', [ev('join the call', 'estimate-request: asks to join the call')], 'Asked me to join a sales call'],
    ['estimate: nothing recognised', 'estimate-request', [ev('?', 'estimate-request: asks a question')], 'Asked for estimate input'],
    ['status: quotes the ask, not the ask words', 'status-request', [
      ev('?', 'status-request: asks a question'), ev('could you', 'status-request: asks "can/could you"'), ev("How's kickoff prep going", 'status-request: asks how it is going'),
    ], 'Asked for a status update: “How\'s kickoff prep going”'],
    ['status: one-word evidence only', 'status-request', [ev('status', 'status-request: asks for status')], 'Asked for a status update'],
  ])('%s', (_name, label, evidence, expected) => {
    expect(redirectSummary(label, evidence)).toBe(expected);
  });

  it('stays on one line within 140 characters, cleaned of control characters', () => {
    const long = `I promised them ${'a very long list of things, '.repeat(20)}\n\u202Eand more.`;
    const s = redirectSummary('promise-without-check', [ev(long, 'promise-without-check: says it was promised to the customer')]);
    expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
    expect(s).toMatch(/^Promised the customer without checking with me: “I promised them a very long list.*…”$/);
    expect(s).not.toMatch(/[\n\u202E]/);
  });

  it('never throws and stays bounded (property)', () => {
    const labels: FlagLabel[] = ['pre-contract-work', 'promise-without-check', 'estimate-request', 'status-request'];
    fc.assert(
      fc.property(
        fc.constantFrom(...labels),
        fc.array(fc.record({ text: fc.string({ maxLength: 300 }), reason: fc.string({ maxLength: 60 }), start: fc.nat(500), end: fc.nat(500) }), { maxLength: 10 }),
        (label, evidence) => {
          const s = redirectSummary(label, evidence);
          expect(s.length).toBeGreaterThan(0);
          expect(s.length).toBeLessThanOrEqual(MAX_SUMMARY_CHARS);
          expect(s).not.toMatch(/\n/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
