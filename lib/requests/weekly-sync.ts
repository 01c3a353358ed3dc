/**
 * The agenda of the weekly Sales–PM sync, as Markdown: open requests,
 * pre-contract asks of the last 7 days per rep, special terms due in the next
 * 30 days, deliverables promised and not confirmed by the PM, stakeholders
 * who left. Pure: "today" and the day of an instant come from the caller.
 */
import { daysLeftText, formatDay, isRefused } from '@/lib/deal';
import { daysBetween, dayNumber } from '@/lib/dates';
import { normalizeEmail, type Deal, type Person, type SalesRequest } from '@/lib/model';
import { labelName, statusName } from '@/lib/requests/labels';
import { dealName, localDayOf, senderName, type DayOf } from './filters';
import { escapeMarkdown as md } from './markdown';

/** Pre-contract asks count when logged on one of the last 7 days (today included). */
export const WEEK_DAYS = 7;
/** Special terms count when due today or in the next 30 days. */
export const TERMS_HORIZON_DAYS = 30;

export interface WeeklySyncInput {
  requests: readonly SalesRequest[];
  deals: readonly Deal[];
  people: readonly Person[];
  /** `YYYY-MM-DD`. */
  today: string;
  /** The day of a request's `loggedAt`; the user's local day by default. */
  dayOf?: DayOf;
}

const NONE = '_None._';

function who(email: string, people: readonly Person[], fallback = ''): string {
  return md(senderName(email, people, fallback));
}

/** "Acme data platform rollout (Acme Corp)": the account only when the name does not hold it. */
function dealTitle(d: Deal): string {
  return d.account && !d.name.includes(d.account) ? `${md(d.name)} (${md(d.account)})` : md(d.name);
}

function day(dayOrEmpty: string): string {
  return dayOrEmpty ? formatDay(dayOrEmpty) : 'unknown day';
}

function requestLine(r: SalesRequest, deals: readonly Deal[], people: readonly Person[], dayOf: DayOf, withSender: boolean): string {
  const parts = [day(dayOf(r.loggedAt))];
  if (withSender) parts.push(who(r.from.email, people, r.from.name));
  if (r.dealId !== null) parts.push(md(dealName(r.dealId, deals)));
  parts.push(labelName(r.label));
  let line = `- ${parts.join(' · ')}: ${md(r.summary) || '_(no summary)_'}`;
  if (r.note.trim()) line += ` (note: ${md(r.note)})`;
  return line;
}

/** Oldest first: what has waited longest comes up first. */
function byLoggedAt(a: SalesRequest, b: SalesRequest): number {
  return a.loggedAt < b.loggedAt ? -1 : a.loggedAt > b.loggedAt ? 1 : a.id.localeCompare(b.id);
}

function openRequests(input: Required<WeeklySyncInput>): string[] {
  const open = input.requests.filter((r) => r.status === 'open').sort(byLoggedAt);
  return [
    `## Open requests (${open.length})`,
    '',
    ...(open.length ? open.map((r) => requestLine(r, input.deals, input.people, input.dayOf, true)) : [NONE]),
  ];
}

function preContractThisWeek(input: Required<WeeklySyncInput>): string[] {
  const { today, dayOf } = input;
  const recent = input.requests
    .filter((r) => {
      if (r.label !== 'pre-contract-work') return false;
      const d = dayOf(r.loggedAt);
      if (dayNumber(d) === null) return false;
      const ago = daysBetween(d, today);
      return ago >= 0 && ago < WEEK_DAYS;
    })
    .sort(byLoggedAt);
  const groups = new Map<string, { name: string; requests: SalesRequest[] }>();
  for (const r of recent) {
    const key = normalizeEmail(r.from.email);
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { name: senderName(r.from.email, input.people, r.from.name), requests: [] }));
    g.requests.push(r);
  }
  const sorted = [...groups.values()].sort((a, b) => b.requests.length - a.requests.length || a.name.localeCompare(b.name));
  const lines = [`## Pre-contract asks this week, per rep (${recent.length})`, ''];
  if (!sorted.length) return [...lines, NONE];
  for (const g of sorted) {
    lines.push(`### ${md(g.name)} (${g.requests.length})`, '');
    for (const r of g.requests) {
      const line = requestLine(r, input.deals, input.people, input.dayOf, false);
      const status = statusName(r.status);
      lines.push(`${line} — ${status.charAt(0).toLowerCase()}${status.slice(1)}`);
    }
    lines.push('');
  }
  lines.pop();
  return lines;
}

/** Closed deals have nothing left to discuss. */
const live = (d: Deal) => d.stage !== 'closed';

/**
 * `localeCompare` as it is (same locale, same options), made once, on
 * first use: the agenda may sort 10,000 deals, and a collator costs ~10 ms
 * to make, which a worker's start must not pay (issue 18).
 */
let collator: Intl.Collator | undefined;

/** The live deals `keep` says have something to list, by name then id (filtered first, so only those are sorted). */
function sortedDeals(deals: readonly Deal[], keep: (d: Deal) => boolean): Deal[] {
  const c = (collator ??= new Intl.Collator());
  return deals.filter((d) => live(d) && keep(d)).sort((a, b) => c.compare(a.name, b.name) || c.compare(a.id, b.id));
}

function termsDue(input: Required<WeeklySyncInput>): string[] {
  const { today } = input;
  const blocks: Array<{ first: string; lines: string[] }> = [];
  let count = 0;
  const horizon = (d: Deal) => d.specialTerms.some((t) => t.dueOn && dayNumber(t.dueOn) !== null && daysBetween(today, t.dueOn) >= 0 && daysBetween(today, t.dueOn) <= TERMS_HORIZON_DAYS);
  for (const d of sortedDeals(input.deals, horizon)) {
    const due = d.specialTerms
      .filter((t) => t.dueOn && dayNumber(t.dueOn) !== null)
      .map((t) => ({ t, left: daysBetween(today, t.dueOn!) }))
      .filter(({ left }) => left >= 0 && left <= TERMS_HORIZON_DAYS)
      .sort((a, b) => a.left - b.left || a.t.id.localeCompare(b.t.id));
    if (!due.length) continue;
    count += due.length;
    blocks.push({
      first: due[0]!.t.dueOn!,
      lines: [
        `### ${dealTitle(d)}`,
        '',
        ...due.map(({ t, left }) => `- ${formatDay(t.dueOn!)} (${t.dueOn}), ${left === 0 ? 'due today' : `${left} day${left === 1 ? '' : 's'} left`}: ${md(t.text)}`),
      ],
    });
  }
  blocks.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  const lines = [`## Special terms due in the next ${TERMS_HORIZON_DAYS} days (${count})`, ''];
  if (!blocks.length) return [...lines, NONE];
  return [...lines, ...blocks.flatMap((b) => [...b.lines, ''])].slice(0, -1);
}

function unconfirmedDeliverables(input: Required<WeeklySyncInput>): string[] {
  const { today, people } = input;
  const lines: string[] = [];
  let count = 0;
  const unconfirmed = (x: Deal['deliverables'][number]) => !x.pmConfirmed && (x.promisedBy || x.promisedOn);
  for (const d of sortedDeals(input.deals, (deal) => deal.deliverables.some(unconfirmed))) {
    const open = d.deliverables.filter(unconfirmed);
    // Refused ones stay on the agenda (Sales must tell the customer), said as such.
    if (!open.length) continue;
    count += open.length;
    lines.push(`### ${dealTitle(d)}`, '');
    for (const x of open) {
      const parts = [md(x.name)];
      if (isRefused(x)) parts.push('refused by the PM');
      if (x.promisedOn) {
        const left = dayNumber(x.promisedOn) !== null ? daysBetween(today, x.promisedOn) : null;
        parts.push(`promised for ${formatDay(x.promisedOn)}${left === null ? '' : left < 0 ? ` (${daysLeftText(left)}, overdue)` : ` (${daysLeftText(left)})`}`);
      }
      if (x.promisedBy) parts.push(`by ${who(x.promisedBy, people)}`);
      lines.push(`- ${parts.join(', ')}`);
    }
    lines.push('');
  }
  const head = [`## Deliverables promised and not confirmed by the PM (${count})`, ''];
  return lines.length ? [...head, ...lines.slice(0, -1)] : [...head, NONE];
}

function stakeholdersWhoLeft(input: Required<WeeklySyncInput>): string[] {
  const lines: string[] = [];
  let count = 0;
  for (const d of sortedDeals(input.deals, (deal) => deal.stakeholders.some((s) => s.status === 'left'))) {
    const left = d.stakeholders.filter((s) => s.status === 'left');
    if (!left.length) continue;
    count += left.length;
    lines.push(`### ${dealTitle(d)}`, '');
    for (const s of left) {
      const extra = [s.role.trim() ? md(s.role) : '', s.email ? md(s.email) : ''].filter(Boolean);
      lines.push(`- ${md(s.name)}${extra.length ? ` (${extra.join(', ')})` : ''}`);
    }
    lines.push('');
  }
  const head = [`## Stakeholders who left (${count})`, ''];
  return lines.length ? [...head, ...lines.slice(0, -1)] : [...head, NONE];
}

/** The agenda as Markdown, ending with one newline. */
export function weeklySyncMarkdown(input: WeeklySyncInput): string {
  const full: Required<WeeklySyncInput> = { ...input, dayOf: input.dayOf ?? localDayOf };
  const sections = [
    [`# Sales–PM weekly sync, ${formatDay(input.today)}`],
    openRequests(full),
    preContractThisWeek(full),
    termsDue(full),
    unconfirmedDeliverables(full),
    stakeholdersWhoLeft(full),
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
