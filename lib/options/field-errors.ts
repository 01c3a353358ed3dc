import { formatPath } from '@/lib/model';

/** Problems by field path, e.g. `specialTerms[0].dueOn` → ["must be a date YYYY-MM-DD"]. */
export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The parts of a zod issue the options page reads (zod 4 `$ZodIssue`). */
export interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  /** invalid_union: the issues of each branch. */
  errors?: ReadonlyArray<ReadonlyArray<{ message: string }>>;
}

export const NO_ERRORS: FieldErrors = Object.freeze({});

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** A message a user can act on, in place of zod's generic wording. */
export function friendlyMessage(issue: IssueLike, input?: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (input === '') return 'must not be empty';
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'number') return 'must be a number';
      if (input === undefined) return 'is missing';
      return issue.message;
    case 'too_small':
      if (issue.origin === 'string' && issue.minimum === 1) return 'must not be empty';
      if (issue.origin === 'number' || issue.origin === 'int') return `must be at least ${String(issue.minimum)}`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return `must be at most ${String(issue.maximum)}`;
      return issue.message;
    case 'invalid_value':
      if (input === '' || input === undefined) return 'must be chosen';
      if (issue.values) return `must be one of ${issue.values.map(String).join(', ')}`;
      return issue.message;
    case 'invalid_union': {
      // e.g. "an e-mail address or blank": the first branch says it best.
      const first = issue.errors?.[0]?.[0]?.message;
      return first ?? issue.message;
    }
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into problems by field. Pass the parsed input so messages
 * can quote the offending list entry (`"acme" must be a domain …`).
 */
export function issuesToFieldErrors(issues: readonly IssueLike[], input?: unknown): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = formatPath(issue.path);
    const value = input === undefined ? undefined : valueAt(input, issue.path);
    let message = friendlyMessage(issue, value);
    const last = issue.path[issue.path.length - 1];
    if (typeof last === 'number' && typeof value === 'string') message = `"${value}" ${message}`;
    (out[key] ??= []).push(message);
  }
  return out;
}

/** Problems the background reported (`HandoffError.problems`). */
export function problemsToFieldErrors(problems: ReadonlyArray<{ field: string; message: string }>): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const p of problems) (out[p.field] ??= []).push(p.message);
  return out;
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const out: Record<string, string[]> = {};
  for (const errors of all) {
    for (const [key, messages] of Object.entries(errors)) {
      const list = (out[key] ??= []);
      for (const m of messages) if (!list.includes(m)) list.push(m);
    }
  }
  return out;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((m) => m.length > 0);
}

/** Problems of exactly this field. */
export function errorsAt(errors: FieldErrors, path: string): readonly string[] {
  return errors[path] ?? [];
}

/** Problems of this field and everything inside it (`links.domains` → `links.domains[2]`). */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (key === prefix || key.startsWith(`${prefix}[`) || key.startsWith(`${prefix}.`)) out.push(...messages);
  }
  return out;
}

const LABELS: Record<string, string> = {
  '': 'Form',
  id: 'Id',
  name: 'Name',
  account: 'Account',
  stage: 'Stage',
  signedOn: 'Signed on',
  owner: 'Owner',
  value: 'Value',
  amount: 'amount',
  currency: 'currency',
  billing: 'Billing',
  model: 'model',
  paymentTermsDays: 'payment terms (days)',
  notes: 'notes',
  specialTerms: 'Special term',
  text: 'text',
  dueOn: 'due on',
  remindDaysBefore: 'remind days before',
  deliverables: 'Deliverable',
  promisedOn: 'promised on',
  promisedBy: 'promised by',
  pmConfirmed: 'PM confirmed',
  stakeholders: 'Stakeholder',
  email: 'e-mail',
  role: 'role',
  status: 'status',
  links: 'Links',
  domains: 'domains',
  gmailThreads: 'Gmail threads',
  jira: 'Jira keys',
  asana: 'Asana gids',
  updatedAt: 'Updated at',
  ownEmail: 'Your e-mail',
  ownDomain: 'Your domain',
  defaultRemindDays: 'Default reminder lead (days)',
  redirectTemplate: 'Redirect reply wording',
};

/** `specialTerms[0].dueOn` → "Special term 1, due on". */
export function labelForPath(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(String(Number(m[2]) + 1));
    else if (m[1] !== undefined) parts.push(LABELS[m[1]] ?? m[1]);
  }
  if (!parts.length) return LABELS['']!;
  // "Special term 1 text" reads better as "Special term 1, text".
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) out += /^\d+$/.test(parts[i]!) ? ` ${parts[i]}` : `, ${parts[i]}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
