import { describe, expect, it } from 'vitest';
import { blankDraft, type QuickLogDraft } from '@/lib/popup/draft';
import { fieldForPath, firstInvalidField, problemsToErrors, validateDraft } from '@/lib/popup/validate';

const now = new Date('2026-11-21T10:00:00.000Z');
const good: QuickLogDraft = {
  ...blankDraft(() => 'id-1'),
  fromName: 'Dana Ruiz',
  fromEmail: 'dana.ruiz@northwind.io',
  summary: 'Asked me to write the SOW',
};

describe('validateDraft', () => {
  it('accepts a complete draft and returns the request', () => {
    const result = validateDraft(good, now);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.request).toMatchObject({ id: 'id-1', loggedAt: now.toISOString(), dealId: null, status: 'open' });
  });

  it.each<[string, Partial<QuickLogDraft>, Record<string, string[]>]>([
    ['no e-mail', { fromEmail: '' }, { fromEmail: ['Enter the sender’s e-mail address'] }],
    ['a bad e-mail', { fromEmail: 'dana' }, { fromEmail: ['"dana" is not an e-mail address'] }],
    ['no summary', { summary: '' }, { summary: ['Say what Sales asked for'] }],
    ['a blank summary', { summary: '   ' }, { summary: ['Say what Sales asked for'] }],
    ['no summary and no e-mail', { summary: '', fromEmail: '' }, { fromEmail: ['Enter the sender’s e-mail address'], summary: ['Say what Sales asked for'] }],
    ['an unknown status', { status: 'maybe' as never }, { status: [expect.any(String) as unknown as string] }],
    ['a blank id', { id: ' ' }, { form: ['id: id must not be empty'] }],
  ])('%s', (_, patch, errors) => {
    const result = validateDraft({ ...good, ...patch }, now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual(errors);
  });

  it('accepts a blank sender name (the e-mail is enough)', () => {
    expect(validateDraft({ ...good, fromName: '' }, now).ok).toBe(true);
  });
});

describe('fieldForPath', () => {
  it.each([
    ['from.name', 'fromName'],
    ['from.email', 'fromEmail'],
    ['from', 'fromEmail'],
    ['dealId', 'dealId'],
    ['label', 'label'],
    ['summary', 'summary'],
    ['note', 'note'],
    ['status', 'status'],
    ['source.kind', 'form'],
    ['loggedAt', 'form'],
    ['', 'form'],
  ])('%s → %s', (path, field) => {
    expect(fieldForPath(path)).toBe(field);
  });
});

describe('problemsToErrors and firstInvalidField', () => {
  it.each<[string, Array<{ field: string; message: string }>, string | null]>([
    ['none', [], null],
    ['summary only', [{ field: 'summary', message: 'x' }], 'summary'],
    ['on-screen order wins', [{ field: 'status', message: 'x' }, { field: 'from.email', message: 'y' }], 'fromEmail'],
    ['a field no control shows', [{ field: 'source.url', message: 'bad' }], 'form'],
  ])('%s', (_, problems, first) => {
    expect(firstInvalidField(problemsToErrors(problems))).toBe(first);
  });

  it('names the path of a problem no field can fix', () => {
    expect(problemsToErrors([{ field: 'source.url', message: 'bad' }])).toEqual({ form: ['source.url: bad'] });
  });
});
