import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { bindUnboundJira, DB_VERSION, dealsByLink, getSettings, listDeals, listPeople, listRequests, openHandoffDb, getPerson } from '@/lib/store';
import { bucketOf } from '@/lib/store/keys';
import { DEFAULT_SETTINGS, type Deal } from '@/lib/model';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup } from '../../support/sample';

const ACME = 'https://acme.atlassian.net';

/** The sample's deals as releases before issue 13 stored them: Jira links as bare keys, plus fields Handoff does not know. */
function oldDeals(): Array<Record<string, unknown>> {
  return sampleBackup().deals.map((d) => ({
    ...d,
    x_crm: { owner: 'kept' },
    links: { ...d.links, jira: d.links.jira.map((l) => l.key), x_slack: ['C01'] },
  }));
}

/** What migration must give back: the same deals, their keys unbound links, nothing else changed. */
function expectedDeals(): Deal[] {
  return (oldDeals() as unknown as Array<Deal & { links: { jira: unknown[] } }>).map((d) => ({
    ...d,
    links: { ...d.links, jira: (d.links.jira as string[]).map((key) => ({ site: null, key })) },
  })).sort((a, b) => a.id.localeCompare(b.id));
}

const ISSUE = /^[A-Z][A-Z0-9]+-\d+$/;

describe('database migrations', () => {
  it('upgrades a version 1 database with data and loses nothing', async () => {
    const name = freshDbName();
    const sample = sampleBackup();
    // Version 1 as the first release wrote it: model objects as they are.
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('deals', { keyPath: 'id' });
        db.createObjectStore('people', { keyPath: 'email' });
        db.createObjectStore('requests', { keyPath: 'id' });
      },
    });
    const tx = v1.transaction(['deals', 'people', 'requests'], 'readwrite');
    for (const d of oldDeals()) await tx.objectStore('deals').put(d);
    for (const p of sample.people) await tx.objectStore('people').put(p);
    for (const r of sample.requests) await tx.objectStore('requests').put(r);
    await tx.done;
    v1.close();

    const db = await openHandoffDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await listDeals(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expectedDeals());
    expect(await listPeople(db)).toHaveLength(sample.people.length);
    expect(await listRequests(db)).toEqual(sample.requests);
    expect((await dealsByLink(db, 'domain', 'acme.com')).map((d) => d.id)).toEqual(['acme-platform']);
    expect(await getPerson(db, 'DANA.RUIZ@northwind.io')).toMatchObject({ name: 'Dana Ruiz' });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });

  it('upgrades a version 2 database: bare Jira keys become unbound links, every other field kept, and they bind on confirm', async () => {
    const name = freshDbName();
    // Version 2 exactly as its code wrote it: buckets keyed by bare Jira keys.
    const v2 = await openDB(name, 2, {
      upgrade(db) {
        const deals = db.createObjectStore('deals', { keyPath: 'b' });
        deals.createIndex('by-domain', 'k.domain', { multiEntry: true });
        deals.createIndex('by-gmail-thread', 'k.gmailThread', { multiEntry: true });
        deals.createIndex('by-jira-project', 'k.jiraProject', { multiEntry: true });
        deals.createIndex('by-jira-issue', 'k.jiraIssue', { multiEntry: true });
        deals.createIndex('by-asana', 'k.asana', { multiEntry: true });
        db.createObjectStore('people', { keyPath: 'key' });
        const requests = db.createObjectStore('requests', { keyPath: 'id' });
        requests.createIndex('by-logged-at', 'k.loggedAt');
        requests.createIndex('by-deal', 'k.dealId');
        requests.createIndex('by-sender', 'k.sender');
        requests.createIndex('by-status', 'k.status');
        db.createObjectStore('settings');
        db.createObjectStore('flags', { keyPath: 'messageId' });
      },
    });
    const tx = v2.transaction(['deals', 'settings'], 'readwrite');
    for (const d of oldDeals()) {
      const links = d.links as { domains: string[]; gmailThreads: string[]; jira: string[]; asana: string[] };
      await tx.objectStore('deals').put({
        b: bucketOf(d.id as string),
        deals: [d],
        k: {
          domain: links.domains,
          gmailThread: links.gmailThreads,
          jiraProject: links.jira.filter((k) => !ISSUE.test(k)),
          jiraIssue: links.jira.filter((k) => ISSUE.test(k)),
          asana: links.asana,
        },
      });
    }
    const oldSettings = { ...DEFAULT_SETTINGS, ownEmail: 'pm@northwind.io' } as Record<string, unknown>;
    delete oldSettings.jiraSites;
    await tx.objectStore('settings').put(oldSettings, 'settings');
    await tx.done;
    v2.close();

    const db = await openHandoffDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await listDeals(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(expectedDeals());
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, ownEmail: 'pm@northwind.io' });
    // An unbound key matches no site...
    expect(await dealsByLink(db, 'jiraIssue', `${ACME} OPS-17`)).toEqual([]);
    expect((await dealsByLink(db, 'jiraUnbound', 'OPS-17')).map((d) => d.id)).toEqual(['acme-platform']);
    // ...until the user confirms a site on a page of that key.
    const bound = await bindUnboundJira(db, ACME, ['OPS-17', 'OPS'], new Date('2026-12-01T00:00:00Z'));
    expect(bound.map((d) => d.id).sort()).toEqual(['acme-platform', 'initech-support']);
    expect((await dealsByLink(db, 'jiraIssue', `${ACME} OPS-17`)).map((d) => d.id)).toEqual(['acme-platform']);
    expect((await dealsByLink(db, 'jiraProject', `${ACME} OPS`)).map((d) => d.id)).toEqual(['initech-support']);
    const acme = (await listDeals(db)).find((d) => d.id === 'acme-platform')!;
    // NW was not on that page: it stays unbound. Unknown fields survive the bind.
    expect(acme.links.jira).toEqual([{ site: null, key: 'NW' }, { site: ACME, key: 'OPS-17' }]);
    expect(acme).toMatchObject({ x_crm: { owner: 'kept' }, links: { x_slack: ['C01'] } });
    db.close();
  });

  it('refuses a database written by a newer version, with a message', async () => {
    const name = freshDbName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(openHandoffDb(name)).rejects.toMatchObject({ code: 'blocked' });
  });
});
