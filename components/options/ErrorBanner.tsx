import { describeError } from '@/lib/options/data-io';
import { labelForPath } from '@/lib/options/path-labels';

/** A failure from the background; storage-quota failures stand out. */
export function ErrorBanner({ error, title, onDismiss }: { error: unknown; title?: string; onDismiss?: () => void }) {
  if (!error) return null;
  const shown = describeError(error, title);
  return (
    <div class={`banner banner--error${shown.quota ? ' banner--quota' : ''}`} role="alert" data-error-code={shown.quota ? 'quota' : undefined}>
      <div class="banner-body">
        <strong>{shown.title}</strong>
        <p>{shown.message}</p>
        {shown.problems.length > 1 ? (
          <ul>
            {shown.problems.map((p, i) => (
              <li key={i}>
                {p.field ? `${labelForPath(p.field)}: ` : ''}
                {p.message}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {onDismiss ? (
        <button type="button" class="btn btn--ghost" onClick={onDismiss} aria-label="Dismiss">
          ×
        </button>
      ) : null}
    </div>
  );
}
