/**
 * Checks a quick-log draft with the model's request schema and names each
 * problem by the form field that can fix it. Pure.
 */
import {
  hasErrors,
  issuesToFieldErrors,
  mergeErrors,
  NO_ERRORS,
  problemsToFieldErrors,
  type ErrorPlacement,
  type FieldErrors,
} from '@/lib/forms/field-errors';
import { salesRequestSchema, type SalesRequest } from '@/lib/model';
import { draftToRequest, type QuickLogDraft } from './draft';

/** The form's fields, in on-screen order; `form` is for problems no field can fix. */
export const QUICK_LOG_FIELDS = ['fromName', 'fromEmail', 'dealId', 'label', 'summary', 'note', 'status', 'form'] as const;
export type QuickLogField = (typeof QUICK_LOG_FIELDS)[number];
export type QuickLogErrors = FieldErrors<QuickLogField>;

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

/**
 * The popup's words: the sender's e-mail is the usual problem, so it says
 * what to type; anything else keeps the schema's message.
 */
const QUICK_LOG_PLACEMENT: ErrorPlacement<QuickLogField> = {
  fieldFor: fieldForPath,
  catchAll: 'form',
  wording(issue, { field, input }) {
    if (field !== 'fromEmail') return issue.message;
    const email = (input as { from?: { email?: unknown } }).from?.email;
    return email ? `"${String(email)}" is not an e-mail address` : 'Enter the sender’s e-mail address';
  },
};

export type Validation = { ok: true; request: SalesRequest } | { ok: false; errors: QuickLogErrors };

/**
 * The request, or the problems by field. Beyond the schema, the popup needs
 * a summary: a request nobody can recognise at the weekly sync is no use.
 */
export function validateDraft(draft: QuickLogDraft, now: Date): Validation {
  const request = draftToRequest(draft, now);
  const parsed = salesRequestSchema.safeParse(request);
  const schemaErrors = parsed.success ? NO_ERRORS : issuesToFieldErrors(parsed.error.issues, request, QUICK_LOG_PLACEMENT);
  const errors: QuickLogErrors = draft.summary.trim() ? schemaErrors : mergeErrors(schemaErrors, { summary: ['Say what Sales asked for'] });
  if (hasErrors(errors) || !parsed.success) return { ok: false, errors };
  return { ok: true, request: parsed.data };
}

/** Problems the background named (`HandoffError.problems`, fields as request paths). */
export function problemsToErrors(problems: ReadonlyArray<{ field: string; message: string }>): QuickLogErrors {
  return problemsToFieldErrors(problems, QUICK_LOG_PLACEMENT);
}

/** The first field with a problem, in on-screen order, to move focus to. */
export function firstInvalidField(errors: QuickLogErrors): QuickLogField | null {
  return QUICK_LOG_FIELDS.find((f) => (errors[f]?.length ?? 0) > 0) ?? null;
}
