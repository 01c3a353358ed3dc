import type { DealKeys } from './schema';

/**
 * Which buckets hold a deal with a given link key (a domain, a thread, a
 * Jira key, an Asana gid): the index every cold lookup reads (issue 18).
 *
 * It is kept as LINK_PARTS records of JSON text, a link key's entry in the
 * part its hash names, not as IndexedDB index entries: Chromium writes an
 * index entry at ~5 µs, and six multiEntry indexes over the 40,000 link keys
 * of 10,000 deals were ~210 ms of an import's commit and ~80 ms of its puts
 * (test/bench/store-page, 2026-12-05), where 256 records of text take a few
 * milliseconds. A lookup reads one part and the buckets it names.
 *
 * The parts are derived data, written in the same transaction as the
 * buckets they describe (`LinkIndexChanges`), so they never disagree with
 * the deals a lookup then filters.
 */
export const LINK_PARTS = 256;

/** One part: `t` is the JSON of `{ [linkKey]: bucket numbers }`. */
export interface LinkPart {
  p: number;
  t: string;
}

type Entries = Record<string, number[]>;

/**
 * A part's entry name for a deal key: the field, NUL, the key. The field
 * names are stored, so they are part of the schema. Such a name is never
 * `__proto__` (it holds a NUL), so a plain object can hold the entries.
 */
export const linkEntry = (field: keyof DealKeys, key: string): string => `${field}\u0000${key}`;

/** The part an entry lives in: FNV-1a of its name. */
export function partOf(entry: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < entry.length; i++) h = Math.imul(h ^ entry.charCodeAt(i), 0x01000193);
  return (h >>> 0) % LINK_PARTS;
}

function entriesOf(keys: DealKeys | undefined): Set<string> {
  const out = new Set<string>();
  if (!keys) return out;
  for (const field of Object.keys(keys) as Array<keyof DealKeys>) for (const key of keys[field]) out.add(linkEntry(field, key));
  return out;
}

/** The entries of a stored part (none when it is missing). */
export function readPart(part: LinkPart | undefined): Entries {
  return part ? (JSON.parse(part.t) as Entries) : {};
}

export interface PartStore {
  get(p: number): Promise<LinkPart | undefined>;
  put(part: LinkPart): unknown;
  delete(p: number): unknown;
}

/**
 * The link-index side of one transaction's bucket writes: each bucket's
 * keys before and after, applied to the parts together by `flush`, which
 * must be called (and awaited) inside that transaction.
 */
export class LinkIndexChanges {
  /** Per part: [entry, bucket, added?]. */
  private byPart = new Map<number, Array<[string, number, boolean]>>();

  /** Bucket `b` had the keys `before` (undefined: it did not exist) and has `after` (undefined: deleted). */
  bucket(b: number, before: DealKeys | undefined, after: DealKeys | undefined): void {
    const old = entriesOf(before);
    const now = entriesOf(after);
    for (const entry of old) if (!now.has(entry)) this.note(entry, b, false);
    for (const entry of now) if (!old.has(entry)) this.note(entry, b, true);
  }

  private note(entry: string, b: number, added: boolean): void {
    const p = partOf(entry);
    const list = this.byPart.get(p);
    if (list) list.push([entry, b, added]);
    else this.byPart.set(p, [[entry, b, added]]);
  }

  /** Reads the parts the changes touch, all at once, and writes each back changed (or deletes it once empty). */
  async flush(store: PartStore): Promise<void> {
    const changes = [...this.byPart];
    this.byPart.clear();
    await Promise.all(
      changes.map(async ([p, list]) => {
        const entries = readPart(await store.get(p));
        for (const [entry, b, added] of list) {
          const buckets = entries[entry] ?? [];
          const at = buckets.indexOf(b);
          if (added && at < 0) buckets.push(b);
          else if (!added && at >= 0) buckets.splice(at, 1);
          if (buckets.length) entries[entry] = buckets;
          else delete entries[entry];
        }
        const t = JSON.stringify(entries);
        await (t === '{}' ? store.delete(p) : store.put({ p, t }));
      }),
    );
  }
}
