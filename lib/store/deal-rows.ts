import { isUnsigned, type DealStageName } from '@/lib/model/constants';
import type { Deal } from '@/lib/model';
import type { HandoffDb } from './db';

/**
 * What the options page's deals list shows of a deal (issue 18): a row, so
 * that the list never needs the deals themselves. Long texts are clipped:
 * a row lives inside an index key.
 */
export interface DealRow {
  id: string;
  name: string;
  account: string;
  stage: DealStageName;
  owner: { name: string; email: string } | null;
  /** Dated special terms: due day and text (the list shows the next one and counts those past due). */
  terms: Array<{ dueOn: string; text: string }>;
}

export interface DealPage {
  rows: DealRow[];
  /** Deals stored, unsigned among them, and matching the filter. */
  total: number;
  unsigned: number;
  matching: number;
}

const ROW_CHARS = 300;
const clip = (s: string) => (s.length > ROW_CHARS ? s.slice(0, ROW_CHARS) : s);

export function rowOf(deal: Deal): DealRow {
  return {
    id: deal.id,
    name: clip(deal.name),
    account: clip(deal.account),
    stage: deal.stage,
    owner: deal.owner ? { name: clip(deal.owner.name), email: clip(deal.owner.email) } : null,
    terms: deal.specialTerms.filter((t) => t.dueOn !== null).map((t) => ({ dueOn: t.dueOn!, text: clip(t.text) })),
  };
}

/**
 * The list's order: by name with case and accents folded, then by id. One
 * comparison for the index and for memory: the index compares code points,
 * so the fold is done here, not by a locale.
 */
export function sortName(name: string): string {
  return name.slice(0, ROW_CHARS).normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[\u0000-\u001f]/g, ' ').toLowerCase();
}

/**
 * The `by-row` index key of a deal: sort name, NUL, id, NUL, the row as a
 * JSON array (positions, not names: every byte is written in the index).
 * A cursor over the index's keys reads rows in list order without reading
 * one deal. The JSON is what follows the last NUL (JSON writes NUL as an
 * escape).
 */
export function rowKey(deal: Deal): string {
  const r = rowOf(deal);
  const packed = [r.id, r.name, r.account, r.stage, r.owner?.name ?? null, r.owner?.email ?? null, r.terms.flatMap((t) => [t.dueOn, t.text])];
  return `${sortName(deal.name)}\u0000${deal.id}\u0000${JSON.stringify(packed)}`;
}

export function rowFromKey(key: string): DealRow {
  const [id, name, account, stage, ownerName, ownerEmail, terms] = JSON.parse(key.slice(key.lastIndexOf('\u0000') + 1)) as [
    string, string, string, DealStageName, string | null, string | null, string[],
  ];
  const out: DealRow['terms'] = [];
  for (let i = 0; i + 1 < terms.length; i += 2) out.push({ dueOn: terms[i]!, text: terms[i + 1]! });
  return { id, name, account, stage, owner: ownerName === null || ownerEmail === null ? null : { name: ownerName, email: ownerEmail }, terms: out };
}

/** Orders rows as the index does: sort name, then id (code unit order). */
export function compareRows(a: DealRow, b: DealRow): number {
  const [x, y] = [sortName(a.name), sortName(b.name)];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The first `limit` rows of the list, and the counts, without reading one
 * deal: what the options page shows first, whatever the number of deals (a
 * key cursor over the row index stops after `limit` steps; the counts are
 * the sum of the 256 buckets' own).
 */
export async function firstDealRows(db: HandoffDb, limit: number): Promise<DealPage> {
  const tx = db.transaction(['deals', 'dealStats']);
  const counting = tx.objectStore('dealStats').getAll();
  const out: DealRow[] = [];
  const rows = tx.objectStore('deals').index('by-row');
  for (let cursor = await rows.openKeyCursor(); cursor && out.length < limit; cursor = await cursor.continue()) out.push(rowFromKey(cursor.key));
  let total = 0;
  let unsigned = 0;
  for (const s of await counting) {
    total += s.total;
    unsigned += s.unsigned;
  }
  return { rows: out, total, unsigned, matching: total };
}

/** The same from rows in memory (the worker's cache), filtered by `matches`. */
export function pageOf(sorted: readonly DealRow[], matches: (row: DealRow) => boolean, limit: number): DealPage {
  const rows: DealRow[] = [];
  let matching = 0;
  let unsigned = 0;
  for (const row of sorted) {
    if (isUnsigned(row.stage)) unsigned++;
    if (!matches(row)) continue;
    matching++;
    if (rows.length < limit) rows.push(row);
  }
  return { rows, total: sorted.length, unsigned, matching };
}
