import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportBackup, getDeal, importBackupText, listDeals, listPeople, listRequests, openHandoffDb, saveDeal } from '@/lib/store';
import type { Backup } from '@/lib/model';
import { backupDataArb, freshDbName } from '../../support/arbitraries';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const byKey = <T>(xs: T[], key: (x: T) => string) => [...xs].sort((a, b) => key(a).localeCompare(key(b)));
const normalise = (b: Pick<Backup, 'deals' | 'people' | 'requests'>) => ({
  deals: byKey(b.deals, (d) => d.id),
  people: byKey(b.people, (p) => p.email.toLowerCase()),
  requests: byKey(b.requests, (r) => r.id),
});

describe('import and export', () => {
  it('importing an export gives back the same data (property)', async () => {
    await fc.assert(
      fc.asyncProperty(backupDataArb, async (data) => {
        const db = await openHandoffDb(freshDbName());
        const file: Backup = { format: 'handoff-backup', version: 2, exportedAt: '2026-11-21T10:00:00.000Z', ...data };
        const first = await importBackupText(db, JSON.stringify(file), 'gen.json');
        expect(first).toMatchObject({ ok: true, counts: { added: data.deals.length + data.people.length + data.requests.length, updated: 0, skipped: 0, rejected: 0 } });
        const exported = await exportBackup(db, new Date());
        expect(normalise(exported)).toEqual(normalise(data));

        const db2 = await openHandoffDb(freshDbName());
        await importBackupText(db2, JSON.stringify(exported), 'exported.json');
        expect(normalise(await exportBackup(db2, new Date()))).toEqual(normalise(data));
        db.close();
        db2.close();
      }),
      { numRuns: 40 },
    );
  });

  it('replaces a deal only when the imported one is newer, and counts', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 'sample.json');
    const b = sampleBackup();
    b.deals[0] = { ...b.deals[0]!, name: 'Newer name', updatedAt: '2026-11-21T00:00:00.000Z' };
    b.deals[1] = { ...b.deals[1]!, name: 'Older name', updatedAt: '2020-01-01T00:00:00.000Z' };
    b.deals.push({ ...b.deals[2]!, id: 'brand-new' });
    const r = await importBackupText(db, JSON.stringify(b), 'again.json');
    // 1 new deal; 1 newer deal; 2 older-or-equal deals + 5 people + 1 request already there.
    expect(r).toEqual({ ok: true, counts: { added: 1, updated: 1, skipped: 8, rejected: 0 } });
    expect((await getDeal(db, 'acme-platform'))!.name).toBe('Newer name');
    expect((await getDeal(db, 'globex-crm'))!.name).toBe('Globex CRM migration');
  });

  it('writes nothing from a file with one invalid record, and names it', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 'sample.json');
    const before = await exportBackup(db, new Date(0));
    const b = sampleBackup() as unknown as { deals: Record<string, unknown>[]; requests: Record<string, unknown>[] };
    b.deals[0]!.name = 'Changed';
    b.deals[0]!.updatedAt = '2030-01-01T00:00:00.000Z';
    b.requests[0]!.status = 'maybe';
    const r = await importBackupText(db, JSON.stringify(b), 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('bad.json: requests[0] (id "r1"), field "status"');
      expect(r.error).toContain('Nothing was imported');
      expect(r.counts).toEqual({ added: 0, updated: 0, skipped: 0, rejected: 1 });
    }
    expect(await exportBackup(db, new Date(0))).toEqual(before);
  });

  it('keeps the stored deal when an edit is invalid', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 'sample.json');
    const deal = (await getDeal(db, 'acme-platform'))!;
    await expect(saveDeal(db, { ...deal, value: { amount: -5, currency: 'USD' } }, new Date())).rejects.toMatchObject({
      code: 'invalid',
      details: [{ field: 'value.amount' }],
    });
    expect(await getDeal(db, 'acme-platform')).toEqual(deal);
  });

  it('lists what it imported', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 'sample.json');
    expect((await listDeals(db)).map((d) => d.id).sort()).toEqual(['acme-platform', 'globex-crm', 'initech-support']);
    expect(await listPeople(db)).toHaveLength(5);
    expect((await listRequests(db, { dealId: 'acme-platform' }))[0]!.summary).toContain('SOW');
  });
});
