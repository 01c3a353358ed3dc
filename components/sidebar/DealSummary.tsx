import type { Deal } from '@/lib/model';
import type { LinkVia } from '@/lib/deal/link/context';
import { viaText } from '@/lib/deal';
import { StagePill } from './StagePill';

/** Deal name, account, stage and why this page shows it. */
export function DealSummary(props: { deal: Deal; via: LinkVia; alsoMatched: string[] }) {
  const { deal, via, alsoMatched } = props;
  return (
    <div class="hf-deal-head">
      <h2 class="hf-deal-name" data-handoff-field="deal-name">
        {deal.name}
      </h2>
      <p class="hf-deal-sub">
        {deal.account.trim() && (
          <span class="hf-account" data-handoff-field="account">
            {deal.account}
          </span>
        )}
        <StagePill stage={deal.stage} />
      </p>
      <p class="hf-via" data-handoff-field="via" data-via={via}>
        {viaText(via, deal)}
        {alsoMatched.length > 0 && (
          <>
            {' · '}
            <span data-handoff-field="also-matched" title={alsoMatched.join(', ')}>
              also matches {alsoMatched.length === 1 ? '1 other deal' : `${alsoMatched.length} other deals`}
            </span>
          </>
        )}
      </p>
    </div>
  );
}
