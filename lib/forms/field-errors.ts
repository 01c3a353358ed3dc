import { formatPath } from '@/lib/model';

/**
 * Problems by form field, e.g. `specialTerms[0].dueOn` → ["must be a date
 * YYYY-MM-DD"]. The options page keys them by record path; the popup by its
 * own field names (`ErrorPlacement.fieldFor`).
 */
export type FieldErrors<Field extends string = string> = Readonly<Partial<Record<Field, readonly string[]>>>;

/** The parts of a zod issue the forms read (zod 4 `$ZodIssue`). */
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

/** Where an issue was found: its record path, the value there, the whole input, and the field showing it. */
export interface IssueSite<Field extends string = string> {
  field: Field;
  path: string;
  value: unknown;
  input: unknown;
}

/** How a form shows the problems at each record path: in which field, in what words. */
export interface ErrorPlacement<Field extends string = string> {
  /** The field showing a problem at this record path; by default the path itself. */
  fieldFor?: (path: string) => Field;
  /** The words for a schema issue; by default `friendlyWording`. */
  wording?: (issue: IssueLike, site: IssueSite<Field>) => string;
  /** The field for problems no other field can fix: its messages name their path. */
  catchAll?: Field;
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

/** `friendlyMessage`, naming the offending list entry (`"acme" must be a domain …`). */
export function friendlyWording(issue: IssueLike, { value }: Pick<IssueSite, 'value'>): string {
  const message = friendlyMessage(issue, value);
  const last = issue.path[issue.path.length - 1];
  return typeof last === 'number' && typeof value === 'string' ? `"${value}" ${message}` : message;
}

function fieldOf<Field extends string>(placement: ErrorPlacement<Field>, path: string): Field {
  return placement.fieldFor ? placement.fieldFor(path) : (path as Field);
}

/** Adds a message to its field once; a catch-all field's messages name their path. */
function place<Field extends string>(
  out: Partial<Record<Field, string[]>>,
  placement: ErrorPlacement<Field>,
  field: Field,
  path: string,
  message: string,
): void {
  const text = field === placement.catchAll && path ? `${path}: ${message}` : message;
  const list = (out[field] ??= []);
  if (!list.includes(text)) list.push(text);
}

/**
 * Turns zod issues into problems by field. Pass the parsed input so messages
 * can quote what was typed.
 */
export function issuesToFieldErrors<Field extends string = string>(
  issues: readonly IssueLike[],
  input?: unknown,
  placement: ErrorPlacement<Field> = {},
): FieldErrors<Field> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const issue of issues) {
    const path = formatPath(issue.path);
    const field = fieldOf(placement, path);
    const value = input === undefined ? undefined : valueAt(input, issue.path);
    const message = (placement.wording ?? friendlyWording)(issue, { field, path, value, input });
    place(out, placement, field, path, message);
  }
  return out;
}

/** Problems the background reported (`HandoffError.problems`, fields as record paths). */
export function problemsToFieldErrors<Field extends string = string>(
  problems: ReadonlyArray<{ field: string; message: string }>,
  placement: ErrorPlacement<Field> = {},
): FieldErrors<Field> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const p of problems) place(out, placement, fieldOf(placement, p.field), p.field, p.message);
  return out;
}

export function mergeErrors<Field extends string = string>(...all: Array<FieldErrors<Field>>): FieldErrors<Field> {
  const out: Partial<Record<Field, string[]>> = {};
  for (const errors of all) {
    for (const [key, messages] of Object.entries(errors) as Array<[Field, readonly string[] | undefined]>) {
      const list = (out[key] ??= []);
      for (const m of messages ?? []) if (!list.includes(m)) list.push(m);
    }
  }
  return out;
}

export function hasErrors<Field extends string>(errors: FieldErrors<Field>): boolean {
  return Object.values<readonly string[] | undefined>(errors).some((m) => (m?.length ?? 0) > 0);
}

/** Problems of exactly this field. */
export function errorsAt(errors: FieldErrors, path: string): readonly string[] {
  return errors[path] ?? [];
}

/** Problems of this field and everything inside it (`links.domains` → `links.domains[2]`). */
export function errorsUnder(errors: FieldErrors, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, messages] of Object.entries(errors)) {
    if (key === prefix || key.startsWith(`${prefix}[`) || key.startsWith(`${prefix}.`)) out.push(...(messages ?? []));
  }
  return out;
}
