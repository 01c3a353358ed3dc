import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, dealsByLink, getSettings, listDeals, listPeople, listRequests, openHandoffDb, getPerson } from '@/lib/store';
import { DEFAULT_SETTINGS } from '@/lib/model';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup } from '../../support/sample';

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
    for (const d of sample.deals) await tx.objectStore('deals').put(d);
    for (const p of sample.people) await tx.objectStore('people').put(p);
    for (const r of sample.requests) await tx.objectStore('requests').put(r);
    await tx.done;
    v1.close();

    const db = await openHandoffDb(name);
    expect(db.version).toBe(DB_VERSION);
    expect((await listDeals(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(sample.deals);
    expect(await listPeople(db)).toHaveLength(sample.people.length);
    expect(await listRequests(db)).toEqual(sample.requests);
    // The new indexes work on the migrated data.
    expect((await dealsByLink(db, 'domain', 'acme.com')).map((d) => d.id)).toEqual(['acme-platform']);
    expect((await dealsByLink(db, 'jiraIssue', 'OPS-17')).map((d) => d.id)).toEqual(['acme-platform']);
    expect((await dealsByLink(db, 'jiraProject', 'OPS')).map((d) => d.id)).toEqual(['initech-support']);
    expect(await getPerson(db, 'DANA.RUIZ@northwind.io')).toMatchObject({ name: 'Dana Ruiz' });
    expect(await getSettings(db)).toEqual(DEFAULT_SETTINGS);
    db.close();
  });

  it('refuses a database written by a newer version, with a message', async () => {
    const name = freshDbName();
    (await openDB(name, DB_VERSION + 1)).close();
    await expect(openHandoffDb(name)).rejects.toMatchObject({ code: 'blocked' });
  });
});
