/**
 * Calendar days (`YYYY-MM-DD`, lib/model/BACKUP-FORMAT.md "Dates"). A day has no time
 * zone, so days are counted as UTC midnights: no daylight-saving hour ever
 * turns 1 day into 0.96 or 1.04. "Today" is always passed in by the caller.
 */

/** One calendar day in milliseconds, for day numbers counted as UTC midnights. */
export const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a count of days since 1970-01-01, or null when it is not a real `YYYY-MM-DD` day. */
export function dayNumber(day: string): number | null {
  const m = DAY_RE.exec(day);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const date = Number(m[3]);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as they are.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, date);
  const ms = back.getTime();
  // Rejects 2026-02-30, month 13 and the like, which Date.UTC rolls over.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return null;
  return Math.round(ms / DAY_MS);
}

export function isDay(value: string): boolean {
  return dayNumber(value) !== null;
}

function mustDay(day: string, what: string): number {
  const n = dayNumber(day);
  if (n === null) throw new RangeError(`${what} must be a date YYYY-MM-DD, got ${JSON.stringify(day)}`);
  return n;
}

/** Calendar days from `fromDay` to `toDay`: positive when `toDay` is later. Throws a RangeError on a malformed day. */
export function daysBetween(fromDay: string, toDay: string): number {
  return mustDay(toDay, 'toDay') - mustDay(fromDay, 'fromDay');
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return dayOfNumber(mustDay(day, 'day') + days);
}

/** The `YYYY-MM-DD` day of a day number (the inverse of `dayNumber`). */
export function dayOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** The local calendar day of an instant, for callers that hold a clock (the view never reads one). */
export function localDay(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${String(y).padStart(4, '0')}-${m}-${d}`;
}
