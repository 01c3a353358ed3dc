import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { localDay } from '@/lib/dates';
import { send } from '@/lib/messaging/client';
import { weeklySyncMarkdown } from '@/lib/requests/weekly-sync';
import { ErrorBanner } from '../ErrorBanner';
import { useHashScroll } from '../requests/useHashScroll';
import { useLive } from '../../kit/useLive';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

/**
 * The agenda of the weekly Sales–PM sync as Markdown: copied in one click,
 * and shown read-only so it can be selected by hand when copying is refused.
 */
export function WeeklySyncView() {
  const requests = useLive(() => send('requests.list', {}), ['requests']);
  const deals = useLive(() => send('deals.list', {}), ['deals']);
  const people = useLive(() => send('people.list', {}), ['people']);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const ready = requests.data !== undefined && deals.data !== undefined && people.data !== undefined;
  useHashScroll('weekly-sync', ready);
  const today = localDay(new Date());
  const markdown = useMemo(
    () => (ready ? weeklySyncMarkdown({ requests: requests.data!, deals: deals.data!, people: people.data!, today }) : ''),
    [ready, requests.data, deals.data, people.data, today],
  );

  const copyNow = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(markdown);
      setCopy({ kind: 'copied' });
      timer.current = setTimeout(() => setCopy({ kind: 'idle' }), 4000);
    } catch (e) {
      setCopy({ kind: 'failed', message: e instanceof Error ? e.message : String(e) });
      area.current?.focus();
      area.current?.select();
    }
  };

  const error = requests.error || deals.error || people.error;
  return (
    <section id="weekly-sync" class="section" aria-labelledby="weekly-sync-title">
      <h1 id="weekly-sync-title">Weekly sync</h1>
      <p class="muted">
        The agenda for the weekly Sales–PM meeting: open requests, this week’s pre-contract asks per rep, special terms due in the
        next 30 days, deliverables promised and not confirmed, and stakeholders who left. Paste it into the meeting notes.
      </p>
      <ErrorBanner error={error} title="Could not load the data for the agenda" />
      <div class="toolbar">
        <button type="button" class="btn btn--primary" disabled={!ready} onClick={() => void copyNow()} data-handoff-options="weekly-copy">
          Copy Markdown
        </button>
        <span role="status" aria-live="polite" data-handoff-options="weekly-copy-status">
          {copy.kind === 'copied' ? (
            <span class="status--ok">Copied</span>
          ) : copy.kind === 'failed' ? (
            <span class="text-danger">Could not copy ({copy.message}). The text below is selected: press Ctrl+C (⌘C).</span>
          ) : null}
        </span>
      </div>
      {ready ? (
        <textarea
          ref={area}
          class="mono weekly-markdown"
          readOnly
          rows={18}
          value={markdown}
          aria-label="Weekly sync agenda (Markdown)"
          data-handoff-options="weekly-markdown"
        />
      ) : error ? null : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
