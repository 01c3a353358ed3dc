import { BILLING_MODELS, DEAL_STAGES, isUnsigned } from '@/lib/model';
import type { BillingModelChoice, DealDraft } from '@/lib/options/deal-draft';
import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';
import { bindFields } from '@/components/kit/fields/bindFields';
import { DateField } from '@/components/kit/fields/DateField';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { TextField } from '@/components/kit/fields/TextField';

export interface DealBasicsFieldsProps {
  draft: DealDraft;
  errors: FieldErrors;
  isNew: boolean;
  /** id of a <datalist> of known e-mail addresses. */
  emailList?: string;
  onChange: (patch: Partial<DealDraft>) => void;
  onName: (name: string) => void;
  onId: (id: string) => void;
}

const STAGE_OPTIONS = DEAL_STAGES.map((s) => ({ value: s, label: isUnsigned(s) ? `${s} (unsigned)` : s }));
const BILLING_OPTIONS: ReadonlyArray<{ value: BillingModelChoice; label: string }> = [
  { value: '', label: '— not set —' },
  ...BILLING_MODELS.map((m) => ({ value: m, label: m })),
];

/** Id, name, account, stage, signature, owner, value and billing. */
export function DealBasicsFields({ draft, errors, isNew, emailList, onChange, onName, onId }: DealBasicsFieldsProps) {
  const bind = bindFields(draft, errors, onChange);
  // An owner, a value and billing are also checked as a whole (e.g. an owner needs an
  // e-mail): one field of each shows those problems too.
  const bindWithWhole = <Key extends keyof DealDraft & string>(key: Key, path: string) => ({
    ...bind(key, path),
    errors: [...errorsAt(errors, path.slice(0, path.indexOf('.'))), ...errorsAt(errors, path)],
  });
  return (
    <>
      <fieldset class="group">
        <legend>Deal</legend>
        <div class="grid grid--2">
          <TextField label="Name" {...bind('name')} onValue={onName} autoFocus={isNew} />
          <TextField
            label="Id"
            {...bind('id')}
            disabled={!isNew}
            class="mono-input"
            hint={isNew ? 'Suggested from the name. It cannot be changed once the deal is saved.' : 'Fixed once saved.'}
            onValue={onId}
          />
          <TextField label="Account" {...bind('account')} />
          <div class="grid grid--2 grid--tight">
            <SelectField
              label="Stage"
              {...bind('stage')}
              options={STAGE_OPTIONS}
              class={isUnsigned(draft.stage) ? 'field--unsigned' : undefined}
            />
            <DateField label="Signed on" {...bind('signedOn')} />
          </div>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Owner and value</legend>
        <p class="muted small">Leave both owner fields blank for no owner, and both value fields blank for no value.</p>
        <div class="grid grid--4">
          <TextField label="Owner name" {...bind('ownerName', 'owner.name')} />
          <TextField label="Owner e-mail" type="email" list={emailList} {...bindWithWhole('ownerEmail', 'owner.email')} />
          <TextField label="Value" inputMode="decimal" placeholder="180000" {...bindWithWhole('valueAmount', 'value.amount')} />
          <TextField label="Currency" placeholder="USD" {...bind('valueCurrency', 'value.currency')} />
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Billing</legend>
        <div class="grid grid--billing">
          <SelectField label="Billing model" options={BILLING_OPTIONS} {...bindWithWhole('billingModel', 'billing.model')} />
          <TextField
            label="Payment terms (days)"
            type="number"
            min={0}
            max={3650}
            placeholder="e.g. 45"
            {...bind('paymentTermsDays', 'billing.paymentTermsDays')}
          />
          <TextAreaField label="Billing notes" rows={2} placeholder="30% on kickoff" {...bind('billingNotes', 'billing.notes')} />
        </div>
      </fieldset>
    </>
  );
}
