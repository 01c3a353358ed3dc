/**
 * Issue 13's proofs, against the real router and handlers: what a content
 * script could read or write before, it now cannot.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { contentSettingsSchema, dealChoiceSchema, MAX_DEAL_CHOICES, PROTOCOL, send, type MessageType, type Transport } from '@/lib/messaging';
import { createRouter } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { makeDeal } from '../../support/factories';
import { sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
const SENDERS = {
  page: { id: OWN, url: `${EXT}/options.html` },
  gmail: { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 1 } },
  jira: { id: OWN, url: 'https://acme.atlassian.net/browse/NW-1', tab: { id: 2 } },
};

async function setup() {
  const announce = vi.fn(async () => {});
  const db = new DbHandle(freshDbName());
  const handlers = createHandlers({ db, announce, now: () => new Date('2026-11-21T12:00:00Z'), version: '0.1.0', openTab: async () => {}, registerJiraHosts: async () => {}, hasHostPermission: async () => true });
  const route = createRouter(handlers, { ownId: OWN, extensionOrigin: EXT, log: () => {} });
  // Every success must match its response schema: the schema is the contract.
  const as = (sender: object): Transport => async (m) => {
    const reply = await route(m, sender);
    if (reply.ok) PROTOCOL[(m as { type: MessageType }).type].res.parse(reply.data);
    return reply;
  };
  const page = as(SENDERS.page), gmail = as(SENDERS.gmail), jira = as(SENDERS.jira);
  await send('backup.import', { text: sampleBackupText(), fileName: 'seed.json' }, page);
  await send('settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', jiraHosts: ['https://jira.corp.example'] } }, page);
  announce.mockClear();
  return { page, gmail, jira, announce };
}

const gmailRequest = (patch: Record<string, unknown> = {}) => ({
  id: 'gmail-18c2f0a9b3d4e5f6',
  loggedAt: '2026-11-21T10:00:00.000Z',
  from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
  dealId: 'acme-platform',
  label: 'pre-contract-work' as const,
  summary: 'Finish the SOW',
  source: { kind: 'gmail' as const, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz' },
  status: 'open' as const,
  note: '',
  ...patch,
});

describe('content scripts get only what they need', () => {
  it.each(['people.list', 'requests.list', 'requests.setStatus', 'flags.stats', 'ping', 'deals.list', 'settings.get', 'requests.save'] as const)(
    '%s is forbidden from a content script, allowed from an extension page',
    async (type) => {
      const { page, gmail, jira } = await setup();
      const payload = type === 'requests.setStatus' ? { id: 'r1', status: 'done' as const } : type === 'requests.save' ? { request: gmailRequest() } : {};
      for (const content of [gmail, jira]) await expect(send(type, payload as never, content)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(send(type, payload as never, page)).resolves.toBeDefined();
    },
  );

  it('deals.choices gives id, name and account only, sorted by name', async () => {
    const { jira } = await setup();
    const choices = await send('deals.choices', {}, jira);
    expect(choices.length).toBe(3);
    for (const c of choices) expect(Object.keys(c).sort()).toEqual(['account', 'id', 'name']);
    expect(choices.map((c) => c.name)).toEqual([...choices.map((c) => c.name)].sort((a, b) => a.localeCompare(b)));
    expect(JSON.stringify(choices)).not.toMatch(/billing|specialTerms|stakeholders|value/i);
    expect(dealChoiceSchema.strict().array().safeParse(choices).success).toBe(true);
  });

  it('deals.choices is capped, with long names clipped', async () => {
    const { page, jira } = await setup();
    const many = Array.from({ length: MAX_DEAL_CHOICES + 5 }, (_, i) => makeDeal({ id: `bulk-${i}`, name: `Bulk ${String(i).padStart(4, '0')} ${'x'.repeat(i === 0 ? 500 : 1)}` }));
    const backup = JSON.parse(sampleBackupText()) as { deals: unknown[] };
    await send('backup.import', { text: JSON.stringify({ ...backup, deals: many }), fileName: 'bulk.json' }, page);
    const choices = await send('deals.choices', {}, jira);
    expect(choices).toHaveLength(MAX_DEAL_CHOICES);
    expect(Math.max(...choices.map((c) => c.name.length))).toBeLessThanOrEqual(200);
  });

  it('settings for content: own domain, redirect wording, collapsed; no e-mail, no Jira hosts', async () => {
    const { gmail, page } = await setup();
    const s = await send('settings.forContent', {}, gmail);
    expect(contentSettingsSchema.parse(s)).toEqual({ ownDomain: 'northwind.io', redirectTemplate: expect.any(String), sidebarCollapsed: false });
    expect(JSON.stringify(s)).not.toContain('sam.lee');
    expect(JSON.stringify(s)).not.toContain('jira.corp.example');
    // The extension page still reads everything.
    expect(await send('settings.get', {}, page)).toMatchObject({ ownEmail: 'sam.lee@northwind.io', jiraHosts: ['https://jira.corp.example'] });
  });
});

describe('requests.log: the Gmail flag creates its own requests only', () => {
  it('creates a gmail-<messageId> request and announces it', async () => {
    const { gmail, page, announce } = await setup();
    await expect(send('requests.log', { request: gmailRequest() }, gmail)).resolves.toMatchObject({ id: 'gmail-18c2f0a9b3d4e5f6', status: 'open' });
    expect(announce).toHaveBeenCalledWith(['requests']);
    expect((await send('requests.list', {}, page)).find((r) => r.id === 'gmail-18c2f0a9b3d4e5f6')).toMatchObject({ summary: 'Finish the SOW' });
  });

  it('never rewrites a stored request; an open one may only become redirected', async () => {
    const { gmail, page, announce } = await setup();
    await send('requests.log', { request: gmailRequest() }, gmail);
    announce.mockClear();
    const again = await send('requests.log', { request: gmailRequest({ summary: 'Rewritten', note: 'pwned', dealId: 'globex-crm', from: { name: 'X', email: 'x@evil.example' } }) }, gmail);
    expect(again).toMatchObject({ summary: 'Finish the SOW', note: '', dealId: 'acme-platform' });
    expect(announce).not.toHaveBeenCalled();
    const redirected = await send('requests.log', { request: gmailRequest({ status: 'redirected', summary: 'Rewritten too' }) }, gmail);
    expect(redirected).toMatchObject({ status: 'redirected', summary: 'Finish the SOW' });
    // No way back, and the PM's own status change stays.
    await send('requests.setStatus', { id: 'gmail-18c2f0a9b3d4e5f6', status: 'done' }, page);
    expect(await send('requests.log', { request: gmailRequest({ status: 'redirected' }) }, gmail)).toMatchObject({ status: 'done' });
  });

  it('cannot touch a request logged from the popup with a gmail- id', async () => {
    const { gmail, page } = await setup();
    await send('requests.save', { request: { ...gmailRequest({ id: 'gmail-popup1', summary: 'From the popup' }), status: 'accepted' } }, page);
    expect(await send('requests.log', { request: gmailRequest({ id: 'gmail-popup1', status: 'redirected' }) }, gmail)).toMatchObject({ summary: 'From the popup', status: 'accepted' });
  });

  it.each([
    ['an id outside gmail-', { id: 'req-1' }],
    ['the id of a stored request', { id: 'r1' }],
    ['a status the flag never sets', { status: 'done' }],
    ['another source', { source: { kind: 'jira', url: null } }],
    ['a field Handoff does not know', { extra: 'x' }],
    ['a summary over the cap', { summary: 'x'.repeat(1001) }],
    ['a note over the cap', { note: 'x'.repeat(2001) }],
    ['a sender name over the cap', { from: { name: 'x'.repeat(501), email: 'a@b.co' } }],
    ['a URL over the cap', { source: { kind: 'gmail', url: `https://mail.google.com/${'x'.repeat(2000)}` } }],
    ['a message id over the cap', { id: `gmail-${'1'.repeat(201)}` }],
  ])('refuses %s', async (_what, patch) => {
    const { gmail, page } = await setup();
    const before = await send('requests.list', {}, page);
    await expect(send('requests.log', { request: gmailRequest(patch) as never }, gmail)).rejects.toMatchObject({ code: 'bad-message' });
    expect(await send('requests.list', {}, page)).toEqual(before);
  });

  it('is refused from Jira or Asana, and from extension pages (they have requests.save)', async () => {
    const { jira, page } = await setup();
    await expect(send('requests.log', { request: gmailRequest() }, jira)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('requests.log', { request: gmailRequest() }, page)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
