import { formatDay } from '@/lib/deal';
import type { Deal, RequestStatus, SalesRequest } from '@/lib/model';
import { labelName } from '@/lib/requests/labels';
import { dealName, localDayOf } from '@/lib/requests/filters';
import { RequestStatusSelect } from '@/components/kit/RequestStatusSelect';
import { DataTable } from '@/components/kit/DataTable';
import type { OutboxItem } from '@/lib/crm/outbox';
import { WriteBackState } from '../crm/WriteBackState';

/** Rows rendered at once; the export holds every filtered row. */
export const REQUEST_ROWS_SHOWN = 500;

export interface RequestTableProps {
  requests: readonly SalesRequest[];
  deals: readonly Pick<Deal, 'id' | 'name'>[];
  /** Statuses being saved, by request id. */
  pending: Readonly<Record<string, RequestStatus>>;
  onStatus: (request: SalesRequest, status: RequestStatus) => void;
  /** Each request's write to the CRM, by request id (useOutbox); absent when it has none. */
  writeBack?: ReadonlyMap<string, OutboxItem[]>;
  onWriteBackRetried?: (item: OutboxItem) => void;
}

function fullTime(instant: string): string {
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : d.toLocaleString();
}

export function RequestTable({ requests, deals, pending, onStatus, writeBack, onWriteBackRetried }: RequestTableProps) {
  const shown = requests.slice(0, REQUEST_ROWS_SHOWN);
  return (
    <>
      <DataTable class="requests-table" hook="requests-table" columns={['Date', 'From', 'Deal', 'Label', 'Summary', 'Status']}>
        {shown.map((r) => {
          const status = pending[r.id] ?? r.status;
          const who = r.from.name.trim() || r.from.email;
          const day = localDayOf(r.loggedAt);
          return (
            <tr key={r.id} data-request-id={r.id} data-status={status}>
              <td class="nowrap">
                <time dateTime={r.loggedAt} title={fullTime(r.loggedAt)}>
                  {day ? formatDay(day) : r.loggedAt}
                </time>
              </td>
              <td>
                <span title={r.from.email}>{who}</span>
              </td>
              <td>{r.dealId === null ? <span class="muted">—</span> : dealName(r.dealId, deals)}</td>
              <td>
                <span class={`badge req-label--${r.label}`}>{labelName(r.label)}</span>
              </td>
              <td class="requests-summary">
                {r.summary || <span class="muted">(no summary)</span>}
                {r.note ? <div class="muted small">{r.note}</div> : null}
                {r.source.url && /^https?:\/\//i.test(r.source.url) ? (
                  <div class="small">
                    <a href={r.source.url} target="_blank" rel="noopener noreferrer">
                      Open in {r.source.kind === 'gmail' ? 'Gmail' : r.source.kind === 'jira' ? 'Jira' : r.source.kind === 'asana' ? 'Asana' : 'source'}
                    </a>
                  </div>
                ) : null}
              </td>
              <td>
                <RequestStatusSelect
                  class="requests-status"
                  status={status}
                  disabled={pending[r.id] !== undefined}
                  aria-label={`Status of “${r.summary || who}”`}
                  onStatus={(next) => onStatus(r, next)}
                />
                <WriteBackState items={writeBack?.get(r.id)} onRetried={(item) => onWriteBackRetried?.(item)} />
              </td>
            </tr>
          );
        })}
      </DataTable>
      {requests.length > shown.length ? (
        <p class="muted small">
          Showing the newest {shown.length} of {requests.length}. Narrow the filters, or export them all as CSV.
        </p>
      ) : null}
    </>
  );
}
