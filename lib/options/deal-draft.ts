import {
  type BILLING_MODELS,
  dealSchema,
  type Deal,
  type DealStage,
  type JiraLink,
  type Stakeholder,
} from '@/lib/model';
import { deliverableDecision } from '@/lib/crm/writeback-text';
import { formatJiraLink, parseJiraLines } from './jira-link-text';
import { issuesToFieldErrors, mergeErrors, NO_ERRORS, type FieldErrors } from '@/lib/forms/field-errors';
import { sameValue } from './same-value';
import { nextRowId } from './slug';

/**
 * The deal editor's form state: every input's text as typed, so a half-typed
 * number or date stays on screen until it is valid. `orig` keeps the row as
 * stored, so fields this version does not know survive a save.
 */
type Row = { key: string; orig: Record<string, unknown> | null };

export interface TermDraft extends Row {
  id: string;
  text: string;
  dueOn: string;
  /** Blank: the user's default. */
  remindDaysBefore: string;
}

/**
 * The PM's decision on a promised deliverable: `pmConfirmed`, or the loose
 * `pmRefused` flag (lib/model/BACKUP-FORMAT.md), or neither yet.
 */
export type PmDecision = 'none' | 'confirmed' | 'refused';

export interface DeliverableDraft extends Row {
  id: string;
  name: string;
  promisedOn: string;
  promisedBy: string;
  pmDecision: PmDecision;
}

export interface StakeholderDraft extends Row {
  name: string;
  email: string;
  role: string;
  status: Stakeholder['status'];
}

export type BillingModelChoice = (typeof BILLING_MODELS)[number] | '';

export interface DealDraft {
  id: string;
  name: string;
  account: string;
  stage: DealStage;
  signedOn: string;
  ownerName: string;
  ownerEmail: string;
  valueAmount: string;
  valueCurrency: string;
  billingModel: BillingModelChoice;
  paymentTermsDays: string;
  billingNotes: string;
  specialTerms: TermDraft[];
  deliverables: DeliverableDraft[];
  stakeholders: StakeholderDraft[];
  /** One entry a line. */
  domains: string;
  gmailThreads: string;
  jira: string;
  asana: string;
  notes: string;
}

let rowCounter = 0;
/** A key for a row added in the form (JSX keys; never saved). */
export function newRowKey(): string {
  return `new-${++rowCounter}`;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

/** Stored rows as form rows, each keyed `<prefix><index>` and keeping the stored row (`orig`). */
function draftRows<Stored extends Record<string, unknown>, Fields>(
  rows: readonly Stored[],
  prefix: string,
  fields: (row: Stored) => Fields,
): Array<Row & Fields> {
  return rows.map((row, i) => ({ key: `${prefix}${i}`, orig: row, ...fields(row) }));
}

export function dealToDraft(deal: Deal): DealDraft {
  return {
    id: deal.id,
    name: deal.name,
    account: deal.account,
    stage: deal.stage,
    signedOn: str(deal.signedOn),
    ownerName: deal.owner?.name ?? '',
    ownerEmail: deal.owner?.email ?? '',
    valueAmount: deal.value ? str(deal.value.amount) : '',
    valueCurrency: deal.value?.currency ?? '',
    billingModel: deal.billing?.model ?? '',
    paymentTermsDays: str(deal.billing?.paymentTermsDays),
    billingNotes: deal.billing?.notes ?? '',
    specialTerms: draftRows(deal.specialTerms, 't', (t) => ({
      id: t.id,
      text: t.text,
      dueOn: str(t.dueOn),
      remindDaysBefore: str(t.remindDaysBefore),
    })),
    deliverables: draftRows(deal.deliverables, 'd', (d) => ({
      id: d.id,
      name: d.name,
      promisedOn: str(d.promisedOn),
      promisedBy: str(d.promisedBy),
      pmDecision: deliverableDecision(d) ?? 'none',
    })),
    stakeholders: draftRows(deal.stakeholders, 's', (s) => ({
      name: s.name,
      email: str(s.email),
      role: s.role,
      status: s.status,
    })),
    domains: deal.links.domains.join('\n'),
    gmailThreads: deal.links.gmailThreads.join('\n'),
    jira: deal.links.jira.map(formatJiraLink).join('\n'),
    asana: deal.links.asana.join('\n'),
    notes: deal.notes,
  };
}

export function emptyTerm(existing: readonly TermDraft[]): TermDraft {
  return { key: newRowKey(), orig: null, id: nextRowId('t', existing.map((t) => t.id)), text: '', dueOn: '', remindDaysBefore: '' };
}

export function emptyDeliverable(existing: readonly DeliverableDraft[]): DeliverableDraft {
  return {
    key: newRowKey(), orig: null, id: nextRowId('d', existing.map((d) => d.id)),
    name: '', promisedOn: '', promisedBy: '', pmDecision: 'none',
  };
}

export function emptyStakeholder(): StakeholderDraft {
  return { key: newRowKey(), orig: null, name: '', email: '', role: '', status: 'active' };
}

/** '' → null; a number when it reads as one; else the text, which the schema then refuses. */
export function parseNumber(text: string): number | string | null {
  const t = text.trim();
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : t;
}

const dateOrNull = (text: string): string | null => text.trim() || null;
const emailOrNull = (text: string): string | null => text.trim() || null;

/** One entry per line (commas also separate); blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The deal the form describes, built on `base` so fields the form does not
 * show are kept. Not validated: pass it to `dealSchema`.
 */
export function draftToDeal(draft: DealDraft, base: Deal): Record<string, unknown> {
  const ownerEmpty = !draft.ownerName.trim() && !draft.ownerEmail.trim();
  const valueEmpty = !draft.valueAmount.trim() && !draft.valueCurrency.trim();
  const billingEmpty = !draft.billingModel && !draft.paymentTermsDays.trim() && !draft.billingNotes.trim();
  return {
    ...base,
    id: draft.id,
    name: draft.name,
    account: draft.account,
    stage: draft.stage,
    signedOn: dateOrNull(draft.signedOn),
    owner: ownerEmpty ? null : { ...base.owner, name: draft.ownerName, email: draft.ownerEmail.trim() },
    value: valueEmpty
      ? null
      : { ...base.value, amount: parseNumber(draft.valueAmount), currency: draft.valueCurrency.trim().toUpperCase() },
    billing: billingEmpty
      ? null
      : {
          ...base.billing,
          model: draft.billingModel,
          paymentTermsDays: parseNumber(draft.paymentTermsDays),
          notes: draft.billingNotes,
        },
    specialTerms: draft.specialTerms.map((t) => {
      const row: Record<string, unknown> = { ...t.orig, id: t.id, text: t.text, dueOn: dateOrNull(t.dueOn) };
      const remind = parseNumber(t.remindDaysBefore);
      if (remind === null) delete row.remindDaysBefore;
      else row.remindDaysBefore = remind;
      return row;
    }),
    deliverables: draft.deliverables.map((d) => {
      const row: Record<string, unknown> = {
        ...d.orig,
        id: d.id,
        name: d.name,
        promisedOn: dateOrNull(d.promisedOn),
        promisedBy: emailOrNull(d.promisedBy),
        pmConfirmed: d.pmDecision === 'confirmed',
      };
      // Loose, so present only when refused: a deal that never had one keeps its exact shape.
      if (d.pmDecision === 'refused') row.pmRefused = true;
      else delete row.pmRefused;
      return row;
    }),
    stakeholders: draft.stakeholders.map((s) => ({
      ...s.orig,
      name: s.name,
      email: emailOrNull(s.email),
      role: s.role,
      status: s.status,
    })),
    links: {
      ...base.links,
      domains: splitList(draft.domains),
      gmailThreads: splitList(draft.gmailThreads),
      jira: keepUnknownJiraFields(parseJiraLines(draft.jira, base.links.jira).links, base.links.jira),
      asana: splitList(draft.asana),
    },
    notes: draft.notes,
  };
}

export interface DealCheck {
  /** The deal to send to `deals.save`, when the form is valid. */
  deal: Record<string, unknown> | null;
  errors: FieldErrors;
}

/**
 * Validates the form as the store will (`dealSchema`), plus what only the
 * form can know: a new deal's id must not be taken, and row ids must be unique.
 */
export function checkDealDraft(
  draft: DealDraft,
  base: Deal,
  opts: { isNew: boolean; takenIds?: ReadonlySet<string> } = { isNew: false },
): DealCheck {
  const candidate = draftToDeal(draft, base);
  const parsed = dealSchema.safeParse(candidate);
  const extra: Record<string, string[]> = {};
  if (opts.isNew && opts.takenIds?.has(draft.id.trim())) {
    extra.id = ['is already used by another deal; choose another id'];
  }
  const dup = (rows: ReadonlyArray<{ id: string }>, list: string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      if (seen.has(r.id)) extra[`${list}[${i}].id`] = [`"${r.id}" is used by another row`];
      seen.add(r.id);
    });
  };
  const jiraProblems = parseJiraLines(draft.jira, base.links.jira).problems;
  if (jiraProblems.length) extra['links.jira'] = jiraProblems;
  dup(draft.specialTerms, 'specialTerms');
  dup(draft.deliverables, 'deliverables');
  const errors = mergeErrors(parsed.success ? NO_ERRORS : issuesToFieldErrors(parsed.error.issues, candidate), extra);
  const ok = parsed.success && Object.keys(extra).length === 0;
  return { deal: ok ? candidate : null, errors };
}

/** Whether the form says something other than `base` (lib/options/same-value.ts: no copy of a big text). */
export function isDealDraftDirty(draft: DealDraft, base: Deal): boolean {
  return !sameValue(draftToDeal(draft, base), draftToDeal(dealToDraft(base), base));
}

/** A link the form did not change keeps the fields Handoff does not know. */
function keepUnknownJiraFields(links: JiraLink[], base: readonly JiraLink[]): JiraLink[] {
  return links.map((l) => base.find((b) => b.site === l.site && b.key === l.key) ?? l);
}
