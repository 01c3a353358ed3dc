import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DEFAULT_SETTINGS, normalizeEmail, upgradeJiraLinks, type Deal, type Person, type SalesRequest } from '@/lib/model';
import { BucketWrites } from './bucket-writes';
import { bucketOf, dealsOf, makeBucket, wrapRequest } from './keys';
import type { HandoffDB } from './schema';

type UpgradeTx = IDBPTransaction<HandoffDB, StoreNames<HandoffDB>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<HandoffDB>, tx: UpgradeTx) => Promise<void>;

// The untyped view of a store, for layouts older than the current schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- old layouts have no schema type
type AnyDb = IDBPDatabase<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- old layouts have no schema type
type AnyTx = IDBPTransaction<any, string[], 'versionchange'>;

/**
 * MIGRATIONS[n] takes the database from version n to n + 1. Only IndexedDB
 * requests may be awaited inside: anything else lets the upgrade
 * transaction auto-commit half way.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // v0 → v1: the first layout, model objects stored as they are.
  0: async (db) => {
    const raw = db as unknown as AnyDb;
    raw.createObjectStore('deals', { keyPath: 'id' });
    raw.createObjectStore('people', { keyPath: 'email' });
    raw.createObjectStore('requests', { keyPath: 'id' });
  },
  // v1 → v2: deals into buckets (schema.ts says why), records wrapped with
  // normalised index keys, the link and request indexes, the settings and
  // flags stores.
  1: async (db, tx) => {
    const raw = db as unknown as AnyDb;
    const rawTx = tx as unknown as AnyTx;
    // Bucketed with today's keys, which want Jira links with a site (step 2).
    const deals = ((await rawTx.objectStore('deals').getAll()) as Deal[]).map(upgradeJiraLinks);
    const people = (await rawTx.objectStore('people').getAll()) as Person[];
    const requests = (await rawTx.objectStore('requests').getAll()) as SalesRequest[];
    raw.deleteObjectStore('deals');
    raw.deleteObjectStore('people');
    raw.deleteObjectStore('requests');

    // Typed as version 2 made it: its link indexes are gone since version 5.
    const dealStore = raw.createObjectStore('deals', { keyPath: 'b' });
    dealStore.createIndex('by-domain', 'k.domain', { multiEntry: true });
    dealStore.createIndex('by-gmail-thread', 'k.gmailThread', { multiEntry: true });
    dealStore.createIndex('by-jira-project', 'k.jiraProject', { multiEntry: true });
    dealStore.createIndex('by-jira-issue', 'k.jiraIssue', { multiEntry: true });
    dealStore.createIndex('by-asana', 'k.asana', { multiEntry: true });
    const peopleStore = db.createObjectStore('people', { keyPath: 'key' });
    const requestStore = db.createObjectStore('requests', { keyPath: 'id' });
    requestStore.createIndex('by-logged-at', 'k.loggedAt');
    requestStore.createIndex('by-deal', 'k.dealId');
    requestStore.createIndex('by-sender', 'k.sender');
    requestStore.createIndex('by-status', 'k.status');
    const settingsStore = db.createObjectStore('settings');
    const flagStore = db.createObjectStore('flags', { keyPath: 'messageId' });
    flagStore.createIndex('by-thread', 'threadId');
    flagStore.createIndex('by-status', 'status');

    await Promise.all([
      ...groupByBucket(deals).map(([b, ds]) => dealStore.put(makeBucket(b, ds))),
      ...people.map((p) => peopleStore.put({ key: normalizeEmail(p.email), person: p })),
      ...requests.map((r) => requestStore.put(wrapRequest(r))),
      settingsStore.put(DEFAULT_SETTINGS, 'settings'),
    ]);
  },
  // v2 → v3: a Jira link names its site (issue 13). Stored bare keys become
  // unbound links `{ site: null, key }` (lib/model/BACKUP-FORMAT.md), every
  // other field kept; bucket keys are recomputed (`site KEY`) and unbound
  // keys get their own index, used only to bind them.
  2: async (_db, tx) => {
    const rawTx = tx as unknown as AnyTx;
    const store = rawTx.objectStore('deals');
    store.createIndex('by-jira-unbound', 'k.jiraUnbound', { multiEntry: true });
    const buckets = (await store.getAll()) as OldBucket[];
    await Promise.all(buckets.map((bucket) => store.put(makeBucket(bucket.b, oldDeals(bucket).map(upgradeJiraLinks)))));
  },
  // v3 → v4: the CRM write-back outbox (issue 16); nothing else changes.
  3: async (db) => {
    const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
    outbox.createIndex('by-status', 'status');
    outbox.createIndex('by-ref', 'refId');
  },
  // v4 → v5 (issue 18): the deals list reads rows from an index and counts
  // from each bucket's own (lib/store/deal-rows.ts); the six link indexes
  // give way to the link index in parts (link-index.ts says why). Every
  // bucket is written again, its deals as text.
  4: async (db, tx) => {
    const rawTx = tx as unknown as AnyTx;
    const store = rawTx.objectStore('deals');
    for (const name of ['by-domain', 'by-gmail-thread', 'by-jira-project', 'by-jira-issue', 'by-jira-unbound', 'by-asana']) {
      if (store.indexNames.contains(name)) store.deleteIndex(name);
    }
    store.createIndex('by-row', 'r', { multiEntry: true });
    const stats = db.createObjectStore('dealStats', { keyPath: 'b' });
    const linkStore = db.createObjectStore('links', { keyPath: 'p' });
    const buckets = (await store.getAll()) as OldBucket[];
    // The link index starts empty: every bucket's keys are new to it.
    const writes = new BucketWrites({ deals: store, stats, links: linkStore });
    for (const bucket of buckets) writes.write(bucket.b, oldDeals(bucket), undefined);
    await writes.flush();
  },
};

/** A bucket as versions 2-4 stored it (deals as objects), or as an earlier step of this upgrade wrote it. */
type OldBucket = { b: number; deals: Deal[] } | { b: number; d: string };
const oldDeals = (bucket: OldBucket): Deal[] => ('deals' in bucket ? bucket.deals : dealsOf(bucket));

export async function runMigrations(
  db: IDBPDatabase<HandoffDB>,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from database version ${v}`);
    await step(db, tx);
  }
}

export function groupByBucket(deals: Deal[]): Array<[number, Deal[]]> {
  const buckets = new Map<number, Deal[]>();
  for (const deal of deals) {
    const b = bucketOf(deal.id);
    const list = buckets.get(b);
    if (list) list.push(deal);
    else buckets.set(b, [deal]);
  }
  return [...buckets];
}
