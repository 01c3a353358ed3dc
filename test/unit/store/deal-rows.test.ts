import type { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { dealsByLink, deleteDeal, firstDealRows, importBackupText, openHandoffDb, saveDeal } from '@/lib/store';
import { makeBucket } from '@/lib/store/keys';
import { groupByBucket } from '@/lib/store/migrations';
import { sortDeals } from '@/lib/options/deal-list';
import type { Deal } from '@/lib/model';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup } from '../../support/sample';
import { benchDeal } from '../../bench/generate';

/** Names that sort differently by case, accent and length, and a name with a NUL in it. */
function deals(): Deal[] {
  const names = ['émile Rollout', 'Zed', 'alpha', 'Alpha', 'Émile rollout', 'b', 'B\u0000 nul', 'Ålborg', 'Customer 10', 'Customer 9'];
  return names.map((name, i) => ({ ...benchDeal(i), id: `d-${String(i).padStart(2, '0')}`, name }));
}

const backup = (ds: Deal[]) => JSON.stringify({ ...sampleBackup(), people: [], requests: [], deals: ds });

describe('the deals list from the row index (issue 18)', () => {
  it('gives the first rows in the list order, with the counts, without reading a deal', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, backup(deals()), 'rows.json');
    const page = await firstDealRows(db, 4);
    const ordered = sortDeals(deals());
    expect(page.rows.map((r) => r.id)).toEqual(ordered.slice(0, 4).map((d) => d.id));
    expect(page).toMatchObject({ total: 10, matching: 10, unsigned: deals().filter((d) => d.stage === 'prospect' || d.stage === 'negotiation').length });
    expect((await firstDealRows(db, 100)).rows.map((r) => r.id)).toEqual(ordered.map((d) => d.id));
    expect(page.rows[0]).toEqual({
      id: ordered[0]!.id, name: ordered[0]!.name, account: ordered[0]!.account, stage: ordered[0]!.stage,
      owner: ordered[0]!.owner, terms: [{ dueOn: '2027-01-15', text: ordered[0]!.specialTerms[0]!.text }],
    });
    db.close();
  });

  it('follows saves and deletes', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, backup(deals()), 'rows.json');
    const zed = deals().find((d) => d.name === 'Zed')!;
    await saveDeal(db, { ...zed, name: '0 first now', stage: 'closed' }, new Date());
    await deleteDeal(db, 'd-02');
    const page = await firstDealRows(db, 100);
    expect(page.rows[0]).toMatchObject({ id: zed.id, name: '0 first now', stage: 'closed' });
    expect(page.rows.map((r) => r.id)).not.toContain('d-02');
    expect(page.total).toBe(9);
    db.close();
  });

  it('builds the indexes when a version 4 database is upgraded', async () => {
    const name = freshDbName();
    const v4 = await openHandoffDb(name, 4);
    const raw = v4 as unknown as Awaited<ReturnType<typeof openDB>>;
    const tx = raw.transaction('deals', 'readwrite');
    // As version 4 wrote buckets: deals as objects, no rows, no counts.
    for (const [b, ds] of groupByBucket(deals())) {
      const { k } = makeBucket(b, ds);
      await tx.objectStore('deals').put({ b, deals: ds, k });
    }
    await tx.done;
    v4.close();
    const db = await openHandoffDb(name);
    const page = await firstDealRows(db, 100);
    expect(page.rows.map((r) => r.id)).toEqual(sortDeals(deals()).map((d) => d.id));
    expect(page.total).toBe(10);
    // Its link indexes gave way to the link index in parts: lookups still find the deals.
    expect((db as unknown as Awaited<ReturnType<typeof openDB>>).transaction('deals').store.indexNames.contains('by-domain')).toBe(false);
    for (const d of deals()) expect((await dealsByLink(db, 'domain', d.links.domains[0]!)).map((x) => x.id)).toEqual([d.id]);
    expect((await dealsByLink(db, 'asana', deals()[3]!.links.asana[0]!)).map((x) => x.id)).toEqual([deals()[3]!.id]);
    db.close();
  });
});
