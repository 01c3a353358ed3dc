import { isUnsigned } from '@/lib/model/constants';
import type { Deal } from '@/lib/model';
import { deliverableStatus, isRefused, termStatus } from './status';
import { formatDay, stageLabel } from './format';
import { clip } from '@/lib/text';

export type BadgeLevel = 'info' | 'warning' | 'danger';

export interface Badge {
  level: BadgeLevel;
  /** One sentence: why this level. */
  text: string;
}

/**
 * The badge on a Jira issue of a linked deal (issue 5): danger when the
 * deal is unsigned (delivery started before the handoff) or a special term
 * is past due; warning when a term is due within its lead time or Sales
 * promised a deliverable the PM has not confirmed; info otherwise.
 */
export function badgeFor(deal: Deal, today: string, defaultRemindDays: number): Badge {
  const name = `“${deal.name}”`;
  if (isUnsigned(deal.stage)) {
    return { level: 'danger', text: `${name} is not signed yet (${stageLabel(deal.stage).toLowerCase()}): delivery work before the handoff is at risk.` };
  }
  const terms = deal.specialTerms.map((t) => ({ t, s: termStatus(t, today, defaultRemindDays) }));
  const late = terms.find((x) => x.s.level === 'danger');
  if (late) return { level: 'danger', text: `A special term of ${name} is past due since ${formatDay(late.t.dueOn!)}: ${clip(late.t.text, 90)}` };
  const near = terms.find((x) => x.s.level === 'warning');
  if (near) return { level: 'warning', text: `A special term of ${name} is due ${formatDay(near.t.dueOn!)}: ${clip(near.t.text, 90)}` };
  const refused = deal.deliverables.find((d) => d.promisedBy && isRefused(d));
  if (refused) return { level: 'warning', text: `Sales promised “${clip(refused.name, 90)}” and you refused it: agree the change with the customer.` };
  const unconfirmed = deal.deliverables.find((d) => d.promisedBy && !d.pmConfirmed && deliverableStatus(d, today) !== 'none');
  if (unconfirmed) {
    return { level: 'warning', text: `Sales promised “${clip(unconfirmed.name, 90)}”${unconfirmed.promisedOn ? ` for ${formatDay(unconfirmed.promisedOn)}` : ''} and you have not confirmed it.` };
  }
  return { level: 'info', text: `Part of ${name} (${stageLabel(deal.stage).toLowerCase()}).` };
}
