import { trusted } from '@/components/kit/trusted';
import { normalizeEmail } from '@/lib/model/constants';
import type { AlertItem } from './AlertList';
import { AlertList } from './AlertList';
import { DealFacts } from './DealFacts';
import { DealSummary } from './DealSummary';
import { DeliverableList } from './DeliverableList';
import { Section } from './Section';
import { SpecialTermList } from './SpecialTermList';
import { StakeholderList } from './StakeholderList';
import type { LinkedState, SidebarActions } from './types';

/** The linked deal: alerts, terms, deliverables, stakeholders and notes. */
export function LinkedView(props: { state: LinkedState; alerts: AlertItem[]; actions?: SidebarActions }) {
  const { deal, today, defaultRemindDays } = props.state;
  const openOptions = props.actions?.openOptions;
  const owner = deal.owner;
  const nameOf = (email: string): string =>
    owner && owner.name.trim() && normalizeEmail(owner.email) === normalizeEmail(email) ? owner.name.trim() : email;

  return (
    <div class="hf-linked">
      <DealSummary deal={deal} via={props.state.via} alsoMatched={props.state.alsoMatched} />
      <AlertList alerts={props.alerts} />
      <Section title="Commercials" field="commercials">
        <DealFacts deal={deal} />
      </Section>
      <Section title="Special terms" field="terms">
        <SpecialTermList terms={deal.specialTerms} today={today} defaultRemindDays={defaultRemindDays} />
      </Section>
      <Section title="Deliverables" field="deliverables">
        <DeliverableList deliverables={deal.deliverables} today={today} nameOf={nameOf} />
      </Section>
      <Section title="Stakeholders" field="stakeholders">
        <StakeholderList stakeholders={deal.stakeholders} />
      </Section>
      {deal.notes.trim() && (
        <Section title="Notes" field="notes">
          <p class="hf-notes hf-prewrap" data-handoff-field="notes">
            {deal.notes}
          </p>
        </Section>
      )}
      {openOptions && (
        <div class="hf-actions">
          <button type="button" class="hf-button" data-handoff-action="open-options" onClick={trusted(() => openOptions(deal.id))}>
            Open in Handoff
          </button>
        </div>
      )}
    </div>
  );
}
