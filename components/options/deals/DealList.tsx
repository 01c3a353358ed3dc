import { isUnsigned, type Deal } from '@/lib/model';
import { daysBetween, localDay } from '@/lib/dates';
import { matchesFilter, nextDueTerm, overdueCount, relativeDays, sortDeals } from '@/lib/options/deal-list';
import { StageBadge } from './StageBadge';
import { DataTable } from '@/components/kit/DataTable';

export interface DealListProps {
  deals: readonly Deal[];
  filter: string;
  onFilter: (filter: string) => void;
  onOpen: (deal: Deal) => void;
  onNew: () => void;
}

/** Rows rendered at once: a 10,000-deal CRM import must not freeze the page. */
export const DEAL_ROWS_SHOWN = 200;

export function DealList({ deals, filter, onFilter, onOpen, onNew }: DealListProps) {
  const today = localDay(new Date());
  const matching = sortDeals(deals.filter((d) => matchesFilter(d, filter)));
  const shown = matching.slice(0, DEAL_ROWS_SHOWN);
  const unsigned = deals.filter((d) => isUnsigned(d.stage)).length;
  return (
    <div class="deal-list">
      <div class="toolbar">
        <input
          type="search"
          class="filter"
          placeholder="Filter by name, account, owner, stage…"
          aria-label="Filter deals"
          value={filter}
          onInput={(e) => onFilter(e.currentTarget.value)}
          data-handoff-options="deal-filter"
        />
        <span class="muted">
          {deals.length} deal{deals.length === 1 ? '' : 's'}
          {unsigned ? `, ${unsigned} unsigned` : ''}
        </span>
        <button type="button" class="btn btn--primary" onClick={onNew} data-handoff-options="new-deal">
          New deal
        </button>
      </div>
      {deals.length === 0 ? (
        <p class="empty">No deals yet. Add one with “New deal”, or import a backup under Data.</p>
      ) : shown.length === 0 ? (
        <p class="empty">No deal matches “{filter}”.</p>
      ) : (
        <DataTable class="table--clickable" columns={['Name', 'Account', 'Stage', 'Owner', 'Next special-term due']}>
          {shown.map((d) => {
            const next = nextDueTerm(d, today);
            const overdue = overdueCount(d, today);
            return (
              <tr
                key={d.id}
                class={isUnsigned(d.stage) ? 'row--unsigned' : undefined}
                data-deal-id={d.id}
                onClick={() => onOpen(d)}
              >
                <td>
                  <button
                    type="button"
                    class="link-button"
                    onClick={(e) => {
                      e.stopPropagation();
                      onOpen(d);
                    }}
                  >
                    {d.name}
                  </button>
                  <div class="muted small mono">{d.id}</div>
                </td>
                <td>{d.account}</td>
                <td>
                  <StageBadge stage={d.stage} />
                </td>
                <td>{d.owner ? d.owner.name || d.owner.email : <span class="muted">—</span>}</td>
                <td>
                  {next?.dueOn ? (
                    <span title={next.text}>
                      {next.dueOn} <span class="muted small">({relativeDays(daysBetween(today, next.dueOn))})</span>
                    </span>
                  ) : (
                    <span class="muted">—</span>
                  )}
                  {overdue ? <div class="small text-danger">{overdue} past due</div> : null}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      {matching.length > shown.length && (
        <p class="muted" data-handoff-options="deal-list-more">
          Showing {shown.length} of {matching.length} deals. Type in the filter to find the others.
        </p>
      )}
    </div>
  );
}
