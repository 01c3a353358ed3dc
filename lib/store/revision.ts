import { StoreError } from './errors';

/**
 * The `updatedAt` a write stamps: `now`, but always after the version it
 * replaces. Two writes in the same millisecond (or a clock set back) would
 * otherwise leave `updatedAt` where it was, and a save built on the older
 * version could not be told from one built on the newer.
 */
export function nextUpdatedAt(now: Date, previous: string | undefined): string {
  const before = previous === undefined ? NaN : Date.parse(previous);
  return new Date(Number.isNaN(before) ? now.getTime() : Math.max(now.getTime(), before + 1)).toISOString();
}

/** Whether two `updatedAt` values name the same version (the same instant, however written). */
export function sameVersion(a: string, b: string): boolean {
  const [x, y] = [Date.parse(a), Date.parse(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a === b : x === y;
}

/**
 * Whether two stored values say the same, whatever their keys' order:
 * records without a timestamp (people, settings) are compared by content.
 */
export function sameContent(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * A whole-record save built on a version that is no longer the stored one:
 * writing it would silently undo the other change, so it is refused and the
 * page keeps the user's draft.
 */
export function conflict(what: string): StoreError {
  return new StoreError('conflict', `${what} changed elsewhere, reload: your edits were not saved, and the other change was kept.`);
}
