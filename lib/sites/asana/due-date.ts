import { addDays } from '@/lib/dates';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A task's due date as Asana shows it, as a calendar day: "Today",
 * "Tomorrow", "Yesterday", a weekday within the coming week ("Friday"),
 * "Dec 20" (this year: Asana leaves the year out then), "Jan 20, 2027",
 * or a range "Dec 1 – 20" / "Nov 28 – Dec 3" (the due date is its end).
 * Null when the text is none of these.
 */
export function parseAsanaDueDate(text: string, today: string): string | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!t) return null;
  const range = t.split(/\s[–—-]\s/);
  if (range.length === 2) {
    const start = range[0]!;
    const end = /^\d{1,2}(, \d{4})?$/.test(range[1]!) ? `${start.split(' ')[0]} ${range[1]}` : range[1]!;
    return parseAsanaDueDate(end, today);
  }
  if (t === 'today') return today;
  if (t === 'tomorrow') return addDays(today, 1);
  if (t === 'yesterday') return addDays(today, -1);
  const weekday = WEEKDAYS.indexOf(t);
  if (weekday >= 0) {
    const now = new Date(`${today}T00:00:00Z`).getUTCDay();
    return addDays(today, ((weekday - now + 7) % 7) || 7);
  }
  const m = /^([a-z]{3})[a-z]*\.? (\d{1,2})(?:, (\d{4}))?$/.exec(t);
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!);
  const day = Number(m[2]);
  if (month < 0 || day < 1 || day > 31) return null;
  const year = m[3] ? Number(m[3]) : Number(today.slice(0, 4));
  const iso = `${year}-${pad(month + 1)}-${pad(day)}`;
  // Reject impossible days such as Feb 30.
  return new Date(`${iso}T00:00:00Z`).toISOString().slice(0, 10) === iso ? iso : null;
}
