import { emptyDeliverable, type DeliverableDraft, type PmDecision } from '@/lib/options/deal-draft';
import type { FieldErrors } from '@/lib/forms/field-errors';
import type { CrmSource } from '@/lib/crm/fields';
import type { OutboxItem } from '@/lib/crm/outbox';
import { itemOriginWords } from '@/lib/options/crm-origin';
import { deliverableRefId } from '@/lib/options/crm-writeback';
import { DateField } from '@/components/kit/fields/DateField';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextField } from '@/components/kit/fields/TextField';
import { RowListEditor } from '@/components/kit/RowListEditor';
import { WriteBackState } from '../../crm/WriteBackState';

/** The PM's decision: confirmed, or refused (we will not deliver it as promised), or not reviewed yet. */
const DECISIONS: ReadonlyArray<{ value: PmDecision; label: string }> = [
  { value: 'none', label: 'Not reviewed' },
  { value: 'confirmed', label: 'Confirmed' },
  { value: 'refused', label: 'Refused' },
];

export interface DeliverablesEditorProps {
  deliverables: readonly DeliverableDraft[];
  errors: FieldErrors;
  /** id of a <datalist> of known e-mail addresses. */
  emailList?: string;
  onChange: (deliverables: DeliverableDraft[]) => void;
  /** A synced deal: its id, the CRM its items came from, and each decision's write to it (by refId). */
  crm?: {
    dealId: string;
    source: CrmSource;
    writeBack: ReadonlyMap<string, OutboxItem[]>;
    onRetried: (item: OutboxItem) => void;
  };
}

export function DeliverablesEditor({ deliverables, errors, emailList, onChange, crm }: DeliverablesEditorProps) {
  return (
    <RowListEditor
      legend="Deliverables Sales promised"
      rows={deliverables}
      path="deliverables"
      rowName="deliverable"
      grid="grid--deliverable"
      errors={errors}
      onChange={onChange}
      newRow={emptyDeliverable}
      renderFields={(bind) => (
        <>
          <TextField label="Deliverable" {...bind('name')} />
          <DateField label="Promised on" {...bind('promisedOn')} />
          <TextField label="Promised by (e-mail)" type="email" list={emailList} {...bind('promisedBy')} />
          <SelectField label="PM decision" options={DECISIONS} {...bind('pmDecision')} />
        </>
      )}
      renderNote={(row) => {
        const origin = itemOriginWords(row.orig, crm?.source ?? null);
        const writes = crm?.writeBack.get(deliverableRefId(crm.dealId, row.id));
        if (!origin && !writes?.length) return null;
        return (
          <div class="row-note small">
            {origin ? (
              <p class="muted" data-handoff-options="item-origin">
                {origin}
              </p>
            ) : null}
            <WriteBackState items={writes} onRetried={(item) => crm?.onRetried(item)} />
          </div>
        );
      }}
    />
  );
}
