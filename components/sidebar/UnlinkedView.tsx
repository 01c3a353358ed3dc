import { useState } from 'preact/hooks';
import { DealPicker } from './DealPicker';
import type { DealChoice, SidebarActions, UnlinkedState } from './types';
import { trusted } from '@/components/kit/trusted';

type Picker = { kind: 'closed' } | { kind: 'loading' } | { kind: 'open'; deals: DealChoice[] } | { kind: 'failed'; message: string };

/**
 * No deal is linked: pick one to link this page to, or create one. The
 * deals are asked for only when the user opens the picker, so a page
 * nobody links never receives the list (issue 13).
 */
export function UnlinkedView(props: { state: UnlinkedState; actions?: SidebarActions }) {
  const { pageLabel, suggestedAccount } = props.state;
  const { linkTo, loadDeals, createDeal, linkTargets } = props.actions ?? {};
  const [picker, setPicker] = useState<Picker>({ kind: 'closed' });
  // No targets given: one "Link this thread" button. An empty list: this page cannot be linked.
  const targets: Array<{ kind?: string; label: string }> = linkTargets ?? [{ label: `Link ${pageLabel}` }];
  const account = suggestedAccount?.trim();
  const canLink = !!linkTo && !!loadDeals && targets.length > 0;

  const open = () => {
    if (!loadDeals || picker.kind === 'loading') return;
    setPicker({ kind: 'loading' });
    loadDeals().then(
      (deals) => setPicker({ kind: 'open', deals }),
      (e: unknown) => setPicker({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  };

  return (
    <div class="hf-unlinked">
      <h2 class="hf-title" data-handoff-field="no-deal">
        No linked deal
      </h2>
      <p class="hf-lead">Handoff has no deal linked to {pageLabel}.</p>

      {canLink && picker.kind !== 'open' && (
        <div class="hf-actions">
          <button type="button" class="hf-button hf-button--primary" data-handoff-action="open-picker" disabled={picker.kind === 'loading'} onClick={trusted(open)}>
            {picker.kind === 'loading' ? 'Loading deals…' : `Link ${pageLabel} to a deal…`}
          </button>
        </div>
      )}
      {picker.kind === 'failed' && (
        <p class="hf-error" role="alert">
          {picker.message}
        </p>
      )}
      {canLink && picker.kind === 'open' && picker.deals.length > 0 && (
        <DealPicker deals={picker.deals} suggestedAccount={suggestedAccount} targets={targets} linkTo={linkTo} />
      )}
      {picker.kind === 'open' && picker.deals.length === 0 && <p class="hf-empty">There are no deals in Handoff yet.</p>}

      {createDeal && (
        <div class="hf-actions">
          <button type="button" class="hf-button" data-handoff-action="create-deal" onClick={trusted(() => createDeal())}>
            {account ? `Create a deal for ${account}` : 'Create a deal'}
          </button>
        </div>
      )}
    </div>
  );
}
