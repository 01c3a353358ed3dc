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
 * edit the text (issue 18). Measured in headless Chromium, a plain page with
 * one textarea of lines of prose: setting the value and painting takes 34 ms
 * at 10,000 characters, 44 ms at 50,000, 110 ms at 200,000 and ~600 ms at
 * 1 MB; keystrokes stay ~12 ms up to 200,000. The editor renders every field
 * on each key, and Preact reads each textarea's value back to compare it, so
 * three 1 MB texts made a keystroke in the name ~70 ms and opening the
 * editor ~2.5 s. 50,000 characters (~25 pages; more than a PM types by hand)
 * costs about what a short text does, so only pasted or synced bulk collapses.
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
