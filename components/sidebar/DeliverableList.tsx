import type { Deliverable } from '@/lib/model';
import { daysLeftText, deliverableDaysLeft, deliverableStatus, formatDay } from '@/lib/deal';

/** Deliverables with what was promised, by whom, and whether the PM confirmed it. */
export function DeliverableList(props: {
  deliverables: Deliverable[];
  today: string;
  /** A display name for an address (the deal owner's name, say). */
  nameOf: (email: string) => string;
}) {
  if (!props.deliverables.length) return <p class="hf-empty">No deliverables promised.</p>;
  return (
    <ul class="hf-list">
      {props.deliverables.map((d) => {
        const level = deliverableStatus(d, props.today);
        const daysLeft = deliverableDaysLeft(d, props.today);
        return (
          <li key={d.id} class="hf-item" data-handoff-field="deliverable" data-level={level}>
            <p class="hf-item-text">{d.name}</p>
            {(d.promisedOn || d.promisedBy) && (
              <p class="hf-meta">
                Promised
                {d.promisedOn && daysLeft !== null && (
                  <>
                    {' for '}
                    <time dateTime={d.promisedOn}>{formatDay(d.promisedOn)}</time> ({daysLeftText(daysLeft)})
                  </>
                )}
                {d.promisedBy && (
                  <>
                    {' by '}
                    <span title={d.promisedBy}>{props.nameOf(d.promisedBy)}</span>
                  </>
                )}
              </p>
            )}
            <p class="hf-meta">
              <span class="hf-tag" data-level={d.pmConfirmed ? 'ok' : level} data-handoff-field="pm-confirmed">
                {d.pmConfirmed ? 'Confirmed by PM' : 'Not confirmed by PM'}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
