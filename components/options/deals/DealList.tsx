import { isUnsigned } from '@/lib/model';
import { daysBetween, localDay } from '@/lib/dates';
import { nextDueTerm, overdueCount, relativeDays } from '@/lib/options/deal-list';
import type { DealPage, DealRow } from '@/lib/store/deal-rows';
import { StageBadge } from './StageBadge';
import { DataTable } from '@/components/kit/DataTable';

export interface DealListProps {
  /** The rows to show, already filtered and sorted by the worker (issue 18), with the counts. */
  page: DealPage;
  filter: string;
  onFilter: (filter: string) => void;
  onOpen: (row: DealRow) => void;
  onNew: () => void;
  /** Shows a page more rows. */
  onMore: () => void;
  /** Only the first screenful is here yet: no "Showing N of M" line. */
  firstScreen?: boolean;
}

/** Rows rendered at once: a 10,000-deal CRM import must not freeze the page. */
export const DEAL_ROWS_SHOWN = 200;
/**
 * The first screenful (issue 18): what a tall window shows, asked for and
 * drawn first; the rest of the first page follows once it is on screen.
 * Reading and drawing 200 rows took 70-100 ms of a cold reload.
 */
export const FIRST_SCREEN_ROWS = 40;
/** "Show more" stops here (the protocol's limit): past it, the filter finds a deal faster than scrolling. */
export const MAX_DEAL_ROWS = 1000;

export function DealList({ page, filter, onFilter, onOpen, onNew, onMore, firstScreen = false }: DealListProps) {
  const today = localDay(new Date());
  const shown = page.rows;
  const { total, unsigned, matching } = page;
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
          {total} deal{total === 1 ? '' : 's'}
          {unsigned ? `, ${unsigned} unsigned` : ''}
        </span>
        <button type="button" class="btn btn--primary" onClick={onNew} data-handoff-options="new-deal">
          New deal
        </button>
      </div>
      {total === 0 ? (
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
      {matching > shown.length && !firstScreen && (
        <p class="muted" data-handoff-options="deal-list-more">
          Showing {shown.length} of {matching} deals.{' '}
          {shown.length < MAX_DEAL_ROWS ? (
            <button type="button" class="btn btn--ghost" onClick={onMore} data-handoff-options="deal-list-show-more">
              Show {Math.min(DEAL_ROWS_SHOWN, matching - shown.length)} more
            </button>
          ) : null}{' '}
          Type in the filter to find the others.
        </p>
      )}
    </div>
  );
}
