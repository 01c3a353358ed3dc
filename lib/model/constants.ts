/**
 * The model's plain values and helpers, without zod: content scripts import
 * from here so that their bundles stay small (issue 4: ≤ 50 KB gzip).
 */
export const DEAL_STAGES = ['prospect', 'negotiation', 'signed', 'delivering', 'closed'] as const;
export type DealStageName = (typeof DEAL_STAGES)[number];
export const UNSIGNED_STAGES: readonly DealStageName[] = ['prospect', 'negotiation'];
export const BILLING_MODELS = ['fixed', 'time-and-materials', 'milestone', 'retainer'] as const;
export const STAKEHOLDER_STATUSES = ['active', 'left'] as const;
export const PERSON_ROLES = ['sales', 'pm', 'exec', 'other'] as const;
export const REQUEST_LABELS = [
  'pre-contract-work',
  'promise-without-check',
  'estimate-request',
  'status-request',
  'none',
] as const;
export const REQUEST_STATUSES = ['open', 'accepted', 'declined', 'redirected', 'done'] as const;
export const SOURCE_KINDS = ['gmail', 'jira', 'asana', 'manual'] as const;

/** Used when a special term has no remindDaysBefore (lib/model/BACKUP-FORMAT.md). */
export const DEFAULT_REMIND_DAYS = 14;

export function isUnsigned(stage: DealStageName): boolean {
  return UNSIGNED_STAGES.includes(stage);
}

/** E-mail addresses compare case-insensitively (lib/model/BACKUP-FORMAT.md). */
export function normalizeEmail(address: string): string {
  return address.trim().toLowerCase();
}

export function emailDomain(address: string): string | null {
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const domain = address.slice(at + 1).trim().toLowerCase();
  return domain || null;
}

/** The user's own domain: the setting, else the domain of their e-mail. */
export function ownDomainOf(settings: { ownDomain: string; ownEmail: string }): string | null {
  if (settings.ownDomain) return settings.ownDomain;
  const at = settings.ownEmail.lastIndexOf('@');
  return at >= 0 ? settings.ownEmail.slice(at + 1).toLowerCase() : null;
}
