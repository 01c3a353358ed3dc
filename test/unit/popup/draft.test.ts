import { describe, expect, it } from 'vitest';
import type { PageDescription } from '@/lib/messaging/page-describe';
import {
  blankDraft,
  DEFAULT_LABEL,
  draftFromDescription,
  draftFromRequest,
  draftToRequest,
  parseDescription,
  requestIdFor,
} from '@/lib/popup/draft';

const fixedId = () => 'random-1';

const gmail: PageDescription = {
  kind: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
  title: 'Re: Acme SOW',
  sender: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
  dealId: 'acme-platform',
  dealName: 'Acme data platform rollout',
  label: 'promise-without-check',
  summary: 'Promised the pilot dashboard by Dec 10',
  messageId: '18c2f0a9b3d4e5f6',
};

describe('requestIdFor', () => {
  it.each([
    ['a Gmail message id', { messageId: '18c2f0a9b3d4e5f6' }, 'gmail-18c2f0a9b3d4e5f6'],
    ['a message id with spaces around it', { messageId: ' abc ' }, 'gmail-abc'],
    ['no message id', { messageId: null }, 'random-1'],
    ['a blank message id', { messageId: '  ' }, 'random-1'],
    ['no description', null, 'random-1'],
  ] as const)('%s', (_, description, expected) => {
    expect(requestIdFor(description, fixedId)).toBe(expected);
  });
});

describe('draftFromDescription', () => {
  it('prefills every field the page knows', () => {
    expect(draftFromDescription(gmail, fixedId)).toEqual({
      id: 'gmail-18c2f0a9b3d4e5f6',
      loggedAt: null,
      fromName: 'Dana Ruiz',
      fromEmail: 'dana.ruiz@northwind.io',
      dealId: 'acme-platform',
      dealName: 'Acme data platform rollout',
      label: 'promise-without-check',
      summary: 'Promised the pilot dashboard by Dec 10',
      note: '',
      status: 'open',
      source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ' },
    });
  });

  it.each<[string, Partial<PageDescription>, Record<string, unknown>]>([
    ['label none falls back to the default', { label: 'none' }, { label: DEFAULT_LABEL }],
    ['no label falls back to the default', { label: null }, { label: DEFAULT_LABEL }],
    ['an estimate request keeps its label', { label: 'estimate-request' }, { label: 'estimate-request' }],
    ['no sender leaves name and e-mail blank', { sender: null }, { fromName: '', fromEmail: '' }],
    ['no deal', { dealId: null, dealName: 'ignored' }, { dealId: '', dealName: null }],
    ['no summary uses the title', { summary: '  ' }, { summary: 'Re: Acme SOW' }],
    ['a Jira issue has a random id', { kind: 'jira', messageId: null, url: 'https://x.atlassian.net/browse/OPS-17' }, { id: 'random-1', source: { kind: 'jira', url: 'https://x.atlassian.net/browse/OPS-17' } }],
    ['an empty url is null', { url: '' }, { source: { kind: 'gmail', url: null } }],
  ])('%s', (_, patch, expected) => {
    expect(draftFromDescription({ ...gmail, ...patch }, fixedId)).toMatchObject(expected);
  });

  it('without a description is a blank manual draft', () => {
    expect(draftFromDescription(null, fixedId)).toEqual(blankDraft(fixedId));
    expect(blankDraft(fixedId)).toMatchObject({ id: 'random-1', label: 'pre-contract-work', status: 'open', summary: '', source: { kind: 'manual', url: null } });
  });
});

describe('parseDescription', () => {
  it.each<[string, unknown, boolean]>([
    ['a description', gmail, true],
    ['a description in a reply envelope', { ok: true, data: gmail }, true],
    ['undefined (no listener answered)', undefined, false],
    ['null', null, false],
    ['a wrong kind', { ...gmail, kind: 'outlook' }, false],
    ['a missing field', { ...gmail, messageId: undefined }, false],
    ['an error reply', { ok: false, error: { code: 'internal', message: 'x' } }, false],
    ['a string', 'gmail', false],
  ])('%s', (_, raw, ok) => {
    expect(parseDescription(raw) !== null).toBe(ok);
  });
});

describe('draftToRequest', () => {
  const now = new Date('2026-11-21T10:00:00.000Z');
  it('trims text, maps no deal to null and stamps loggedAt', () => {
    const draft = { ...blankDraft(fixedId), fromName: ' Dana ', fromEmail: ' dana@x.io ', summary: ' SOW ', note: ' n ' };
    expect(draftToRequest(draft, now)).toEqual({
      id: 'random-1',
      loggedAt: '2026-11-21T10:00:00.000Z',
      from: { name: 'Dana', email: 'dana@x.io' },
      dealId: null,
      label: 'pre-contract-work',
      summary: 'SOW',
      source: { kind: 'manual', url: null },
      status: 'open',
      note: 'n',
    });
  });

  it('keeps the loggedAt of a request logged before', () => {
    const request = draftToRequest({ ...draftFromDescription(gmail, fixedId), loggedAt: '2026-11-19T14:02:00.000Z' }, now);
    expect(request.loggedAt).toBe('2026-11-19T14:02:00.000Z');
  });

  it('round-trips a stored request', () => {
    const stored = {
      id: 'r1',
      loggedAt: '2026-11-19T14:02:00.000Z',
      from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      dealId: 'acme-platform',
      label: 'pre-contract-work' as const,
      summary: 'Asked me to finish the SOW before signature',
      source: { kind: 'gmail' as const, url: 'https://mail.google.com/x' },
      status: 'redirected' as const,
      note: '',
    };
    expect(draftToRequest(draftFromRequest(stored), now)).toEqual(stored);
  });
});
