import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { send, type Transport } from '@/lib/messaging';
import { createRouter } from '@/lib/messaging/router';
import { DbHandle, getDeal, getPerson, getSettings, importBackupText, openHandoffDb, saveDeal, savePerson, saveSettings, updateDeal } from '@/lib/store';
import { nextUpdatedAt } from '@/lib/store/revision';
import { freshDbName } from '../../support/arbitraries';
import { asanaLink, gmailThreadLink, hasJiraLink, jiraLink } from '../../support/links';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
// A fixed clock: every write lands in the same millisecond, the hardest case for updatedAt.
const NOW = new Date('2026-11-21T12:00:00Z');

function setup() {
  const db = new DbHandle(freshDbName());
  const registerJiraHosts = vi.fn(async (_origins: readonly string[]) => {});
  const handlers = createHandlers({ db, announce: async () => {}, now: () => NOW, version: '0', openTab: async () => {}, registerJiraHosts, hasHostPermission: async () => true });
  const route = createRouter(handlers, { ownId: OWN, extensionOrigin: EXT, log: () => {} });
  const page: Transport = (m) => route(m, { id: OWN, url: `${EXT}/options.html` });
  const gmail: Transport = (m) => route(m, { id: OWN, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } });
  const jira: Transport = (m) => route(m, { id: OWN, url: 'https://acme.atlassian.net/browse/NW-1', tab: { id: 2 } });
  const asana: Transport = (m) => route(m, { id: OWN, url: 'https://app.asana.com/0/1/2', tab: { id: 3 } });
  return { db, page, gmail, jira, asana, registerJiraHosts };
}

describe('no lost edits (issue 13)', () => {
  it('keeps three links added at once, and refuses a whole-deal save built before them', async () => {
    const { page, gmail, jira, asana } = setup();
    await send('backup.import', { text: sampleBackupText(), fileName: 's.json' }, page);
    const before = (await send('deals.get', { id: 'globex-crm' }, page))!;
    const results = await Promise.allSettled([
      send('link.add', jiraLink('globex-crm', 'GLX-7'), jira),
      send('link.add', gmailThreadLink('globex-crm', 'aaaabbbbccccdddd'), gmail),
      send('link.add', asanaLink('globex-crm', '1209000000000001'), asana),
      send('deals.save', { deal: { ...before, notes: 'stale edit' }, create: false }, page),
    ]);
    const stored = (await send('deals.get', { id: 'globex-crm' }, page))!;
    expect(hasJiraLink(stored.links, 'GLX-7')).toBe(true);
    expect(stored.links.gmailThreads).toContain('aaaabbbbccccdddd');
    expect(stored.links.asana).toContain('1209000000000001');
    const save = results[3];
    // The links may land before or after the save; whichever came second
    // must not undo the first.
    if (save.status === 'rejected') {
      expect(save.reason).toMatchObject({ code: 'conflict', message: expect.stringContaining('changed elsewhere, reload') });
      expect(stored.notes).toBe(before.notes);
    } else expect(stored.notes).toBe('stale edit');
    expect(results.slice(0, 3).every((r) => r.status === 'fulfilled')).toBe(true);
  });

  it('refuses a save built on the version before a link, whatever the clock says', async () => {
    const { page, gmail } = setup();
    await send('backup.import', { text: sampleBackupText(), fileName: 's.json' }, page);
    const before = (await send('deals.get', { id: 'globex-crm' }, page))!;
    const linked = await send('link.add', gmailThreadLink('globex-crm', 'aaaabbbbccccdddd'), gmail);
    expect(Date.parse(linked.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    await expect(send('deals.save', { deal: { ...before, notes: 'stale' }, create: false }, page)).rejects.toMatchObject({ code: 'conflict' });
    // Built on the current version, the same edit saves, and the link stays.
    const saved = await send('deals.save', { deal: { ...linked, notes: 'fresh' }, create: false }, page);
    expect(saved).toMatchObject({ notes: 'fresh', links: { gmailThreads: ['aaaabbbbccccdddd'] } });
  });

  it('creating is no conflict; a deal gone when an update was expected is not-found', async () => {
    const db = await openHandoffDb(freshDbName());
    const deal = sampleBackup().deals[1]!;
    await saveDeal(db, deal, NOW, { create: true });
    await expect(saveDeal(db, { ...deal, id: 'gone' }, NOW, { create: false })).rejects.toMatchObject({ code: 'not-found' });
    await expect(updateDeal(db, 'gone', (d) => d, NOW)).rejects.toMatchObject({ code: 'not-found', message: 'No deal with id "gone"' });
    await expect(saveDeal(db, deal, NOW, { create: true })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('refuses a change that makes the deal invalid, and the stored one stays', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 's.json');
    const before = await getDeal(db, 'acme-platform');
    await expect(updateDeal(db, 'acme-platform', (d) => ({ ...d, stage: 'won' }), NOW)).rejects.toMatchObject({ code: 'invalid', message: expect.stringContaining('stage') });
    await expect(updateDeal(db, 'acme-platform', (d) => ({ ...d, id: 'other' }), NOW)).rejects.toMatchObject({ code: 'invalid' });
    expect(await getDeal(db, 'acme-platform')).toEqual(before);
  });

  it('refuses a roster edit built on a person changed, removed or taken elsewhere', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 's.json');
    const dana = (await getPerson(db, 'dana.ruiz@northwind.io'))!;
    await savePerson(db, { ...dana, name: 'Dana R.' }, undefined, dana);
    await expect(savePerson(db, { ...dana, role: 'pm' }, undefined, dana)).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('changed elsewhere, reload') });
    expect(await getPerson(db, dana.email)).toMatchObject({ name: 'Dana R.', role: 'sales' });
    // A new person whose e-mail another tab just added; a rename onto a taken e-mail.
    await expect(savePerson(db, { email: 'sam.lee@northwind.io', name: 'Sam', role: 'pm' }, undefined, null)).rejects.toMatchObject({ code: 'conflict' });
    const sam = (await getPerson(db, 'sam.lee@northwind.io'))!;
    await expect(savePerson(db, { ...sam, email: 'jordan.kim@northwind.io' }, sam.email, sam)).rejects.toMatchObject({ code: 'conflict' });
    await expect(savePerson(db, { ...sam, name: 'x' }, undefined, { ...sam, email: 'nobody@northwind.io' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(savePerson(db, { email: 'new@northwind.io', name: 'New', role: 'pm' }, 'gone@northwind.io', { email: 'gone@northwind.io', name: 'G', role: 'pm' })).rejects.toMatchObject({ code: 'not-found' });
    expect(await savePerson(db, { email: 'new@northwind.io', name: 'New', role: 'pm' }, undefined, null)).toMatchObject({ name: 'New' });
    expect(await getPerson(db, 'jordan.kim@northwind.io')).toMatchObject({ name: 'Jordan Kim' });
  });

  it('refuses a settings form save whose fields changed since it loaded; other settings never conflict', async () => {
    const db = await openHandoffDb(freshDbName());
    const loaded = await getSettings(db);
    await saveSettings(db, { sidebarCollapsed: true });
    await saveSettings(db, { ownEmail: 'sam.lee@northwind.io' }, { ownEmail: loaded.ownEmail });
    await expect(saveSettings(db, { ownEmail: 'x@northwind.io', defaultRemindDays: 3 }, { ownEmail: loaded.ownEmail, defaultRemindDays: loaded.defaultRemindDays })).rejects.toMatchObject({ code: 'conflict' });
    expect(await getSettings(db)).toMatchObject({ ownEmail: 'sam.lee@northwind.io', sidebarCollapsed: true, defaultRemindDays: loaded.defaultRemindDays });
  });

  it('keeps both self-hosted Jira sites added at once', async () => {
    const { page, registerJiraHosts } = setup();
    await Promise.all([send('jira.hosts.add', { origin: 'https://jira.one.example' }, page), send('jira.hosts.add', { origin: 'https://jira.two.example' }, page)]);
    expect((await send('settings.get', {}, page)).jiraHosts.sort()).toEqual(['https://jira.one.example', 'https://jira.two.example']);
    expect(registerJiraHosts.mock.calls.at(-1)![0]).toHaveLength(2);
  });

  it('stamps updatedAt after the version it replaces', () => {
    expect(nextUpdatedAt(NOW, '2026-11-20T00:00:00.000Z')).toBe(NOW.toISOString());
    expect(nextUpdatedAt(NOW, NOW.toISOString())).toBe('2026-11-21T12:00:00.001Z');
    expect(nextUpdatedAt(NOW, '2027-01-01T00:00:00.000Z')).toBe('2027-01-01T00:00:00.001Z');
    expect(nextUpdatedAt(NOW, undefined)).toBe(NOW.toISOString());
  });
});
