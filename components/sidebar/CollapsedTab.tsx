import type { Ref } from 'preact';
import { trusted } from '@/components/kit/trusted';
import type { AlertLevel } from '@/lib/deal';

const LEVEL_TEXT: Record<AlertLevel, string> = {
  danger: 'needs attention now',
  warning: 'has warnings',
  info: 'has notes',
};

/** The collapsed sidebar: a small tab on the right edge, colored by the worst alert. */
export function CollapsedTab(props: {
  level: AlertLevel | null;
  onExpand(): void;
  buttonRef?: Ref<HTMLButtonElement>;
}) {
  const { level } = props;
  return (
    <button
      type="button"
      class="hf-tab"
      ref={props.buttonRef}
      data-handoff-action="expand"
      data-level={level ?? 'none'}
      aria-expanded="false"
      title="Show Handoff"
      onClick={trusted(() => props.onExpand())}
    >
      <span class="hf-dot" aria-hidden="true" />
      <span class="hf-tab-name">Handoff</span>
      {level && <span class="hf-sr">, the deal {LEVEL_TEXT[level]}</span>}
    </button>
  );
}
