import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { gateJiraSites } from '@/lib/background/jira-trust';
import { createRouter } from '@/lib/messaging/router';
import type { Reply } from '@/lib/messaging';
import { DbHandle } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;
const ACME = 'https://acme.atlassian.net';
const EVIL = 'https://evil.atlassian.net';
const page = { id: OWN, url: `${EXT}/options.html` };
const tab = (url: string, id = 7) => ({ id: OWN, url, tab: { id } });

/** The worker as background.ts wires it: handlers behind the site gate, behind the router; a clock tests move. */
async function worker() {
  const clock = { t: Date.parse('2026-12-01T09:00:00Z') };
  const db = new DbHandle(freshDbName());
  const handlers = createHandlers({
    db,
    announce: async () => {},
    now: () => new Date(clock.t),
    version: 'test',
    openTab: async () => {},
    registerJiraHosts: async () => {},
    hasHostPermission: async () => true,
  });
  const gated = gateJiraSites(handlers, () => handlers['settings.get']({}, { senderKind: 'extension', senderUrl: undefined }));
  const route = createRouter(gated, { ownId: OWN, extensionOrigin: EXT, log: () => {} });
  const send = async (sender: object, type: string, payload: unknown): Promise<Reply> => route({ handoff: 1, type, payload }, sender);
  const data = async (sender: object, type: string, payload: unknown) => {
    const r = await send(sender, type, payload);
    if (!r.ok) throw new Error(`${type}: ${r.error.code} ${r.error.message}`);
    return r.data as Record<string, unknown>;
  };
  return { clock, send, data };
}

const resolve = (site: string, issueKey: string) => ({ context: { kind: 'jira', site, issueKey, projectKey: issueKey.replace(/-\d+$/, '') } });
const dealOf = (r: Record<string, unknown>) => (r.link as { deal: { id: string } } | null)?.deal.id ?? null;

describe('allowed Jira sites (issue 13)', () => {
  it('a site not allowed gets nothing: no link, no badges, no deal list; confirming on the real site shows the deal there only', async () => {
    const w = await worker();
    await w.data(page, 'backup.import', { text: sampleBackupText(), fileName: 's.json' });
    const acmeTab = tab(`${ACME}/browse/OPS-17`, 1);
    const evilTab = tab(`${EVIL}/browse/OPS-17`, 2);

    for (const sender of [acmeTab, evilTab]) {
      expect(dealOf(await w.data(sender, 'link.resolve', resolve(new URL(sender.url).origin, 'OPS-17')))).toBeNull();
      expect(await w.data(sender, 'jira.badges', { issueKeys: ['OPS-17', 'NW-1'] })).toEqual({});
      expect(await w.data(sender, 'jira.site.status', {})).toMatchObject({ allowed: false });
      for (const type of ['deals.list', 'people.list', 'requests.list', 'settings.get']) {
        expect(await w.send(sender, type, {}), type).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }

    expect(await w.data(acmeTab, 'jira.site.allow', {})).toEqual({ site: ACME, bound: 0 });
    expect(dealOf(await w.data(acmeTab, 'link.resolve', resolve(ACME, 'OPS-17')))).toBe('acme-platform');
    expect(Object.keys(await w.data(acmeTab, 'jira.badges', { issueKeys: ['OPS-17', 'NW-1'] })).sort()).toEqual(['NW-1', 'OPS-17']);
    // evil.atlassian.net has the same keys and stays dark.
    expect(dealOf(await w.data(evilTab, 'link.resolve', resolve(EVIL, 'OPS-17')))).toBeNull();
    expect(await w.data(evilTab, 'jira.badges', { issueKeys: ['OPS-17'] })).toEqual({});
    expect(await w.data(page, 'jira.sites.list', {})).toEqual([ACME]);

    // Removed in options: dark again.
    expect(await w.data(page, 'jira.sites.remove', { site: ACME })).toEqual([]);
    expect(dealOf(await w.data(acmeTab, 'link.resolve', resolve(ACME, 'OPS-17')))).toBeNull();
  });

  it('the page cannot name another site: its claims are checked against the sender tab', async () => {
    const w = await worker();
    await w.data(page, 'backup.import', { text: sampleBackupText(), fileName: 's.json' });
    await w.data(tab(`${ACME}/browse/NW-1`), 'jira.site.allow', {});
    const evilTab = tab(`${EVIL}/browse/OPS-17`, 2);
    // evil claims to be acme: refused, never answered as acme.
    expect(await w.send(evilTab, 'link.resolve', resolve(ACME, 'OPS-17'))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await w.send(evilTab, 'jira.badges', { issueKeys: ['OPS-17'], site: ACME })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // A content script can allow only its own tab's origin.
    expect(await w.send(evilTab, 'jira.site.allow', { site: 'https://other.atlassian.net' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await w.send(tab('https://mail.google.com/mail/u/0/#inbox'), 'jira.site.allow', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Nor can an extension page allow a site through this message (options lists and removes only).
    expect(await w.send(page, 'jira.site.allow', { site: EVIL })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await w.data(page, 'jira.sites.list', {})).toEqual([ACME]);
    // link.add from a page binds to the page's own site, whatever it names.
    expect(await w.send(tab(`${ACME}/browse/ZZ-1`), 'link.add', { dealId: 'globex-crm', kind: 'jira', value: 'ZZ', site: EVIL })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const linked = await w.data(tab(`${ACME}/browse/ZZ-1`), 'link.add', { dealId: 'globex-crm', kind: 'jira', value: 'zz' });
    expect((linked.links as { jira: unknown[] }).jira).toContainEqual({ site: ACME, key: 'ZZ' });
  });

  it('jira.badges: more than 500 keys are refused; more than a burst of 8 a tab gets rate-limited, refilled at 4 a second', async () => {
    const w = await worker();
    await w.data(page, 'backup.import', { text: sampleBackupText(), fileName: 's.json' });
    const t1 = tab(`${ACME}/jira/software/c/projects/NW/boards/1`, 1);
    await w.data(t1, 'jira.site.allow', {});
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `NW-${i + 1}`);
    expect(Object.keys(await w.data(t1, 'jira.badges', { issueKeys: keys(500) }))).toHaveLength(500);
    expect(await w.send(t1, 'jira.badges', { issueKeys: keys(501) })).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    for (let i = 1; i < 8; i++) expect((await w.send(t1, 'jira.badges', { issueKeys: ['NW-1'] })).ok).toBe(true);
    expect(await w.send(t1, 'jira.badges', { issueKeys: ['NW-1'] })).toMatchObject({ ok: false, error: { code: 'rate-limited' } });
    // Another tab has its own bucket.
    expect((await w.send(tab(`${ACME}/browse/NW-1`, 2), 'jira.badges', { issueKeys: ['NW-1'] })).ok).toBe(true);
    w.clock.t += 250;
    expect((await w.send(t1, 'jira.badges', { issueKeys: ['NW-1'] })).ok).toBe(true);
    expect((await w.send(t1, 'jira.badges', { issueKeys: ['NW-1'] })).ok).toBe(false);
  });

  it('a version 1 backup: its keys are unbound (the import says so), match no site, and bind where the user confirms a page of that key', async () => {
    const w = await worker();
    const v1 = { ...sampleBackup(), version: 1, deals: sampleBackup().deals.map((d) => ({ ...d, links: { ...d.links, jira: d.links.jira.map((l) => l.key) } })) };
    const result = await w.data(page, 'backup.import', { text: JSON.stringify(v1), fileName: 'old.json' });
    expect(result.notes).toEqual(['3 Jira links have no site yet: each binds to the Jira site where you first confirm Handoff on a page of its key (or set its site in the deal editor).']);
    const opsTab = tab(`${ACME}/browse/OPS-17`, 1);
    expect(await w.data(opsTab, 'jira.site.allow', {})).toEqual({ site: ACME, bound: 2 }); // OPS-17 (Acme) and OPS (Initech)
    expect(dealOf(await w.data(opsTab, 'link.resolve', resolve(ACME, 'OPS-17')))).toBe('acme-platform');
    // NW was not on that page: still unbound, so an NW page offers the confirm again...
    const nwTab = tab(`${ACME}/browse/NW-3`, 2);
    expect(dealOf(await w.data(nwTab, 'link.resolve', resolve(ACME, 'NW-3')))).toBeNull();
    expect(await w.data(nwTab, 'jira.site.status', {})).toEqual({ site: ACME, allowed: true, bindable: true });
    expect(await w.data(nwTab, 'jira.site.allow', {})).toEqual({ site: ACME, bound: 1 });
    expect(dealOf(await w.data(nwTab, 'link.resolve', resolve(ACME, 'NW-3')))).toBe('acme-platform');
    // ...and nothing bound to acme ever shows on evil.
    const evilTab = tab(`${EVIL}/browse/NW-3`, 3);
    expect(await w.data(evilTab, 'jira.site.allow', {})).toEqual({ site: EVIL, bound: 0 });
    expect(dealOf(await w.data(evilTab, 'link.resolve', resolve(EVIL, 'NW-3')))).toBeNull();
    // Export writes version 2 with the sites.
    const exported = await w.data(page, 'backup.export', {});
    expect(exported.version).toBe(2);
    expect((exported.deals as Array<{ id: string; links: { jira: unknown[] } }>).find((d) => d.id === 'acme-platform')!.links.jira).toEqual([
      { site: ACME, key: 'NW' },
      { site: ACME, key: 'OPS-17' },
    ]);
  });
});
