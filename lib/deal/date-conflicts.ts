import type { Deal } from '@/lib/model';
import { daysBetween } from '../dates';
import { formatDay } from './format';

export interface DateConflict {
  level: 'warning' | 'danger';
  text: string;
}

/**
 * A task due later than a date the deal commits to (issue 6): each special
 * term's `dueOn` and each promised deliverable's `promisedOn` before the
 * task's due date is a warning that says by how many days; a term (money
 * depends on it) is a danger.
 */
export function dueDateConflicts(deal: Deal, taskDue: string): DateConflict[] {
  const out: DateConflict[] = [];
  for (const term of deal.specialTerms) {
    if (!term.dueOn || term.dueOn >= taskDue) continue;
    const days = daysBetween(term.dueOn, taskDue);
    out.push({ level: 'danger', text: `This task is due ${formatDay(taskDue)}, ${days} day${days === 1 ? '' : 's'} after the special term “${term.text}” (due ${formatDay(term.dueOn)}).` });
  }
  for (const d of deal.deliverables) {
    if (!d.promisedOn || d.promisedOn >= taskDue) continue;
    const days = daysBetween(d.promisedOn, taskDue);
    out.push({ level: 'warning', text: `This task is due ${formatDay(taskDue)}, ${days} day${days === 1 ? '' : 's'} after “${d.name}” was promised (${formatDay(d.promisedOn)}).` });
  }
  return out;
}
