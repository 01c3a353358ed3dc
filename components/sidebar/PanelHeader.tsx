import type { Ref } from 'preact';
import { trusted } from '@/components/kit/trusted';

/** The panel's top bar: the Handoff name and the collapse button. */
export function PanelHeader(props: { controls: string; onCollapse(): void; buttonRef?: Ref<HTMLButtonElement> }) {
  return (
    <header class="hf-header">
      <span class="hf-brand">Handoff</span>
      <button
        type="button"
        class="hf-icon-button"
        ref={props.buttonRef}
        data-handoff-action="collapse"
        aria-expanded="true"
        aria-controls={props.controls}
        aria-label="Collapse Handoff"
        title="Collapse"
        onClick={trusted(() => props.onCollapse())}
      >
        <span aria-hidden="true">»</span>
      </button>
    </header>
  );
}
