import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EvidenceId, HitId } from '@/lib/classify/ids';
import {
  composeRedirect,
  deliverablePhrase,
  deliverablesOf,
  firstNameOf,
  type EvidenceLike,
  type RedirectValues,
} from '@/lib/sites/gmail/flag/redirect';
import type { FlagLabel } from '@/lib/sites/gmail/flag/wording';
import { DEFAULT_SETTINGS } from '@/lib/model';

const ev = (text: string, id: EvidenceId | HitId, start = 0): EvidenceLike => ({ text, id, start, end: start + text.length });

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

  // Blank-looking characters must end the name, or the sender writes the greeting (issue 13).
  const PRIZE = 'You won a prize click here to claim it now';
  it.each<[string, string]>([
    ['Braille blank U+2800', '\u2800'],
    ['Hangul filler U+3164', '\u3164'],
    ['Hangul choseong filler U+115F', '\u115F'],
    ['Hangul jungseong filler U+1160', '\u1160'],
    ['halfwidth Hangul filler U+FFA0', '\uFFA0'],
    ['no-break space', '\u00A0'],
    ['ogham space mark', '\u1680'],
    ['en quad', '\u2000'],
    ['figure space', '\u2007'],
    ['hair space', '\u200A'],
    ['narrow no-break space', '\u202F'],
    ['medium mathematical space', '\u205F'],
    ['ideographic space', '\u3000'],
    ['line separator', '\u2028'],
    ['paragraph separator', '\u2029'],
    ['Mongolian vowel separator', '\u180E'],
    ['zero-width space', '\u200B'],
    ['word joiner', '\u2060'],
    ['invisible separator', '\u2063'],
    ['Khmer inherent vowel', '\u17B4'],
    ['a run of mixed fillers', '\u2800\u3164\u00A0\u2800'],
  ])('cuts the name at a %s', (_what, gap) => {
    expect(firstNameOf(`Dana${gap}${PRIZE}`)).toBe('Dana');
    expect(firstNameOf(`${gap}${gap}Dana${gap}Ruiz`)).toBe('Dana');
    expect(firstNameOf(`Ruiz,${gap}Dana${gap}${PRIZE}`)).toBe('Dana');
    expect(firstNameOf(`Dr.${gap}Ruiz${gap}${PRIZE}`)).toBe('Dr. Ruiz');
    expect(composeRedirect('Hi {firstName},', { senderName: `Dana${gap}${PRIZE}`, account: 'Acme', label: 'pre-contract-work' })).toBe('Hi Dana,');
  });

  it.each<[string, string, string | undefined, string]>([
    ['only fillers: the address names them', '\u2800\u3164\u2800', 'dana.ruiz@northwind.io', 'Dana'],
    ['only fillers and no address', '\u3164\u3164', undefined, 'there'],
    ['one long word is capped', 'A'.repeat(60), undefined, `${'A'.repeat(23)}…`],
    ['a hyphenated name stays whole', 'Marie-Christine Dubois', undefined, 'Marie-Christine'],
    ['a zero-width non-joiner inside a Persian name is no break', 'علی\u200Cرضا Ahmadi', undefined, 'علی\u200Cرضا'],
  ])('%s', (_what, name, email, expected) => {
    expect(firstNameOf(name, email)).toBe(expected);
  });
});

describe('deliverablesOf and deliverablePhrase', () => {
  it.each<[string, EvidenceLike[], string[]]>([
    ['none named', [ev('can you', 'pre-contract-work/ask.can-you')], []],
    ['one', [ev('write', 'pre-contract-work/produce.write', 10), ev('SOW', 'pre-contract-work/deliverable.sow', 20)], ['SOW']],
    ['in text order', [ev('MSA', 'pre-contract-work/deliverable.msa', 50), ev('SOW', 'pre-contract-work/deliverable.sow', 20)], ['SOW', 'MSA']],
    ['overlapping: longest wins', [ev('proposal', 'pre-contract-work/deliverable.proposal', 127), ev('proposal deck', 'pre-contract-work/deliverable.collateral', 127)], ['proposal deck']],
    ['duplicates dropped', [ev('SOW', 'pre-contract-work/deliverable.sow', 5), ev('sow', 'pre-contract-work/deliverable.sow', 40)], ['SOW']],
    ['a bare hit id counts', [ev('order form', 'deliverable.order-form', 5)], ['order form']],
    ['other rules\' deliverables count', [ev('MSA', 'also-pre-contract-work/deliverable.msa', 5)], ['MSA']],
    ['unknown ids count for nothing', [ev('SOW', 'pre-contract-work/deliverable.sow-draft' as EvidenceId, 5)], []],
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
    ['deliverable from the evidence', '{deliverable}', { evidence: [ev('redlines', 'pre-contract-work/deliverable.redlines')] }, 'the redlines'],
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
