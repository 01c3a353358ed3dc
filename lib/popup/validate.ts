/**
 * Checks a quick-log draft with the model's request schema and names each
 * problem by the form field that can fix it. Pure.
 */
import { formatPath, salesRequestSchema, type SalesRequest } from '@/lib/model';
import { draftToRequest, type QuickLogDraft } from './draft';

/** The form's fields, in on-screen order; `form` is for problems no field can fix. */
export const QUICK_LOG_FIELDS = ['fromName', 'fromEmail', 'dealId', 'label', 'summary', 'note', 'status', 'form'] as const;
export type QuickLogField = (typeof QUICK_LOG_FIELDS)[number];
export type QuickLogErrors = Partial<Record<QuickLogField, string[]>>;

export const FIELD_NAMES: Readonly<Record<QuickLogField, string>> = {
  fromName: 'Sender name',
  fromEmail: 'Sender e-mail',
  dealId: 'Deal',
  label: 'Label',
  summary: 'Summary',
  note: 'Note',
  status: 'Status',
  form: 'Request',
};

/** The form field for a request path such as `from.email`. */
export function fieldForPath(path: string): QuickLogField {
  switch (path) {
    case 'from.name':
      return 'fromName';
    case 'from.email':
    case 'from':
      return 'fromEmail';
    case 'dealId':
    case 'label':
    case 'summary':
    case 'note':
    case 'status':
      return path;
    default:
      return 'form';
  }
}

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

function messageFor(field: QuickLogField, issue: IssueLike, request: Record<string, unknown>): string {
  if (field === 'fromEmail') {
    const email = (request.from as { email?: unknown } | undefined)?.email;
    return email ? `"${String(email)}" is not an e-mail address` : 'Enter the sender’s e-mail address';
  }
  if (field === 'form') {
    const path = formatPath(issue.path);
    return path ? `${path}: ${issue.message}` : issue.message;
  }
  return issue.message;
}

function add(errors: QuickLogErrors, field: QuickLogField, message: string): void {
  const list = (errors[field] ??= []);
  if (!list.includes(message)) list.push(message);
}

export type Validation = { ok: true; request: SalesRequest } | { ok: false; errors: QuickLogErrors };

/**
 * The request, or the problems by field. Beyond the schema, the popup needs
 * a summary: a request nobody can recognise at the weekly sync is no use.
 */
export function validateDraft(draft: QuickLogDraft, now: Date): Validation {
  const request = draftToRequest(draft, now);
  const errors: QuickLogErrors = {};
  const parsed = salesRequestSchema.safeParse(request);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = fieldForPath(formatPath(issue.path));
      add(errors, field, messageFor(field, issue, request));
    }
  }
  if (!draft.summary.trim()) add(errors, 'summary', 'Say what Sales asked for');
  if (hasErrors(errors) || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/** Problems the background named (`HandoffError.problems`, fields as request paths). */
export function problemsToErrors(problems: ReadonlyArray<{ field: string; message: string }>): QuickLogErrors {
  const errors: QuickLogErrors = {};
  for (const p of problems) {
    const field = fieldForPath(p.field);
    add(errors, field, field === 'form' && p.field ? `${p.field}: ${p.message}` : p.message);
  }
  return errors;
}

export function hasErrors(errors: QuickLogErrors): boolean {
  return QUICK_LOG_FIELDS.some((f) => (errors[f]?.length ?? 0) > 0);
}

/** The first field with a problem, in on-screen order, to move focus to. */
export function firstInvalidField(errors: QuickLogErrors): QuickLogField | null {
  return QUICK_LOG_FIELDS.find((f) => (errors[f]?.length ?? 0) > 0) ?? null;
}
