import { openCountText } from '@/lib/popup/recent';

/** The line at the top: how many logged requests are still open. */
export function OpenCount({ count }: { count: number | undefined }) {
  return (
    <p class="open-count" data-open-count={count ?? undefined} aria-live="polite">
      {count === undefined ? 'Counting open requests…' : openCountText(count)}
    </p>
  );
}
