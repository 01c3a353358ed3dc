import { useEffect, useRef, useState } from 'preact/hooks';
import { Field, useFieldControl, type FieldProps } from './Field';
import { LargeTextSummary } from './LargeTextSummary';

export interface TextAreaFieldProps extends FieldProps {
  placeholder?: string;
  rows?: number;
  /** For ids and keys typed one a line: no spell-checking. */
  monospace?: boolean;
}

/**
 * Above this many characters the field shows a summary until the PM asks to
 * edit the text. Measured in Chromium (issue 18): a textarea's own layout
 * costs ~0.5-0.9 s to set a 1 MB value and 80-100 ms per keystroke, and
 * Preact compares the value with the textarea's on every render, so each key
 * typed anywhere in the form paid for every big field. At 50,000 characters
 * (a long e-mail thread, ~25 pages) setting the value takes a few tens of ms
 * and a keystroke stays within a frame, so nothing a PM types by hand is
 * ever collapsed; only pasted or synced bulk is.
 */
export const LARGE_TEXT_CHARS = 50_000;

export function TextAreaField(p: TextAreaFieldProps) {
  const { frame, control } = useFieldControl(p);
  // Once asked for, the textarea stays for this field, even if the text is cut below the threshold.
  const [editing, setEditing] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const focusOnMount = useRef(false);
  useEffect(() => {
    if (editing && focusOnMount.current) {
      focusOnMount.current = false;
      area.current?.focus();
    }
  }, [editing]);
  return (
    <Field {...frame}>
      {!editing && p.value.length > LARGE_TEXT_CHARS ? (
        <LargeTextSummary
          control={control}
          text={p.value}
          onEdit={() => {
            focusOnMount.current = true;
            setEditing(true);
          }}
        />
      ) : (
        <textarea
          {...control}
          ref={area}
          value={p.value}
          rows={p.rows ?? 3}
          placeholder={p.placeholder}
          class={p.monospace ? 'mono' : undefined}
          spellcheck={p.monospace ? false : undefined}
          onInput={(e) => p.onValue(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}
