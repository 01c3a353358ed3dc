import { useId } from 'preact/hooks';
import type { RequestStatus, SalesRequest } from '@/lib/model';
import { labelName } from '@/lib/requests/labels';
import { fullDate, relativeDate } from '@/lib/popup/relative-date';
import { RequestStatusSelect } from '@/components/kit/RequestStatusSelect';

export interface RequestRowProps {
  request: SalesRequest;
  dealName: string | null;
  now: Date;
  /** The status the user just picked, until the store confirms it. */
  pendingStatus?: RequestStatus;
  busy?: boolean;
  onStatus(status: RequestStatus): void;
}

/** One logged request: who, what, which deal, its label, when, and its status. */
export function RequestRow({ request, dealName, now, pendingStatus, busy = false, onStatus }: RequestRowProps) {
  const who = request.from.name.trim() || request.from.email;
  const status = pendingStatus ?? request.status;
  const selectId = useId();
  return (
    <li class="req" data-request-id={request.id} data-status={status}>
      <div class="req-main">
        <div class="req-top">
          <span class="req-who" title={request.from.email}>
            {who}
          </span>
          <time class="req-when" dateTime={request.loggedAt} title={fullDate(request.loggedAt)}>
            {relativeDate(request.loggedAt, now)}
          </time>
        </div>
        <div class="req-summary">{request.summary || '(no summary)'}</div>
        <div class="req-meta">
          <span class={`req-label req-label--${request.label}`}>{labelName(request.label)}</span>
          {dealName ? <span class="req-deal">{dealName}</span> : null}
        </div>
      </div>
      <label class="sr-only" for={selectId}>
        Status of “{request.summary || who}”
      </label>
      <RequestStatusSelect id={selectId} class="req-status" status={status} disabled={busy} onStatus={onStatus} />
    </li>
  );
}
