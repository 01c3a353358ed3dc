import { useEffect, useMemo, useState } from 'preact/hooks';
import { localDay } from '@/lib/dates';
import { send } from '@/lib/messaging/client';
import type { RequestStatus, SalesRequest } from '@/lib/model';
import { repLabelCounts } from '@/lib/requests/chart';
import { csvFileName, requestsCsv } from '@/lib/requests/csv';
import { dealOptions, filterRequests, hasFilters, NO_FILTERS, senderOptions, type RequestFilters } from '@/lib/requests/filters';
import { ErrorBanner } from '../ErrorBanner';
import { downloadText } from '../data/ExportPanel';
import { RepLabelChart } from './RepLabelChart';
import { RequestFiltersBar } from './RequestFiltersBar';
import { REQUEST_ROWS_SHOWN, RequestTable } from './RequestTable';
import { useHashScroll } from './useHashScroll';
import { useLive, useReloadOnChange } from '../../kit/useLive';
import { useOutbox } from '../crm/useOutbox';

/**
 * Every logged request: filters (rep, deal, label, status, days), counts per
 * rep and label as a chart, statuses changeable in place, and the filtered
 * rows as a CSV file.
 */
export function RequestsView() {
  const requests = useLive(() => send('requests.list', {}), ['requests']);
  // Only the names of the deals the requests name (issue 18: never every deal in the page).
  const dealIds = useMemo(() => [...new Set((requests.data ?? []).flatMap((r) => (r.dealId ? [r.dealId] : [])))].sort().join('\n'), [requests.data]);
  const deals = useLive(() => (dealIds ? send('deals.names', { ids: dealIds.split('\n') }) : Promise.resolve([])), ['deals']);
  useReloadOnChange(deals.reload, dealIds);
  const people = useLive(() => send('people.list', {}), ['people']);
  const [filters, setFilters] = useState<RequestFilters>({ ...NO_FILTERS });
  /** Statuses being saved, by request id. */
  const [pending, setPending] = useState<Record<string, RequestStatus>>({});
  /** Requests saved here, until the next load brings them back. */
  const [saved, setSaved] = useState<Record<string, SalesRequest>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [exported, setExported] = useState<string | null>(null);

  useEffect(() => setSaved({}), [requests.data]);
  useHashScroll('requests', requests.data !== undefined);

  const all = useMemo(() => (requests.data ?? []).map((r) => saved[r.id] ?? r), [requests.data, saved]);
  const dealList = useMemo(() => deals.data ?? [], [deals.data]);
  const peopleList = useMemo(() => people.data ?? [], [people.data]);
  const rows = useMemo(() => filterRequests(all, filters), [all, filters]);
  const chart = useMemo(() => repLabelCounts(rows, peopleList), [rows, peopleList]);
  const outbox = useOutbox(useMemo(() => rows.slice(0, REQUEST_ROWS_SHOWN).map((r) => r.id), [rows]));
  const senders = useMemo(() => senderOptions(all, peopleList), [all, peopleList]);
  const dealChoices = useMemo(() => dealOptions(all, dealList), [all, dealList]);

  const setStatus = async (r: SalesRequest, status: RequestStatus) => {
    if (status === r.status) return;
    setFailure(null);
    setPending((p) => ({ ...p, [r.id]: status }));
    try {
      const updated = await send('requests.setStatus', { id: r.id, status });
      setSaved((s) => ({ ...s, [r.id]: updated }));
    } catch (e) {
      setFailure(e);
    } finally {
      setPending(({ [r.id]: _, ...rest }) => rest);
    }
  };

  const exportCsv = () => {
    const name = csvFileName(localDay(new Date()));
    downloadText(requestsCsv(rows, dealList), name, 'text/csv;charset=utf-8');
    setExported(`${name}: ${rows.length} request${rows.length === 1 ? '' : 's'}.`);
  };

  const total = all.length;
  return (
    <section id="requests" class="section" aria-labelledby="requests-title">
      <h1 id="requests-title">Requests</h1>
      <p class="muted">What Sales asked of you, as logged from the popup and the sidebar. Filter it, chart it, export it.</p>
      <ErrorBanner error={requests.error} title="Could not load the requests" />
      <ErrorBanner error={failure} title="Could not change the status" onDismiss={() => setFailure(null)} />
      {requests.data === undefined ? (
        requests.error ? null : <p class="muted">Loading…</p>
      ) : total === 0 ? (
        <p class="empty">No requests yet. Log one from the toolbar popup (or its keyboard shortcut) while reading a Sales e-mail.</p>
      ) : (
        <>
          <RequestFiltersBar filters={filters} senders={senders} deals={dealChoices} onChange={setFilters} />
          <div class="toolbar">
            <span class="muted" role="status" data-handoff-options="requests-count">
              {hasFilters(filters) ? `${rows.length} of ${total} requests` : `${total} request${total === 1 ? '' : 's'}`}
            </span>
            <span class="spacer" />
            <button type="button" class="btn btn--primary" disabled={rows.length === 0} onClick={exportCsv} data-handoff-options="requests-export">
              Export CSV
            </button>
          </div>
          {exported ? (
            <p class="status status--ok small" role="status">
              Downloaded {exported}
            </p>
          ) : null}
          {rows.length === 0 ? (
            <p class="empty">No request matches these filters.</p>
          ) : (
            <>
              <RepLabelChart data={chart} />
              <RequestTable
                requests={rows}
                deals={dealList}
                pending={pending}
                onStatus={(r, s) => void setStatus(r, s)}
                writeBack={outbox.byRef}
                onWriteBackRetried={outbox.update}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}
