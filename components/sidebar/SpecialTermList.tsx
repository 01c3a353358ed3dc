import type { SpecialTerm } from '@/lib/model';
import { daysLeftText, formatDay, termStatus } from '@/lib/deal';

const TAG = { danger: 'Past due', warning: 'Due soon' } as const;

/** Each special term with its due day, the days left and a level (`data-level`). */
export function SpecialTermList(props: { terms: SpecialTerm[]; today: string; defaultRemindDays: number }) {
  if (!props.terms.length) return <p class="hf-empty">No special terms.</p>;
  return (
    <ul class="hf-list">
      {props.terms.map((term) => {
        const { daysLeft, level } = termStatus(term, props.today, props.defaultRemindDays);
        return (
          <li key={term.id} class="hf-item" data-handoff-field="term" data-level={level}>
            <p class="hf-item-text" data-handoff-field="term-text">
              {term.text}
            </p>
            <p class="hf-meta">
              {term.dueOn && daysLeft !== null ? (
                <>
                  Due{' '}
                  <time data-handoff-field="term-due" dateTime={term.dueOn}>
                    {formatDay(term.dueOn)}
                  </time>
                  {' · '}
                  <span data-handoff-field="days-left">{daysLeftText(daysLeft)}</span>
                  {(level === 'danger' || level === 'warning') && (
                    <span class="hf-tag" data-level={level}>
                      {TAG[level]}
                    </span>
                  )}
                </>
              ) : (
                'No due date'
              )}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
