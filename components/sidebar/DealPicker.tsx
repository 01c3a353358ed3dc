import { useId, useState } from 'preact/hooks';
import type { DealChoice } from './types';
import { trusted } from '@/components/kit/trusted';

const fold = (s: string) => s.trim().toLocaleLowerCase();

function matches(deal: DealChoice, query: string): boolean {
  const q = fold(query);
  if (!q) return true;
  return [deal.name, deal.account, deal.id].some((field) => fold(field).includes(q));
}

/** Deals of the suggested account first, then by name; stable otherwise. */
function ordered(deals: DealChoice[], suggestedAccount?: string): DealChoice[] {
  const account = suggestedAccount ? fold(suggestedAccount) : '';
  const rank = (d: DealChoice) => (account && fold(d.account) === account ? 0 : 1);
  return [...deals].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function initialChoice(deals: DealChoice[], suggestedAccount?: string): string {
  if (!suggestedAccount) return '';
  const same = deals.filter((d) => fold(d.account) === fold(suggestedAccount));
  return same.length === 1 ? same[0]!.id : '';
}

/**
 * The link picker, once opened: find a deal by name or account, choose it
 * and link the page with one of its targets.
 */
export function DealPicker(props: {
  deals: DealChoice[];
  suggestedAccount?: string;
  targets: Array<{ kind?: string; label: string }>;
  linkTo(dealId: string, kind?: string): void;
}) {
  const { deals, suggestedAccount, targets, linkTo } = props;
  const searchId = useId();
  const selectId = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState(() => initialChoice(deals, suggestedAccount));

  const shown = ordered(deals, suggestedAccount).filter((d) => matches(d, query));
  // A search that leaves one deal picks it; a choice the search hides is no choice.
  const selected = shown.some((d) => d.id === chosen) ? chosen : shown.length === 1 ? shown[0]!.id : '';

  return (
    <form
      class="hf-link-form"
      data-handoff-form="link"
      // The link is made by the button's trusted click (Enter in a field
      // clicks the submit button, trusted too): a script's requestSubmit()
      // fires a trusted submit with no user behind it.
      onSubmit={(e) => e.preventDefault()}
    >
      <label class="hf-label" for={searchId}>
        Find a deal
      </label>
      <input
        id={searchId}
        class="hf-input"
        type="search"
        placeholder="Name or account"
        autoComplete="off"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <label class="hf-label" for={selectId}>
        Deal
      </label>
      <select
        id={selectId}
        class="hf-input"
        data-handoff-field="deal-select"
        value={selected}
        onChange={(e) => setChosen(e.currentTarget.value)}
      >
        <option value="">{shown.length ? 'Choose a deal…' : 'No deal matches'}</option>
        {shown.map((d) => (
          <option key={d.id} value={d.id}>
            {d.account.trim() ? `${d.name} (${d.account})` : d.name}
          </option>
        ))}
      </select>
      <div class="hf-actions">
        {targets.map((t, i) => (
          <button
            key={t.kind ?? 'page'}
            type={i === 0 ? 'submit' : 'button'}
            class="hf-button hf-button--primary"
            data-handoff-action="link"
            data-kind={t.kind}
            disabled={!selected}
            onClick={trusted(() => {
              if (selected) linkTo(selected, t.kind);
            })}
          >
            {t.label}
          </button>
        ))}
      </div>
    </form>
  );
}
