import type { Deliverable } from '@/lib/model';
import { daysLeftText, deliverableDaysLeft, deliverableStatus, formatDay } from '@/lib/deal';

/**
 * The PM's decision, as lib/crm/writeback-text.ts's deliverableDecision reads
 * it (`pmConfirmed`, or the loose `pmRefused`), written out here because that
 * module pulls the model's zod into the content scripts.
 */
function decisionOf(d: Deliverable): 'confirmed' | 'refused' | 'none' {
  if (d.pmConfirmed) return 'confirmed';
  return (d as { pmRefused?: unknown }).pmRefused === true ? 'refused' : 'none';
}

const DECISION_WORDS = { confirmed: 'Confirmed by PM', refused: 'Refused by PM', none: 'Not confirmed by PM' } as const;

/** Deliverables with what was promised, by whom, and whether the PM confirmed or refused it. */
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
        const decision = decisionOf(d);
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
              <span
                class="hf-tag"
                data-level={decision === 'confirmed' ? 'ok' : decision === 'refused' ? 'danger' : level}
                data-handoff-field="pm-confirmed"
                data-decision={decision}
              >
                {DECISION_WORDS[decision]}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
