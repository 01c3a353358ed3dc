import { useMemo } from 'preact/hooks';

/** How much of a collapsed text shows: enough to recognise it (a thread's first lines), little to lay out. */
export const PREVIEW_CHARS = 500;

/**
 * "about 1.0 MB", "about 230 KB": binary units, as file managers show a
 * file's size, from the count of characters (a byte each in English text).
 * Not the exact UTF-8 size: counting that walks the whole text, ~6 ms per MB
 * in Chromium, for a figure a PM reads as a rough size anyway.
 */
export function sizeWords(chars: number): string {
  if (chars >= 1 << 20) return `about ${(chars / (1 << 20)).toFixed(1)} MB`;
  return `about ${Math.max(1, Math.round(chars / 1024))} KB`;
}

/** The first `PREVIEW_CHARS`, never ending in half a surrogate pair. */
export function previewOf(text: string): string {
  const head = text.slice(0, PREVIEW_CHARS);
  const last = head.charCodeAt(head.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? head.slice(0, -1) : head;
}

export interface LargeTextSummaryProps {
  /** The attributes the field's textarea would have had: its id (the label points at the button), ARIA, data-field. */
  control: { id: string; 'data-field': string; 'aria-describedby'?: string; 'aria-invalid'?: true; required?: boolean };
  text: string;
  onEdit: () => void;
}

/**
 * A text too long to edit comfortably, shown without its textarea: its size,
 * its first lines (as text) and a button that brings the real textarea. The
 * draft keeps the text as it is until then, so saving writes it back unchanged.
 */
export function LargeTextSummary({ control, text, onEdit }: LargeTextSummaryProps) {
  const { id, 'data-field': field, 'aria-describedby': describedBy, 'aria-invalid': invalid } = control;
  const size = `${text.length.toLocaleString('en')} characters (${sizeWords(text.length)} of text)`;
  const preview = useMemo(() => previewOf(text), [text]);
  return (
    <div class="large-text" data-handoff-options="large-text" data-field={field}>
      <p class="large-text-size" id={`${id}-size`}>
        {size}, shown in part to keep the editor quick.
      </p>
      <p class="large-text-preview">
        {preview}…
      </p>
      <button
        type="button"
        class="btn"
        id={id}
        aria-describedby={[`${id}-size`, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid}
        data-handoff-options="large-text-edit"
        onClick={onEdit}
      >
        Edit all of it
      </button>
    </div>
  );
}
