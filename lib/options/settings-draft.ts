import { emailDomain, settingsSchema, type Settings } from '@/lib/model';
import { issuesToFieldErrors, mergeErrors, NO_ERRORS, type FieldErrors } from '@/lib/forms/field-errors';
import { parseNumber } from './deal-draft';

export interface SettingsDraft {
  ownEmail: string;
  ownDomain: string;
  defaultRemindDays: string;
  redirectTemplate: string;
}

export function settingsToDraft(s: Settings): SettingsDraft {
  return {
    ownEmail: s.ownEmail,
    ownDomain: s.ownDomain,
    defaultRemindDays: String(s.defaultRemindDays),
    redirectTemplate: s.redirectTemplate,
  };
}

/** What the options page changes; other settings (sidebarCollapsed) are left alone. */
export function draftToPatch(d: SettingsDraft): Record<string, unknown> {
  return {
    ownEmail: d.ownEmail.trim(),
    ownDomain: d.ownDomain.trim().replace(/^@/, '').toLowerCase(),
    defaultRemindDays: parseNumber(d.defaultRemindDays) ?? '',
    redirectTemplate: d.redirectTemplate,
  };
}

/**
 * What the form's fields held when it loaded (`base`), sent with the patch:
 * the store refuses the save when another tab changed any of them since.
 */
export function expectedFor(patch: Record<string, unknown>, base: Settings): Record<string, unknown> {
  return Object.fromEntries(Object.keys(patch).map((k) => [k, (base as Record<string, unknown>)[k]]));
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export interface SettingsCheck {
  patch: Record<string, unknown> | null;
  errors: FieldErrors;
}

export function checkSettingsDraft(draft: SettingsDraft, current: Settings): SettingsCheck {
  const patch = draftToPatch(draft);
  const candidate = { ...current, ...patch };
  const parsed = settingsSchema.safeParse(candidate);
  const extra: Record<string, string[]> = {};
  const domain = patch.ownDomain as string;
  if (domain && !DOMAIN.test(domain)) extra.ownDomain = ['must be a domain such as northwind.io'];
  const errors = mergeErrors(parsed.success ? NO_ERRORS : issuesToFieldErrors(parsed.error.issues, candidate), extra);
  return { patch: parsed.success && !Object.keys(extra).length ? patch : null, errors };
}

/** The domain the user's own e-mail implies, shown when the domain is left blank. */
export function derivedDomain(ownEmail: string): string | null {
  const t = ownEmail.trim();
  return t.includes('@') ? emailDomain(t) : null;
}

export function isSettingsDirty(draft: SettingsDraft, current: Settings): boolean {
  const a = draftToPatch(draft);
  const b = draftToPatch(settingsToDraft(current));
  return (Object.keys(a) as Array<keyof typeof a>).some((k) => a[k] !== b[k]);
}
