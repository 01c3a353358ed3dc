import { useState } from 'preact/hooks';
import type { OutboxItem } from '@/lib/crm/outbox';
import { send } from '@/lib/messaging/client';
import { describeError } from '@/lib/options/data-io';
import { writeBackWords } from '@/lib/options/crm-writeback';

export interface WriteBackStateProps {
  /** The newest outbox item of each CRM for one request or deliverable; nothing is shown without one. */
  items: readonly OutboxItem[] | undefined;
  onRetried: (item: OutboxItem) => void;
}

/**
 * Where a request's or a deliverable decision's write to the CRM stands:
 * written, waiting, or failed with the CRM's reason and a Retry
 * (`crm.outbox.retry` makes it pending and sends it now).
 */
export function WriteBackState({ items, onRetried }: WriteBackStateProps) {
  if (!items?.length) return null;
  return (
    <>
      {items.map((item) => (
        <WriteBackLine key={item.id} item={item} onRetried={onRetried} />
      ))}
    </>
  );
}

function WriteBackLine({ item, onRetried }: { item: OutboxItem; onRetried: (item: OutboxItem) => void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = writeBackWords(item, new Date());

  const retry = async () => {
    setBusy(true);
    setFailure(null);
    try {
      onRetried(await send('crm.outbox.retry', { id: item.id }));
    } catch (e) {
      setFailure(describeError(e, 'Retry failed').message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class={`crm-writeback crm-writeback--${shown.state}`} data-handoff="crm-writeback" data-state={shown.state} data-crm={item.source}>
      <span class="crm-writeback-words">{shown.words}</span>
      {shown.canRetry ? (
        <button type="button" class="btn btn--small" disabled={busy} onClick={() => void retry()} data-handoff="crm-writeback-retry">
          {busy ? 'Retrying…' : 'Retry'}
        </button>
      ) : null}
      {failure ? (
        <span class="text-danger" role="alert">
          Retry failed: {failure}
        </span>
      ) : null}
    </div>
  );
}
