import { describe, expect, it } from 'vitest';
import { dealSchema, emptyDeal, settingsSchema, DEFAULT_SETTINGS } from '@/lib/model';
import {
  errorsAt,
  errorsUnder,
  hasErrors,
  issuesToFieldErrors,
  mergeErrors,
  problemsToFieldErrors,
} from '@/lib/forms/field-errors';
import { labelForPath } from '@/lib/options/path-labels';

const now = new Date('2026-11-21T10:00:00.000Z');

describe('issuesToFieldErrors', () => {
  it('keys problems by the path the store uses', () => {
    const input = {
      ...emptyDeal('acme', now),
      name: 'Acme',
      specialTerms: [{ id: 't1', text: 'x', dueOn: '2027-13-01' }],
      value: { amount: 'lots', currency: 'usd' },
    };
    const r = dealSchema.safeParse(input);
    expect(r.success).toBe(false);
    const errors = issuesToFieldErrors(r.error!.issues, input);
    expect(errorsAt(errors, 'specialTerms[0].dueOn')).toEqual(['must be a date YYYY-MM-DD']);
    expect(errorsAt(errors, 'value.amount')).toEqual(['must be a number']);
    expect(errorsAt(errors, 'value.currency')[0]).toMatch(/3-letter currency/);
  });

  it('words empty, numeric and choice problems for people', () => {
    const input = {
      ...emptyDeal('', now),
      billing: { model: '', paymentTermsDays: 1.5, notes: '' },
      specialTerms: [{ id: 't1', text: 'x', dueOn: null, remindDaysBefore: -1 }],
    };
    const errors = issuesToFieldErrors(dealSchema.safeParse(input).error!.issues, input);
    expect(errorsAt(errors, 'id')).toEqual(['must not be empty']);
    expect(errorsAt(errors, 'name')).toEqual(['must not be empty']);
    expect(errorsAt(errors, 'billing.model')).toEqual(['must be chosen']);
    expect(errorsAt(errors, 'billing.paymentTermsDays')).toEqual(['must be a whole number']);
    expect(errorsAt(errors, 'specialTerms[0].remindDaysBefore')).toEqual(['must be at least 0']);
  });

  it('quotes the offending entry of a list', () => {
    const input = { ...emptyDeal('a', now), name: 'A', links: { domains: ['acme.com', 'not a domain'], gmailThreads: [], jira: [{ site: null, key: 'ops-1' }], asana: [] } };
    const errors = issuesToFieldErrors(dealSchema.safeParse(input).error!.issues, input);
    expect(errorsUnder(errors, 'links.domains')).toEqual(['"not a domain" must be a domain such as acme.com']);
    expect(errorsUnder(errors, 'links.jira')[0]).toMatch(/must be a Jira project key/);
    expect(errorsUnder(errors, 'links.asana')).toEqual([]);
  });

  it('reads a union (own e-mail or blank) by its first branch', () => {
    const input = { ...DEFAULT_SETTINGS, ownEmail: 'nope' };
    const errors = issuesToFieldErrors(settingsSchema.safeParse(input).error!.issues, input);
    expect(errorsAt(errors, 'ownEmail')).toEqual(['must be an e-mail address']);
  });
});

describe('helpers', () => {
  it('merges without duplicates and maps background problems', () => {
    const merged = mergeErrors({ id: ['a'] }, problemsToFieldErrors([{ field: 'id', message: 'already exists' }, { field: 'id', message: 'a' }]));
    expect(merged).toEqual({ id: ['a', 'already exists'] });
    expect(hasErrors(merged)).toBe(true);
    expect(hasErrors({})).toBe(false);
  });

  it('errorsUnder matches the field and what is inside it only', () => {
    const errors = { 'links.jira': ['x'], 'links.jira[1]': ['y'], 'links.jiraX': ['no'] };
    expect(errorsUnder(errors, 'links.jira')).toEqual(['x', 'y']);
  });

  it('labels paths for people', () => {
    expect(labelForPath('specialTerms[0].dueOn')).toBe('Special term 1, due on');
    expect(labelForPath('owner.email')).toBe('Owner, e-mail');
    expect(labelForPath('links.domains[2]')).toBe('Links, domains 3');
    expect(labelForPath('id')).toBe('Id');
    expect(labelForPath('')).toBe('Form');
  });
});
