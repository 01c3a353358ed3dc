import { useEffect, useRef, useState } from 'preact/hooks';
import { localDay } from '@/lib/dates';
import { send } from '@/lib/messaging/client';
import { firstScreenShown } from '@/lib/options/first-screen';
import { ErrorBanner } from '../ErrorBanner';
import { useHashScroll } from '../requests/useHashScroll';
import { useLive, useReloadOnChange } from '../../kit/useLive';

/**
 * Whether the element is on or near the screen (always, where
 * IntersectionObserver is missing), looked at once the deals list above
 * showed: before, every section is short and all of them are "near".
 */
function useNearScreen(el: { current: Element | null }): boolean {
  const [near, setNear] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (near) return;
    let observer: IntersectionObserver | null = null;
    let gone = false;
    void firstScreenShown().then(() => {
      if (gone || !el.current) return;
      observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: '200px 0px' });
      observer.observe(el.current);
    });
    return () => {
      gone = true;
      observer?.disconnect();
    };
  }, [near, el]);
  return near;
}

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'failed'; message: string };

/**
 * The agenda of the weekly Sales–PM sync as Markdown: copied in one click,
 * and shown read-only so it can be selected by hand when copying is refused.
 */
export function WeeklySyncView() {
  const today = localDay(new Date());
  const section = useRef<HTMLElement>(null);
  // Worked out in the worker, which holds the deals (issue 18: the page never loads them all), and
  // only once the section is near the screen: it must not slow the deals list above it.
  const near = useNearScreen(section);
  const agenda = useLive(() => (near ? send('weekly.agenda', { today }) : Promise.resolve(undefined)), ['requests', 'deals', 'people']);
  useReloadOnChange(agenda.reload, `${today} ${near}`);
  const [copy, setCopy] = useState<CopyState>({ kind: 'idle' });
  const area = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const ready = agenda.data !== undefined;
  useHashScroll('weekly-sync', ready);
  const markdown = agenda.data?.markdown ?? '';

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

  const error = agenda.error;
  return (
    <section id="weekly-sync" class="section" aria-labelledby="weekly-sync-title" ref={section}>
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
