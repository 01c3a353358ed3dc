import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { checkSender, PROTOCOL, send, type MessageType, type Transport } from '@/lib/messaging';
import { createRouter } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
const pageSender = { id: OWN, url: `${EXT}/options.html` };
const gmailSender = { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 1 } };

function setup() {
  const announce = vi.fn(async () => {});
  const db = new DbHandle(freshDbName());
  const log = vi.fn();
  const route = createRouter(createHandlers({ db, announce, now: () => new Date('2026-11-21T12:00:00Z'), version: '0.1.0', openTab: async () => {}, registerJiraHosts: async () => {}, hasHostPermission: async () => true }), {
    ownId: OWN,
    extensionOrigin: EXT,
    log,
  });
  // Every successful reply must match its protocol response schema (the
  // client trusts our background's replies and checks only the envelope).
  const as = (sender: object): Transport => async (m) => {
    const reply = await route(m, sender);
    if (reply.ok) PROTOCOL[(m as { type: MessageType }).type].res.parse(reply.data);
    return reply;
  };
  return { route, announce, log, page: as(pageSender), gmail: as(gmailSender) };
}

describe('checkSender', () => {
  it.each([
    [{ id: OWN, url: `${EXT}/popup.html` }, 'extension'],
    [{ id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: {} }, 'content'],
    [{ id: OWN, url: 'https://acme.atlassian.net/browse/NW-1', tab: {} }, 'content'],
    [{ id: OWN, url: 'https://app.asana.com/0/1/2', tab: {} }, 'content'],
    [{ id: OWN, url: 'https://evil.example/', tab: {} }, null],
    [{ id: OWN, url: 'https://mail.google.com.evil.example/', tab: {} }, null],
    [{ id: OWN, url: 'http://mail.google.com/', tab: {} }, null],
    [{ id: 'other-extension', url: `${EXT}/options.html` }, null],
    [{ id: OWN }, null],
  ])('%o → %s', (sender, kind) => {
    const v = checkSender(sender, OWN, EXT);
    expect(v.ok ? v.kind : null).toBe(kind);
  });

  it('accepts a self-hosted origin the user added', () => {
    expect(checkSender({ id: OWN, url: 'https://jira.corp.example/browse/A-1', tab: {} }, OWN, EXT, ['https://jira.corp.example']).ok).toBe(true);
  });
});

describe('router', () => {
  it('answers a typed request and announces writes after they commit', async () => {
    const { page, announce } = setup();
    const result = await send('backup.import', { text: sampleBackupText(), fileName: 's.json' }, page);
    expect(result).toMatchObject({ ok: true, counts: { added: 9 } });
    expect(announce).toHaveBeenCalledWith(['deals', 'people', 'requests']);
    const deals = await send('deals.list', {}, page);
    expect(deals).toHaveLength(3);
  });

  it.each([
    ['a non-envelope', 'hello', 'bad-message'],
    ['an unknown type', { handoff: 1, type: 'deals.drop', payload: {} }, 'bad-message'],
    ['a prototype key as type', { handoff: 1, type: '__proto__', payload: {} }, 'bad-message'],
    ['a malformed payload', { handoff: 1, type: 'deals.get', payload: { id: 42 } }, 'bad-message'],
  ])('rejects %s with a typed error and keeps running', async (_what, message, code) => {
    const { route, log } = setup();
    expect(await route(message, pageSender)).toMatchObject({ ok: false, error: { code } });
    expect(log).toHaveBeenCalled();
    expect(await route({ handoff: 1, type: 'ping', payload: {} }, pageSender)).toEqual({ ok: true, data: { version: '0.1.0' } });
  });

  it('refuses page-only messages from a content script', async () => {
    const { gmail } = setup();
    await expect(send('data.deleteAll', { confirm: 'delete all data' }, gmail)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('backup.export', {}, gmail)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a sender from another origin', async () => {
    const { route } = setup();
    const reply = await route({ handoff: 1, type: 'deals.list', payload: {} }, { id: OWN, url: 'https://evil.example/', tab: {} });
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('returns field problems for an invalid deal', async () => {
    const { page } = setup();
    await send('backup.import', { text: sampleBackupText(), fileName: 's.json' }, page);
    const deal = (await send('deals.get', { id: 'acme-platform' }, page))!;
    await expect(send('deals.save', { deal: { ...deal, stage: 'won' } }, page)).rejects.toMatchObject({
      code: 'invalid',
      problems: [{ field: 'stage' }],
    });
  });

  it('resolves a page to its deal and links a thread from a content script', async () => {
    const { page, gmail } = setup();
    await send('backup.import', { text: sampleBackupText(), fileName: 's.json' }, page);
    await send('settings.save', { patch: { ownEmail: 'sam.lee@northwind.io' } }, page);
    const ctx = { kind: 'gmail' as const, threadId: '1234abcd1234abcd', participants: ['dana.ruiz@northwind.io', 'hank@globex.com'] };
    expect((await send('link.resolve', { context: ctx }, gmail)).link).toMatchObject({ deal: { id: 'globex-crm' }, via: 'domain' });
    await send('link.add', { dealId: 'initech-support', kind: 'gmailThreads', value: '1234ABCD1234ABCD' }, gmail);
    expect((await send('link.resolve', { context: ctx }, gmail)).link).toMatchObject({ deal: { id: 'initech-support' }, via: 'gmail-thread' });
  });
});
