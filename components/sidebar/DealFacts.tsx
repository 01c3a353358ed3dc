import type { Deal } from '@/lib/model';
import { billingSummary, formatDay, formatMoney } from '@/lib/deal';

/** Value, billing, signature and owner as a definition list. */
export function DealFacts({ deal }: { deal: Deal }) {
  const billing = billingSummary(deal.billing);
  const notes = deal.billing?.notes.trim();
  return (
    <dl class="hf-facts">
      {deal.value && (
        <div>
          <dt>Value</dt>
          <dd data-handoff-field="value">{formatMoney(deal.value)}</dd>
        </div>
      )}
      <div>
        <dt>Billing</dt>
        <dd data-handoff-field="billing">{billing ?? 'Not recorded'}</dd>
      </div>
      {notes && (
        <div>
          <dt>Billing notes</dt>
          <dd data-handoff-field="billing-notes" class="hf-prewrap">
            {deal.billing?.notes}
          </dd>
        </div>
      )}
      {deal.signedOn && (
        <div>
          <dt>Signed</dt>
          <dd data-handoff-field="signed-on">
            <time dateTime={deal.signedOn}>{formatDay(deal.signedOn)}</time>
          </dd>
        </div>
      )}
      {deal.owner && (
        <div>
          <dt>Sales owner</dt>
          <dd data-handoff-field="owner" title={deal.owner.email}>
            {deal.owner.name.trim() || deal.owner.email}
          </dd>
        </div>
      )}
    </dl>
  );
}
