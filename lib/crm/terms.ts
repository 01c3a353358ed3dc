/**
 * The CRM's multi-line "special terms" and "promised deliverables"
 * properties (defaults `handoff_special_terms` / `handoff_promised_deliverables`,
 * issue 16): one item per line, `YYYY-MM-DD: text`. Pure.
 *
 * A line that does not parse is never dropped, since a term Sales typed
 * badly is still a term the PM must see. The deal model has a place for it:
 * an item with no date (`dueOn` / `promisedOn` null) whose text is the line
 * as Sales wrote it, with a loose `unparsed` field saying what was wrong
 * (the model's objects are loose, lib/model/deal.ts, so it is kept by
 * backups and the editor alike).
 */
import type { Deliverable, SpecialTerm } from '@/lib/model';
import { readDate } from '@/lib/crm-csv/values';

/** Marks items that came from the CRM, so a re-sync replaces them and keeps the PM's own (lib/crm/merge.ts). */
export interface FromCrm {
  fromCrm: true;
  /** Why the line has no date, e.g. 'bad date "2026-02-30"'; absent when it parsed. */
  unparsed?: string;
}

export type CrmSpecialTerm = SpecialTerm & FromCrm;
export type CrmDeliverable = Deliverable & FromCrm;

export interface TermLine {
  date: string | null;
  text: string;
  unparsed?: string;
}

// A bullet Sales may type in front of a line ("- ", "* ", "• ").
const BULLET = /^(?:[-*•–]\s+)/;
// Something shaped like a date before a colon: "2026-3-1:", "31.03.2026:", "03/31/2026:".
const DATE_LIKE = /^(\d[\d./-]{5,9}\d)\s*:\s*(.*)$/;

/** Splits on CRLF, LF or CR; trims; skips blank lines. */
export function termLines(value: string | null | undefined): TermLine[] {
  if (!value) return [];
  const out: TermLine[] = [];
  for (const raw of value.split(/\r\n|\r|\n/)) {
    const line = raw.trim().replace(BULLET, '').trim();
    if (!line) continue;
    out.push(readLine(line));
  }
  return out;
}

function readLine(line: string): TermLine {
  const m = DATE_LIKE.exec(line);
  if (!m) return { date: null, text: line, unparsed: 'no date (write YYYY-MM-DD: text)' };
  const [, dateText, rest] = m as unknown as [string, string, string];
  const text = rest.trim();
  // Only the ISO form: 03/04/2026 could be either day order (lib/crm-csv/values.ts).
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(dateText) ? readDate(dateText) : null;
  if (!iso || !iso.ok || !iso.value) return { date: null, text: line, unparsed: `bad date "${dateText}" (write YYYY-MM-DD)` };
  if (!text) return { date: null, text: line, unparsed: 'no text after the date' };
  return { date: iso.value, text };
}

/**
 * A stable id from the item's content, so that the same line gives the same
 * id on every sync: reminder state is keyed by item id
 * (lib/background/reminders/state.ts). FNV-1a, 32 bits; a repeat of the same
 * line gets a suffix.
 */
export function contentId(prefix: string, date: string | null, text: string, taken: Set<string>): string {
  let h = 0x811c9dc5;
  for (const ch of `${date ?? ''}\u0000${text}`) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const base = `${prefix}${h.toString(36)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

export function parseSpecialTerms(value: string | null | undefined): CrmSpecialTerm[] {
  const taken = new Set<string>();
  return termLines(value).map((l) => ({
    id: contentId('crm-t-', l.date, l.text, taken),
    text: l.text,
    dueOn: l.date,
    fromCrm: true as const,
    ...(l.unparsed ? { unparsed: l.unparsed } : {}),
  }));
}

/**
 * `promisedBy`: who promised them, the deal's owner in the CRM (the line has
 * no place for it); reminders to confirm need one (lib/background/reminders/plan.ts).
 */
export function parseDeliverables(value: string | null | undefined, promisedBy: string | null): CrmDeliverable[] {
  const taken = new Set<string>();
  return termLines(value).map((l) => ({
    id: contentId('crm-d-', l.date, l.text, taken),
    name: l.text,
    promisedOn: l.date,
    promisedBy,
    pmConfirmed: false,
    fromCrm: true as const,
    ...(l.unparsed ? { unparsed: l.unparsed } : {}),
  }));
}
