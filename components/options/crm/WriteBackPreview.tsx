import { useMemo } from 'preact/hooks';
import type { CrmConfig } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { samplePreviews, writeBackDestination } from '@/lib/options/crm-writeback';

export interface WriteBackPreviewProps {
  source: CrmSource;
  enabled: boolean;
  as: CrmConfig['writeBack']['as'];
  /** The day the samples are dated (tests pass one). */
  now?: Date;
}

/**
 * "What will be written": the exact subject and body of a sample logged
 * request and deliverable decision, made by the functions the worker
 * writes with (lib/crm/writeback-text.ts), shown before write-back is on.
 */
export function WriteBackPreview({ source, enabled, as, now }: WriteBackPreviewProps) {
  const previews = useMemo(() => samplePreviews(now ?? new Date()), [now]);
  const where = writeBackDestination(source, as);
  return (
    <div class="crm-preview" data-handoff="crm-writeback-preview" data-crm={source} data-enabled={String(enabled)}>
      <h4>{enabled ? 'What will be written' : 'What would be written, with write-back on'}</h4>
      <p class="small">
        Each logged request, and each deliverable you confirm or refuse, becomes <strong data-field="destination">{where}</strong>, as plain
        text exactly like these samples:
      </p>
      {previews.map((p) => (
        <figure key={p.what} class="crm-preview-item" data-handoff-options="crm-preview-item">
          <figcaption class="muted small">{p.what}</figcaption>
          <div class="crm-preview-subject">
            <span class="muted">Subject: </span>
            <span data-field="subject">{p.text.subject}</span>
          </div>
          <pre class="crm-preview-body" data-field="body">
            {p.text.body}
          </pre>
        </figure>
      ))}
    </div>
  );
}
