import type { Deal } from '@/lib/model';
import { CRM_LABEL } from './account';
import type { CrmOrigin } from './mapping';

/**
 * The "newly signed" notification (issue 16, item 3): the handoff at
 * signature that Sales often forgets. Names the deal, then its special
 * terms (with their dates) and promised deliverables, as many as a
 * notification shows. Pure.
 */
export const SIGNED_NOTIFICATION_PREFIX = 'crm-signed:';
export const signedNotificationId = (dealId: string) => SIGNED_NOTIFICATION_PREFIX + dealId;
export const dealOfSignedNotification = (id: string): string | null =>
  id.startsWith(SIGNED_NOTIFICATION_PREFIX) ? id.slice(SIGNED_NOTIFICATION_PREFIX.length) : null;

const MAX_LINES = 6;
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function signedNotice(deal: Deal): { title: string; message: string } {
  const origin = (deal as { crm?: CrmOrigin }).crm;
  const from = origin ? ` in ${CRM_LABEL[origin.source]}` : '';
  const lines: string[] = [];
  for (const t of deal.specialTerms) lines.push(`Term${t.dueOn ? ` by ${t.dueOn}` : ''}: ${clip(t.text, 90)}`);
  for (const d of deal.deliverables) lines.push(`Promised${d.promisedOn ? ` (${d.promisedOn})` : ''}: ${clip(d.name, 90)}`);
  if (!lines.length) lines.push('No special terms or promised deliverables recorded.');
  const shown = lines.slice(0, MAX_LINES);
  if (lines.length > MAX_LINES) shown.push(`and ${lines.length - MAX_LINES} more: open the deal`);
  return { title: clip(`Signed${from}: ${deal.name}${deal.account ? ` (${deal.account})` : ''}`, 120), message: shown.join('\n') };
}
