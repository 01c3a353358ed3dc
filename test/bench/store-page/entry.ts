// Bundled into a plain Chromium page by store.bench.ts: the store code on
// Chromium's real IndexedDB, without the extension's messaging around it.
import { DealCache } from '@/lib/background/deal-cache';
import { resolveLink, type PageContext } from '@/lib/deal/link';
import { dealsByLink, deleteAllData, importBackupText, listDeals, openHandoffDb } from '@/lib/store';
import { benchBackup } from '../generate';

function contextFor(i: number, n: number): { ctx: PageContext; expected: string } {
  const k = (i * 7919) % n;
  const contexts: PageContext[] = [
    { kind: 'gmail', threadId: null, participants: [`lee@customer${k}.com`, 'dana.ruiz@northwind.io'] },
    { kind: 'jira', site: 'https://acme.atlassian.net', issueKey: `C${k}-12`, projectKey: null },
    { kind: 'asana', taskGid: '1', projectGid: `${1208800000000000 + k}` },
  ];
  return { ctx: contexts[i % 3]!, expected: `deal-${k}` };
}

async function benchStore(n: number, importRuns: number, lookups: number) {
  const db = await openHandoffDb(`bench-${Date.now()}`);
  const text = JSON.stringify(benchBackup(n));
  const importMs: number[] = [];
  for (let run = 0; run < importRuns; run++) {
    await deleteAllData(db);
    const t0 = performance.now();
    const result = await importBackupText(db, text, 'bench.json');
    importMs.push(performance.now() - t0);
    if (!result.ok || result.counts.added !== n) throw new Error(`import failed: ${JSON.stringify(result).slice(0, 300)}`);
  }
  const time = async (lookup: Parameters<typeof resolveLink>[2]) => {
    const out: number[] = [];
    for (let i = 0; i < lookups; i++) {
      const { ctx, expected } = contextFor(i, n);
      const t0 = performance.now();
      const link = await resolveLink(ctx, 'northwind.io', lookup);
      out.push(performance.now() - t0);
      if (link?.deal.id !== expected) throw new Error(`lookup ${i} found ${link?.deal.id}, not ${expected}`);
    }
    return out;
  };
  const coldMs = await time(({ field, key }) => dealsByLink(db, field, key));
  const cache = new DealCache(() => listDeals(db));
  const w0 = performance.now();
  await cache.warm();
  const warmUpMs = performance.now() - w0;
  const warmMs = await time((l) => cache.lookup(l)!);
  db.close();
  return { importMs, coldMs, warmMs, warmUpMs };
}

(globalThis as unknown as { benchStore: typeof benchStore }).benchStore = benchStore;
