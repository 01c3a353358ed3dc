import { describeProblem, makeBackup, normalizeEmail, parseBackupText, type Backup, type BackupProblem } from '@/lib/model';
import type { HandoffDb } from './db';
import { toStoreError } from './errors';
import { wrapDeal, wrapRequest } from './keys';

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
  rejected: number;
}

export type ImportResult =
  | { ok: true; counts: ImportCounts }
  | { ok: false; counts: ImportCounts; error: string; problems: Array<BackupProblem & { text: string }> };

const ZERO: ImportCounts = { added: 0, updated: 0, skipped: 0, rejected: 0 };
/** A file with thousands of bad records still gives a readable error. */
const MAX_PROBLEMS_REPORTED = 50;

/**
 * Imports a backup file's text. The file is checked whole first: any bad
 * record rejects it and nothing is written. A valid file is written in one
 * transaction (all or nothing). Deals replace a stored deal only when their
 * `updatedAt` is newer; people and requests, which carry no timestamp,
 * never overwrite what the user has (they count as skipped).
 */
export async function importBackupText(db: HandoffDb, text: string, fileName: string): Promise<ImportResult> {
  const parsed = parseBackupText(text);
  if (!parsed.ok) {
    const problems = parsed.problems.slice(0, MAX_PROBLEMS_REPORTED).map((p) => ({ ...p, text: describeProblem(fileName, p) }));
    const more = parsed.problems.length - problems.length;
    return {
      ok: false,
      counts: { ...ZERO, rejected: parsed.rejected },
      error: `${problems[0]!.text}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more problem${parsed.problems.length > 2 ? 's' : ''}${more > 0 ? `, ${MAX_PROBLEMS_REPORTED} listed` : ''})` : ''}. Nothing was imported.`,
      problems,
    };
  }
  try {
    return { ok: true, counts: await writeBackup(db, parsed.backup) };
  } catch (e) {
    const err = toStoreError(e);
    return { ok: false, counts: { ...ZERO }, error: `${fileName}: ${err.message}`, problems: [] };
  }
}

async function writeBackup(db: HandoffDb, backup: Backup): Promise<ImportCounts> {
  const counts = { ...ZERO };
  const tx = db.transaction(['deals', 'people', 'requests'], 'readwrite');
  const deals = tx.objectStore('deals');
  const people = tx.objectStore('people');
  const requests = tx.objectStore('requests');
  // Every request is issued at once and awaited together: the transaction
  // stays busy (no auto-commit) and 10,000 records do not wait in series.
  const ops: Promise<unknown>[] = [];
  for (const deal of backup.deals) {
    ops.push(
      deals.get(deal.id).then((old) => {
        if (!old) {
          counts.added++;
          return deals.put(wrapDeal(deal));
        }
        if (Date.parse(deal.updatedAt) > Date.parse(old.deal.updatedAt)) {
          counts.updated++;
          return deals.put(wrapDeal(deal));
        }
        counts.skipped++;
        return undefined;
      }),
    );
  }
  for (const person of backup.people) {
    const key = normalizeEmail(person.email);
    ops.push(
      people.getKey(key).then((old) => {
        if (old !== undefined) return void counts.skipped++;
        counts.added++;
        return people.put({ key, person });
      }),
    );
  }
  for (const request of backup.requests) {
    ops.push(
      requests.getKey(request.id).then((old) => {
        if (old !== undefined) return void counts.skipped++;
        counts.added++;
        return requests.put(wrapRequest(request));
      }),
    );
  }
  await Promise.all([...ops, tx.done]);
  return counts;
}

export async function exportBackup(db: HandoffDb, now: Date): Promise<Backup> {
  const tx = db.transaction(['deals', 'people', 'requests']);
  const [deals, people, requests] = await Promise.all([
    tx.objectStore('deals').getAll(),
    tx.objectStore('people').getAll(),
    tx.objectStore('requests').getAll(),
  ]);
  return makeBackup(
    { people: people.map((p) => p.person), deals: deals.map((d) => d.deal), requests: requests.map((r) => r.request) },
    now,
  );
}

export async function deleteAllData(db: HandoffDb): Promise<void> {
  try {
    const tx = db.transaction(['deals', 'people', 'requests', 'settings'], 'readwrite');
    await Promise.all([
      tx.objectStore('deals').clear(),
      tx.objectStore('people').clear(),
      tx.objectStore('requests').clear(),
      tx.objectStore('settings').clear(),
      tx.done,
    ]);
  } catch (e) {
    throw toStoreError(e);
  }
}
