import type { ComponentChildren } from 'preact';
import { trusted } from '@/components/kit/trusted';
import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { type EvidenceSpan, highlightSegments } from '@/lib/sites/gmail/flag/highlight';
import { type FlagLabel, flagWording, reasonText } from '@/lib/sites/gmail/flag/wording';

export type FlagStatus = 'open' | 'logged' | 'dismissed';

export interface RequestFlagProps {
  label: FlagLabel;
  /** The classifier's evidence; the flag marks the spans and shows their reasons, it needs no ids. */
  evidence: readonly EvidenceSpan[];
  newestMessage: string;
  status: FlagStatus;
  /** Disables every button while an action runs. */
  busy?: boolean;
  /** The outcome of the last action ("Copied to the clipboard"), read out politely. */
  notice?: string | null;
  onLog(): void;
  onRedirect(): void;
  onDismiss(): void;
  onUndo?(): void;
}

const LEVEL_WORD = { danger: 'Warning', warning: 'Attention', info: 'Note' } as const;

/** Which control takes focus after an action removed the focused one. */
type Refocus = 'undo' | 'first' | 'after-log';

/**
 * The request flag shown in the sidebar when the newest message is a Sales
 * request: what it is, the phrases that triggered it (message text only ever
 * goes into text nodes), and the PM's actions.
 */
export function RequestFlag(props: RequestFlagProps) {
  const { label, evidence, newestMessage, status, busy = false, notice } = props;
  const wording = flagWording(label);
  const titleId = useId();
  const excerpts = useMemo(
    () => highlightSegments(newestMessage, Array.isArray(evidence) ? evidence : [], { context: 80 }),
    [newestMessage, evidence],
  );

  // After an action removes the focused button (Log, Not a request, Undo),
  // focus moves to the control that took its place instead of the page.
  const sectionRef = useRef<HTMLElement>(null);
  const refocus = useRef<{ from: HTMLElement; to: Refocus } | null>(null);
  useEffect(() => {
    const pending = refocus.current;
    const root = sectionRef.current;
    if (!pending || busy) return;
    refocus.current = null;
    if (!root || pending.from.isConnected) return;
    const pick = (sel: string) => root.querySelector<HTMLElement>(sel);
    const target =
      pending.to === 'undo'
        ? pick('[data-handoff-action="undo"]')
        : pending.to === 'after-log'
          ? (pick('[data-handoff-action="redirect"]') ?? pick('[data-handoff-action="dismiss"]'))
          : pick('[data-handoff-action]');
    (target ?? root).focus();
  });

  // Every action writes (the log, the flags store, Gmail's reply box): real input only.
  const act = (fn: (() => void) | undefined, to: Refocus | undefined) => trusted((event: Event) => {
    if (busy || !fn) return;
    const from = event.currentTarget as HTMLElement | null;
    if (to && from) refocus.current = { from, to };
    fn();
  });

  const common = {
    ref: sectionRef,
    class: 'hf-flag',
    'data-handoff': 'flag',
    'data-label': label,
    'data-status': status,
    'data-level': wording.level,
    'aria-busy': busy || undefined,
    tabIndex: -1,
  };
  const statusLine = (
    <p class="hf-flag-notice" role="status" data-handoff-field="notice">
      {notice ?? ''}
    </p>
  );

  if (status === 'dismissed') {
    return (
      <section {...common} aria-label="Sales request, dismissed">
        <div class="hf-flag-dismissed">
          <span class="hf-flag-dismissed-text">Dismissed as not a request</span>
          {props.onUndo && (
            <ActionButton action="undo" class="hf-flag-link" busy={busy} onClick={act(props.onUndo, 'first')}>
              Undo
            </ActionButton>
          )}
        </div>
        {statusLine}
      </section>
    );
  }

  const logged = status === 'logged';
  return (
    <section {...common} aria-labelledby={titleId}>
      <h2 class="hf-flag-title" id={titleId}>
        <span class="hf-flag-icon" aria-hidden="true">
          {wording.level === 'info' ? 'i' : '!'}
        </span>
        <span class="hf-sr">{LEVEL_WORD[wording.level]}: </span>
        <span data-handoff-field="flag-title">{wording.title}</span>
      </h2>
      <p class="hf-flag-explanation" data-handoff-field="flag-explanation">
        {wording.explanation}
      </p>

      {excerpts.length > 0 && (
        <div class="hf-flag-evidence" data-handoff-field="evidence">
          <p class="hf-flag-evidence-title">In the e-mail</p>
          {excerpts.map((excerpt, i) => (
            <blockquote key={i} class="hf-flag-excerpt" data-handoff-field="excerpt">
              {excerpt.map((seg, j) =>
                seg.mark ? (
                  <mark key={j} title={seg.reason ? reasonList(seg.reason, label) : undefined}>
                    {seg.text}
                  </mark>
                ) : (
                  seg.text
                ),
              )}
            </blockquote>
          ))}
        </div>
      )}

      <div class="hf-flag-actions" role="group" aria-label="Actions on this request">
        {logged ? (
          <span class="hf-flag-logged" data-handoff-field="logged">
            <span aria-hidden="true">✓</span> Logged
          </span>
        ) : (
          <ActionButton
            action="log"
            class={`hf-button${wording.redirect ? '' : ' hf-button--primary'}`}
            busy={busy}
            onClick={act(props.onLog, 'after-log')}
          >
            Log request
          </ActionButton>
        )}
        {wording.redirect && (
          <ActionButton action="redirect" class="hf-button hf-button--primary" busy={busy} onClick={act(props.onRedirect, undefined)}>
            Redirect to Sales
          </ActionButton>
        )}
        <ActionButton action="dismiss" class="hf-button hf-flag-quiet" busy={busy} onClick={act(props.onDismiss, 'undo')}>
          Not a request
        </ActionButton>
      </div>
      {statusLine}
    </section>
  );
}

interface ActionButtonProps {
  /** `data-handoff-action`: what focus moves and tests find the button by. */
  action: 'log' | 'redirect' | 'dismiss' | 'undo';
  class: string;
  busy: boolean;
  onClick(event: Event): void;
  children: ComponentChildren;
}

/** One of the flag's actions: every one is disabled while an action runs. */
function ActionButton({ action, class: className, busy, onClick, children }: ActionButtonProps) {
  return (
    <button type="button" class={className} data-handoff-action={action} disabled={busy} onClick={onClick}>
      {children}
    </button>
  );
}

/** A mark's merged reasons ("a; b"), each as the PM reads it, one per line. */
function reasonList(reasons: string, label: FlagLabel): string {
  return reasons
    .split('; ')
    .map((r) => reasonText(r, label))
    .filter(Boolean)
    .join('\n');
}
