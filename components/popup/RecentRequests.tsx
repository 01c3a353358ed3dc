import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Live } from '@/components/kit/useLive';
import type { Deal, RequestStatus } from '@/lib/model';
import type { Recent } from '@/lib/popup/recent';
import { RequestRow } from './RequestRow';

export interface RecentRequestsProps {
  recent: Live<Recent>;
  deals: readonly Deal[] | undefined;
  now: Date;
  setStatus(id: string, status: RequestStatus): Promise<unknown>;
  onOpenAll(): void;
  /** Where "All requests →" points, for middle-click and the status bar. */
  allHref: string;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** The newest requests, each with its status changeable in place. */
export function RecentRequests({ recent, deals, now, setStatus, onOpenAll, allHref }: RecentRequestsProps) {
  const [pending, setPending] = useState<Readonly<Record<string, RequestStatus>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const dealNames = useMemo(() => new Map((deals ?? []).map((d) => [d.id, d.name])), [deals]);
  // Fresh data from the store replaces whatever was picked but not yet confirmed.
  useEffect(() => setPending({}), [recent.data]);

  const change = async (id: string, status: RequestStatus) => {
    setProblem(null);
    setPending((p) => ({ ...p, [id]: status }));
    try {
      await setStatus(id, status);
    } catch (e) {
      setPending(({ [id]: _, ...rest }) => rest);
      setProblem(`Could not change the status: ${errorText(e)}`);
      recent.reload();
    }
  };

  const requests = recent.data?.requests;
  return (
    <section class="recent" aria-labelledby="recent-title">
      <div class="recent-head">
        <h2 id="recent-title">Recent requests</h2>
        <a
          class="all-link"
          href={allHref}
          onClick={(e) => {
            e.preventDefault();
            onOpenAll();
          }}
        >
          All requests →
        </a>
      </div>
      {problem ? (
        <p class="pf-notice pf-notice--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div data-handoff="request-list" aria-busy={requests === undefined && !recent.error ? 'true' : undefined}>
        {requests === undefined ? (
          recent.error ? (
            <p class="pf-notice pf-notice--error" role="alert">
              Could not load the requests: {errorText(recent.error)}
            </p>
          ) : (
            <p class="muted empty">Loading…</p>
          )
        ) : requests.length === 0 ? (
          <p class="muted empty">No requests logged yet. Log the first one above; it shows here, newest first.</p>
        ) : (
          <ol class="req-list">
            {requests.map((r) => (
              <RequestRow
                key={r.id}
                request={r}
                dealName={r.dealId ? (dealNames.get(r.dealId) ?? r.dealId) : null}
                now={now}
                pendingStatus={pending[r.id]}
                onStatus={(s) => void change(r.id, s)}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
