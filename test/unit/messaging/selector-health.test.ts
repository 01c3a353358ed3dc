/**
 * Selector health through the real router and handlers (issue 14): a
 * content script reports only names of its own site's selectors, only the
 * options page reads or clears them, and a miss is stored before the ack.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/lib/background/handlers';
import { MISS_RATE, senderSite } from '@/lib/background/selector-health-handlers';
import { PROTOCOL, send, type MessageType, type Transport } from '@/lib/messaging';
import { MAX_MISS_NAMES, SELECTOR_HEALTH_KEY } from '@/lib/messaging/limits';
import { createRouter } from '@/lib/messaging/router';
import { DbHandle } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';


const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
let clock = new Date('2026-12-03T09:00:00Z');

function setup() {
  const handlers = createHandlers({
    db: new DbHandle(freshDbName()),
    announce: async () => {},
    now: () => clock,
    version: '0.1.0',
    openTab: async () => {},
    registerJiraHosts: async () => {},
    hasHostPermission: async () => true,
  });
  const route = createRouter(handlers, { ownId: OWN, extensionOrigin: EXT, log: () => {}, extraOrigins: () => ['https://jira.corp.example'] });
  const as = (sender: object): Transport => async (m) => {
    const reply = await route(m, sender);
    if (reply.ok) PROTOCOL[(m as { type: MessageType }).type].res.parse(reply.data);
    return reply;
  };
  return {
    page: as({ id: OWN, url: `${EXT}/options.html` }),
    gmail: as({ id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 1 } }),
    asana: as({ id: OWN, url: 'https://app.asana.com/0/1/2', tab: { id: 2 } }),
    jira: as({ id: OWN, url: 'https://acme.atlassian.net/browse/NW-1', tab: { id: 3 } }),
    server: as({ id: OWN, url: 'https://jira.corp.example/browse/OPS-1', tab: { id: 4 } }),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  clock = new Date('2026-12-03T09:00:00Z');
});

describe('health messages', () => {
  it('a content script reports its misses; they are in storage.local when it is answered; the options page lists and clears them', async () => {
    const { page, asana } = setup();
    expect(await send('health.miss', { names: ['asana.dueDateField'] }, asana)).toEqual({ counted: 1 });
    const stored = await fakeBrowser.storage.local.get(SELECTOR_HEALTH_KEY);
    expect(stored[SELECTOR_HEALTH_KEY]).toMatchObject({ misses: [{ name: 'asana.dueDateField', count: 1 }] });
    await send('health.miss', { names: ['asana.dueDateField'] }, asana);
    expect(await send('health.list', {}, page)).toMatchObject([{ name: 'asana.dueDateField', site: 'asana', count: 2, lastSeen: '2026-12-03T09:00:00.000Z' }]);
    await send('health.clear', {}, page);
    expect(await send('health.list', {}, page)).toEqual([]);
  });

  it('a page reports only its own site’s selectors: Gmail cannot count Jira’s', async () => {
    const { page, gmail, jira, server } = setup();
    await expect(send('health.miss', { names: ['jira.title'] }, gmail)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('health.miss', { names: ['gmail.sender', 'asana.taskPane'] }, gmail)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('health.miss', { names: ['gmail.sender'] }, jira)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await send('health.miss', { names: ['jira.title'] }, server)).toEqual({ counted: 1 });
    expect((await send('health.list', {}, page)).map((m) => m.name)).toEqual(['jira.title']);
  });

  it('only the options page reads or clears; only content scripts report', async () => {
    const { page, gmail } = setup();
    await expect(send('health.list', {}, gmail)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('health.clear', {}, gmail)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(send('health.miss', { names: ['gmail.sender'] }, page)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses names that are no selector name, and too many at once', async () => {
    const { gmail, page } = setup();
    for (const names of [[], ['gmail'], ['gmail.a b'], ['<img src=x>.y'], [`gmail.${'x'.repeat(80)}`], Array(MAX_MISS_NAMES + 1).fill('gmail.sender')]) {
      await expect(send('health.miss', { names }, gmail)).rejects.toMatchObject({ code: 'bad-message' });
    }
    // Well formed but not one Handoff ships: answered, not stored.
    expect(await send('health.miss', { names: ['gmail.notASelector'] }, gmail)).toEqual({ counted: 0 });
    expect(await send('health.list', {}, page)).toEqual([]);
  });

  it('a page that churns is counted at a bounded rate', async () => {
    const { gmail, page } = setup();
    const answers = [];
    for (let i = 0; i < MISS_RATE.capacity + 5; i++) answers.push((await send('health.miss', { names: ['gmail.sender'] }, gmail)).counted);
    expect(answers.filter((n) => n === 1)).toHaveLength(MISS_RATE.capacity);
    expect((await send('health.list', {}, page))[0]!.count).toBe(MISS_RATE.capacity);
  });

  it('Delete all data deletes the misses too', async () => {
    const { page, gmail } = setup();
    await send('health.miss', { names: ['gmail.sender'] }, gmail);
    await send('data.deleteAll', { confirm: 'delete all data' }, page);
    expect(await send('health.list', {}, page)).toEqual([]);
  });

  it('tells the sender’s site from its URL', () => {
    expect(senderSite('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(senderSite('https://app.asana.com/0/1/2')).toBe('asana');
    expect(senderSite('https://acme.atlassian.net/browse/NW-1')).toBe('jira');
    expect(senderSite(undefined)).toBeNull();
  });
});
