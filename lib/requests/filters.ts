/**
 * The requests view's filters: by Sales rep (sender), deal, label, status and
 * a range of days, all combinable. Pure; "today" and the day of an instant
 * come from the caller.
 */
import { localDay } from '@/lib/dates';
import { normalizeEmail, type Deal, type Person, type SalesRequest } from '@/lib/model';

/** The deal filter's value for requests linked to no deal. */
export const NO_DEAL = '\u0000no-deal';

export interface RequestFilters {
  /** A sender's e-mail (any case); '' for everyone. */
  sender: string;
  /** A deal id, NO_DEAL, or '' for any. */
  dealId: string;
  /** A label, or '' for any. */
  label: string;
  /** A status, or '' for any. */
  status: string;
  /** First day shown, `YYYY-MM-DD` inclusive; '' for no bound. */
  from: string;
  /** Last day shown, `YYYY-MM-DD` inclusive; '' for no bound. */
  to: string;
}

export const NO_FILTERS: Readonly<RequestFilters> = { sender: '', dealId: '', label: '', status: '', from: '', to: '' };

/** The calendar day an instant falls on (the user's local day by default). */
export type DayOf = (instant: string) => string;

export const localDayOf: DayOf = (instant) => {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? '' : localDay(d);
};

export function matchesFilters(r: SalesRequest, f: RequestFilters, dayOf: DayOf = localDayOf): boolean {
  if (f.sender && normalizeEmail(r.from.email) !== normalizeEmail(f.sender)) return false;
  if (f.dealId === NO_DEAL ? r.dealId !== null : f.dealId && r.dealId !== f.dealId) return false;
  if (f.label && r.label !== f.label) return false;
  if (f.status && r.status !== f.status) return false;
  if (f.from || f.to) {
    const day = dayOf(r.loggedAt);
    // YYYY-MM-DD strings order as their days do.
    if (f.from && !(day >= f.from)) return false;
    if (f.to && !(day <= f.to)) return false;
  }
  return true;
}

/** The requests that pass every filter, in the order given. */
export function filterRequests(requests: readonly SalesRequest[], f: RequestFilters, dayOf: DayOf = localDayOf): SalesRequest[] {
  return requests.filter((r) => matchesFilters(r, f, dayOf));
}

/** Whether any filter is set. */
export function hasFilters(f: RequestFilters): boolean {
  return Object.values(f).some((v) => v !== '');
}

/** A range whose start is after its end matches nothing: the view says so. */
export function isBackwardRange(f: Pick<RequestFilters, 'from' | 'to'>): boolean {
  return !!f.from && !!f.to && f.from > f.to;
}

export interface Option {
  value: string;
  label: string;
}

/** The roster's name for an address, else the name on the newest request, else the address. */
export function senderName(email: string, people: readonly Person[], fallback = ''): string {
  const key = normalizeEmail(email);
  const person = people.find((p) => normalizeEmail(p.email) === key);
  return person?.name.trim() || fallback.trim() || email;
}

/** Everyone who sent a request, once each (e-mails compare case-insensitively), by name. */
export function senderOptions(requests: readonly SalesRequest[], people: readonly Person[] = []): Option[] {
  const seen = new Map<string, Option>();
  for (const r of requests) {
    const key = normalizeEmail(r.from.email);
    if (seen.has(key)) continue; // requests come newest first: the newest name wins
    const name = senderName(r.from.email, people, r.from.name);
    seen.set(key, { value: key, label: name === key ? key : `${name} (${key})` });
  }
  return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
}

/** The name shown for a deal id: the deal's name, else the id (a deleted deal). */
export function dealName(dealId: string | null, deals: readonly Pick<Deal, 'id' | 'name'>[]): string {
  if (dealId === null) return '';
  return deals.find((d) => d.id === dealId)?.name || dealId;
}

/** The deals some request is linked to, by name, and "No deal" when some request has none. */
export function dealOptions(requests: readonly SalesRequest[], deals: readonly Pick<Deal, 'id' | 'name'>[]): Option[] {
  const ids = new Set<string>();
  let none = false;
  for (const r of requests) {
    if (r.dealId === null) none = true;
    else ids.add(r.dealId);
  }
  const options = [...ids].map((id) => ({ value: id, label: dealName(id, deals) })).sort((a, b) => a.label.localeCompare(b.label));
  if (none) options.push({ value: NO_DEAL, label: 'No deal' });
  return options;
}
