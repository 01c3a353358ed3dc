import { describe, expect, it } from 'vitest';
import { HandoffError } from '@/lib/messaging/errors';
import { DEFAULT_SETTINGS, emptyDeal, type Deal, type Person } from '@/lib/model';
import { backupFileName, deleteConfirmed, describeError, formatCounts } from '@/lib/options/data-io';
import { daysBetween, localDay } from '@/lib/dates';
import { matchesFilter, nextDueTerm, overdueCount, relativeDays, sortDeals } from '@/lib/options/deal-list';
import { checkPersonDraft } from '@/lib/options/person-draft';
import { checkSettingsDraft, derivedDomain, isSettingsDirty, settingsToDraft } from '@/lib/options/settings-draft';

const now = new Date(2026, 10, 21, 23, 30);
const deal = (patch: Partial<Deal>): Deal => ({ ...emptyDeal('x', now), name: 'X', ...patch });

describe('deal list', () => {
  it('finds the next special term due, ignoring past and undated ones', () => {
    const d = deal({
      specialTerms: [
        { id: 't1', text: 'past', dueOn: '2026-11-01' },
        { id: 't2', text: 'later', dueOn: '2027-03-01' },
        { id: 't3', text: 'soon', dueOn: '2026-12-01' },
        { id: 't4', text: 'undated', dueOn: null },
      ],
    });
    expect(nextDueTerm(d, '2026-11-21')?.id).toBe('t3');
    expect(overdueCount(d, '2026-11-21')).toBe(1);
    expect(nextDueTerm(deal({}), '2026-11-21')).toBeNull();
  });

  it('dates in local time', () => {
    expect(localDay(now)).toBe('2026-11-21');
    expect(daysBetween('2026-11-21', '2026-12-01')).toBe(10);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(relativeDays(0)).toBe('today');
    expect(relativeDays(-3)).toBe('3 days ago');
  });

  it('filters on every word, case-insensitively', () => {
    const d = deal({ id: 'acme-platform', name: 'Acme rollout', account: 'Acme Corp', stage: 'negotiation', owner: { name: 'Dana Ruiz', email: 'dana@n.io' } });
    expect(matchesFilter(d, '')).toBe(true);
    expect(matchesFilter(d, 'acme dana')).toBe(true);
    expect(matchesFilter(d, 'UNSIGNED')).toBe(true);
    expect(matchesFilter(d, 'acme signed')).toBe(false);
    expect(matchesFilter(d, 'platform dana@n.io')).toBe(true);
    expect(matchesFilter(d, 'cme')).toBe(false);
    expect(matchesFilter(d, '(')).toBe(false);
  });

  it('sorts by name', () => {
    expect(sortDeals([deal({ id: 'b', name: 'beta' }), deal({ id: 'a', name: 'Alpha' })]).map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('people', () => {
  const dana: Person = { email: 'Dana@Northwind.io', name: 'Dana', role: 'sales' };
  const lee: Person = { email: 'lee@northwind.io', name: 'Lee', role: 'pm', team: 'delivery' } as Person;

  it('refuses an e-mail another person has, in any case', () => {
    const r = checkPersonDraft({ email: 'DANA@northwind.io', name: 'x', role: 'pm' }, null, [dana]);
    expect(r.person).toBeNull();
    expect(r.errors.email).toEqual(['is already in the roster']);
  });

  it('renames with previousEmail and keeps unknown fields', () => {
    const r = checkPersonDraft({ email: 'lee.park@northwind.io', name: 'Lee', role: 'pm' }, lee, [dana]);
    expect(r.previousEmail).toBe('lee@northwind.io');
    expect(r.person).toEqual({ email: 'lee.park@northwind.io', name: 'Lee', role: 'pm', team: 'delivery' });
    expect(checkPersonDraft({ email: 'LEE@northwind.io', name: 'Lee', role: 'pm' }, lee, [dana]).previousEmail).toBeUndefined();
  });

  it('validates the e-mail as you type', () => {
    expect(checkPersonDraft({ email: 'lee@', name: '', role: 'pm' }, null, []).errors.email).toEqual(['must be an e-mail address']);
  });
});

describe('settings', () => {
  it('validates and builds a patch', () => {
    const d = { ...settingsToDraft(DEFAULT_SETTINGS), ownEmail: ' me@Northwind.io ', ownDomain: '@Northwind.IO', defaultRemindDays: '7' };
    const r = checkSettingsDraft(d, DEFAULT_SETTINGS);
    expect(r.patch).toEqual({ ownEmail: 'me@Northwind.io', ownDomain: 'northwind.io', defaultRemindDays: 7, redirectTemplate: DEFAULT_SETTINGS.redirectTemplate });
    expect(isSettingsDirty(d, DEFAULT_SETTINGS)).toBe(true);
    expect(isSettingsDirty(settingsToDraft(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toBe(false);
  });

  it('names bad fields', () => {
    const r = checkSettingsDraft({ ...settingsToDraft(DEFAULT_SETTINGS), ownEmail: 'me', ownDomain: 'not a domain', defaultRemindDays: '' }, DEFAULT_SETTINGS);
    expect(r.patch).toBeNull();
    expect(r.errors.ownEmail).toEqual(['must be an e-mail address']);
    expect(r.errors.ownDomain?.[0]).toMatch(/domain/);
    expect(r.errors.defaultRemindDays).toEqual(['must not be empty']);
    expect(checkSettingsDraft({ ...settingsToDraft(DEFAULT_SETTINGS), defaultRemindDays: '400' }, DEFAULT_SETTINGS).errors.defaultRemindDays).toEqual(['must be at most 365']);
  });

  it('derives the domain from the e-mail', () => {
    expect(derivedDomain('me@Northwind.io')).toBe('northwind.io');
    expect(derivedDomain('me')).toBeNull();
  });
});

describe('data', () => {
  it('names the backup after the local date', () => {
    expect(backupFileName(now)).toBe('handoff-backup-2026-11-21.json');
  });
  it('formats counts', () => {
    expect(formatCounts({ added: 2, updated: 1, skipped: 0, rejected: 0 })).toBe('Added 2, updated 1, skipped 0, rejected 0');
  });
  it('needs the exact phrase', () => {
    expect(deleteConfirmed('delete all data')).toBe(true);
    expect(deleteConfirmed(' Delete All Data ')).toBe(true);
    expect(deleteConfirmed('delete all')).toBe(false);
  });
  it('makes quota errors stand out', () => {
    expect(describeError(new HandoffError('quota', 'full')).quota).toBe(true);
    expect(describeError(new HandoffError('invalid', 'bad', [{ field: 'id', message: 'x' }])).problems).toHaveLength(1);
    expect(describeError(new Error('boom'), 'Oops')).toMatchObject({ title: 'Oops', message: 'boom', quota: false });
  });
});
