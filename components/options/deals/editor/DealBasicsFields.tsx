import { BILLING_MODELS, DEAL_STAGES, isUnsigned } from '@/lib/model';
import type { BillingModelChoice, DealDraft } from '@/lib/options/deal-draft';
import { errorsAt, type FieldErrors } from '@/lib/forms/field-errors';
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
  const err = (path: string) => errorsAt(errors, path);
  return (
    <>
      <fieldset class="group">
        <legend>Deal</legend>
        <div class="grid grid--2">
          <TextField label="Name" field="name" value={draft.name} errors={err('name')} onValue={onName} autoFocus={isNew} />
          <TextField
            label="Id"
            field="id"
            value={draft.id}
            disabled={!isNew}
            class="mono-input"
            errors={err('id')}
            hint={isNew ? 'Suggested from the name. It cannot be changed once the deal is saved.' : 'Fixed once saved.'}
            onValue={onId}
          />
          <TextField label="Account" field="account" value={draft.account} errors={err('account')} onValue={(account) => onChange({ account })} />
          <div class="grid grid--2 grid--tight">
            <SelectField
              label="Stage"
              field="stage"
              value={draft.stage}
              options={STAGE_OPTIONS}
              errors={err('stage')}
              class={isUnsigned(draft.stage) ? 'field--unsigned' : undefined}
              onValue={(stage) => onChange({ stage })}
            />
            <TextField label="Signed on" type="date" field="signedOn" value={draft.signedOn} errors={err('signedOn')} onValue={(signedOn) => onChange({ signedOn })} />
          </div>
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Owner and value</legend>
        <p class="muted small">Leave both owner fields blank for no owner, and both value fields blank for no value.</p>
        <div class="grid grid--4">
          <TextField label="Owner name" field="owner.name" value={draft.ownerName} errors={err('owner.name')} onValue={(ownerName) => onChange({ ownerName })} />
          <TextField
            label="Owner e-mail"
            type="email"
            field="owner.email"
            value={draft.ownerEmail}
            list={emailList}
            errors={[...err('owner'), ...err('owner.email')]}
            onValue={(ownerEmail) => onChange({ ownerEmail })}
          />
          <TextField
            label="Value"
            field="value.amount"
            inputMode="decimal"
            value={draft.valueAmount}
            placeholder="180000"
            errors={[...err('value'), ...err('value.amount')]}
            onValue={(valueAmount) => onChange({ valueAmount })}
          />
          <TextField
            label="Currency"
            field="value.currency"
            value={draft.valueCurrency}
            placeholder="USD"
            errors={err('value.currency')}
            onValue={(valueCurrency) => onChange({ valueCurrency })}
          />
        </div>
      </fieldset>

      <fieldset class="group">
        <legend>Billing</legend>
        <div class="grid grid--billing">
          <SelectField
            label="Billing model"
            field="billing.model"
            value={draft.billingModel}
            options={BILLING_OPTIONS}
            errors={[...err('billing'), ...err('billing.model')]}
            onValue={(billingModel) => onChange({ billingModel })}
          />
          <TextField
            label="Payment terms (days)"
            type="number"
            min={0}
            max={3650}
            field="billing.paymentTermsDays"
            value={draft.paymentTermsDays}
            placeholder="e.g. 45"
            errors={err('billing.paymentTermsDays')}
            onValue={(paymentTermsDays) => onChange({ paymentTermsDays })}
          />
          <TextAreaField
            label="Billing notes"
            field="billing.notes"
            value={draft.billingNotes}
            rows={2}
            placeholder="30% on kickoff"
            errors={err('billing.notes')}
            onValue={(billingNotes) => onChange({ billingNotes })}
          />
        </div>
      </fieldset>
    </>
  );
}
