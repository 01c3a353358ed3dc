import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { OutboxItem } from '@/lib/crm/outbox';
import { send } from '@/lib/messaging/client';
import { latestByRef } from '@/lib/options/crm-writeback';
import { onDataChanged } from '@/lib/sync/signal';

/** `crm.outbox.list` takes at most this many refIds, each at most 500 characters (lib/messaging/crm-protocol.ts). */
const MAX_REF_IDS = 1000;
const MAX_REF_LENGTH = 500;

export interface Outbox {
  /** Per refId, the newest item of each CRM; a refId with none is absent. */
  byRef: ReadonlyMap<string, OutboxItem[]>;
  /** Puts an item the worker answered with (a retry) in place until the next read. */
  update: (item: OutboxItem) => void;
}

/**
 * The write-back state of the records on screen (requests, or a deal's
 * deliverables), read again whenever the worker announces a `crm` change.
 * Fails soft: with no CRM connection, or a worker that cannot answer,
 * there is simply no state to show.
 */
export function useOutbox(refIds: readonly string[]): Outbox {
  const key = refIds.filter((id) => id.length <= MAX_REF_LENGTH).join('\n');
  const [items, setItems] = useState<readonly OutboxItem[]>([]);

  useEffect(() => {
    const ids = key ? key.split('\n') : [];
    if (!ids.length) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    let seq = 0;
    const run = async () => {
      const mine = ++seq;
      const chunks: string[][] = [];
      for (let i = 0; i < ids.length; i += MAX_REF_IDS) chunks.push(ids.slice(i, i + MAX_REF_IDS));
      let found: OutboxItem[];
      try {
        found = (await Promise.all(chunks.map((chunk) => send('crm.outbox.list', { refIds: chunk })))).flat();
      } catch {
        found = [];
      }
      if (!controller.signal.aborted && mine === seq) setItems(found);
    };
    void run();
    onDataChanged(
      (change) => {
        if (change.stores.includes('crm')) void run();
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [key]);

  const update = useCallback((item: OutboxItem) => setItems((list) => list.map((i) => (i.id === item.id ? item : i))), []);
  const byRef = useMemo(() => latestByRef(items), [items]);
  return { byRef, update };
}
