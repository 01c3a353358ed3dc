import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onDataChanged, type StoreName } from '@/lib/sync/signal';

export interface Live<T> {
  /** undefined until the first load answers. */
  data: T | undefined;
  error: unknown;
  reload: () => void;
}

/**
 * Loads data on mount and again whenever another context changes one of
 * `stores` (lib/sync). Only the newest load's answer is applied, and nothing
 * is applied after unmount: the AbortController ends the subscription.
 */
export function useLive<T>(load: () => Promise<T>, stores: readonly StoreName[]): Live<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const reloadRef = useRef<() => void>(() => {});
  const loadRef = useRef(load);
  loadRef.current = load;
  const storesKey = stores.join(',');

  useEffect(() => {
    const controller = new AbortController();
    let seq = 0;
    const run = async () => {
      const mine = ++seq;
      try {
        const value = await loadRef.current();
        if (controller.signal.aborted || mine !== seq) return;
        setData(() => value);
        setError(null);
      } catch (e) {
        if (controller.signal.aborted || mine !== seq) return;
        setError(e);
      }
    };
    reloadRef.current = () => void run();
    void run();
    const wanted = storesKey.split(',');
    onDataChanged(
      (change) => {
        if (change.stores.some((s) => wanted.includes(s))) void run();
      },
      { signal: controller.signal },
    );
    return () => controller.abort();
  }, [storesKey]);

  // One function for the component's life, so it can be an effect's dependency.
  const reload = useCallback(() => reloadRef.current(), []);
  return { data, error, reload };
}

/** Loads `live` again when `key` changes (not on mount: useLive loads then). */
export function useReloadOnChange(reload: () => void, key: unknown): void {
  const last = useRef(key);
  useEffect(() => {
    if (Object.is(last.current, key)) return;
    last.current = key;
    reload();
  }, [key, reload]);
}
