/**
 * "3 h ago", "yesterday", "12 Nov": when a request was logged, relative to
 * now. Pure; the caller passes `now`.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12 Nov`, or `12 Nov 2025` outside the current year (local time). */
export function shortDate(date: Date, now: Date): string {
  const day = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return date.getFullYear() === now.getFullYear() ? day : `${day} ${date.getFullYear()}`;
}

export function relativeDate(iso: string, now: Date): string {
  const date = new Date(iso);
  const t = date.getTime();
  if (Number.isNaN(t)) return '';
  const ago = now.getTime() - t;
  // A little clock skew between contexts still reads as "just now".
  if (ago < -MINUTE) return shortDate(date, now);
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${Math.floor(ago / MINUTE)} min ago`;
  if (ago < DAY) return `${Math.floor(ago / HOUR)} h ago`;
  if (ago < 2 * DAY) return 'yesterday';
  if (ago < 7 * DAY) return `${Math.floor(ago / DAY)} days ago`;
  return shortDate(date, now);
}

/** The full date and time, for the tooltip. */
export function fullDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}
