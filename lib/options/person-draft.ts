import { normalizeEmail, personSchema, type Person, type PersonRole } from '@/lib/model';
import { issuesToFieldErrors, mergeErrors, NO_ERRORS, type FieldErrors } from '@/lib/forms/field-errors';

export interface PersonDraft {
  email: string;
  name: string;
  role: PersonRole;
}

export function personToDraft(p: Person): PersonDraft {
  return { email: p.email, name: p.name, role: p.role };
}

export const EMPTY_PERSON: PersonDraft = { email: '', name: '', role: 'sales' };

/** The person to save, on top of the stored one so unknown fields stay. */
export function draftToPerson(draft: PersonDraft, orig: Person | null): Record<string, unknown> {
  return { ...orig, email: draft.email.trim(), name: draft.name, role: draft.role };
}

export interface PersonCheck {
  person: Record<string, unknown> | null;
  errors: FieldErrors;
  /** Set when the e-mail changed: the store removes the old entry. */
  previousEmail: string | undefined;
}

/**
 * Validates a roster entry. `others` are the people already stored, except
 * the one being edited: an e-mail they use (any case) would overwrite them.
 */
export function checkPersonDraft(draft: PersonDraft, orig: Person | null, others: readonly Person[]): PersonCheck {
  const candidate = draftToPerson(draft, orig);
  const parsed = personSchema.safeParse(candidate);
  const extra: Record<string, string[]> = {};
  const key = normalizeEmail(draft.email);
  if (key && others.some((p) => normalizeEmail(p.email) === key)) extra.email = ['is already in the roster'];
  const errors = mergeErrors(parsed.success ? NO_ERRORS : issuesToFieldErrors(parsed.error.issues, candidate), extra);
  const ok = parsed.success && !extra.email;
  const previousEmail = orig && normalizeEmail(orig.email) !== key ? orig.email : undefined;
  return { person: ok ? candidate : null, errors, previousEmail };
}
