import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** A titled part of the linked view. */
export function Section(props: { title: string; field: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <section class="hf-section" aria-labelledby={id} data-handoff-section={props.field}>
      <h3 class="hf-section-title" id={id}>
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
