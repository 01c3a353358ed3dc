import { useId, useMemo } from 'preact/hooks';
import type { Deal } from '@/lib/model';
import { LABEL_OPTIONS, STATUS_OPTIONS } from '@/lib/requests/labels';
import { relativeDate } from '@/lib/popup/relative-date';
import { rosterOrder } from '@/lib/popup/roster';
import { bindFields } from '@/components/kit/fields/bindFields';
import { FieldErrors } from '@/components/kit/fields/FieldErrors';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextField } from '@/components/kit/fields/TextField';
import { useQuickLogDraft, type QuickLogSources } from './useQuickLogDraft';

export interface QuickLogFormProps extends QuickLogSources {
  deals: readonly Deal[] | undefined;
}

const SOURCE_NAMES = { gmail: 'Gmail message', jira: 'Jira issue', asana: 'Asana task' } as const;

/**
 * The quick-log form: prefilled from the active tab, so logging what Sales
 * asked in the open e-mail is one Enter.
 */
export function QuickLogForm({ deals, ...sources }: QuickLogFormProps) {
  const { draft, page, errors, busy, notice, formRef, update, setEmail, setName, submit } = useQuickLogDraft(sources);
  const uid = useId();
  const lists = { names: `${uid}-names`, emails: `${uid}-emails` };

  const roster = useMemo(() => rosterOrder(sources.people ?? []), [sources.people]);
  const dealOptions = useMemo(() => {
    const sorted = [...(deals ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
    const options = sorted.map((d) => ({ value: d.id, label: d.account && !d.name.includes(d.account) ? `${d.name} (${d.account})` : d.name }));
    // A deal the page named but the list does not have (yet) stays choosable.
    if (draft?.dealId && !sorted.some((d) => d.id === draft.dealId)) {
      options.unshift({ value: draft.dealId, label: draft.dealName ?? draft.dealId });
    }
    return [{ value: '', label: 'No deal' }, ...options];
  }, [deals, draft?.dealId, draft?.dealName]);

  if (!draft) {
    return (
      <p class="muted loading" aria-busy="true">
        Reading this tab…
      </p>
    );
  }

  // bind(key) wires the fields whose data-field, draft key and problems' key are one name;
  // the sender's two (from.name is fromName) are wired by hand.
  const bind = bindFields(draft, errors, update);
  const from = page ? SOURCE_NAMES[page.kind] : null;
  const updating = draft.loggedAt !== null;

  return (
    <form ref={formRef} class="quick-log" data-handoff="quick-log" noValidate aria-labelledby={`${uid}-title`} onSubmit={(e) => void submit(e)}>
      <div class="ql-head">
        <h2 id={`${uid}-title`}>Log a Sales request</h2>
        <p class="muted small ql-source" data-source-kind={draft.source.kind}>
          {updating
            ? `Logged ${relativeDate(draft.loggedAt!, sources.now())}: saving updates it.`
            : from
              ? `From this ${from}${page?.title ? `: ${page.title}` : ''}`
              : 'Typed in by hand.'}
        </p>
      </div>

      <FieldErrors errors={errors.form ?? []} class="field-errors--form" />

      <div class="ql-row">
        <TextField
          label="Sender"
          field="from.name"
          value={draft.fromName}
          list={lists.names}
          autoComplete="off"
          placeholder="Name"
          errors={errors.fromName}
          onValue={setName}
        />
        <TextField
          label="E-mail"
          field="from.email"
          type="email"
          value={draft.fromEmail}
          list={lists.emails}
          autoComplete="off"
          placeholder="name@firm.com"
          required
          errors={errors.fromEmail}
          onValue={setEmail}
        />
      </div>
      <datalist id={lists.names}>
        {roster
          .filter((p) => p.name.trim())
          .map((p) => (
            <option key={p.email} value={p.name} label={`${p.email} · ${p.role}`} />
          ))}
      </datalist>
      <datalist id={lists.emails}>
        {roster.map((p) => (
          <option key={p.email} value={p.email} label={p.name ? `${p.name} · ${p.role}` : p.role} />
        ))}
      </datalist>

      <div class="ql-row">
        <SelectField label="Deal" options={dealOptions} {...bind('dealId')} onValue={(dealId) => update({ dealId, dealName: null })} />
        <SelectField label="Label" options={LABEL_OPTIONS} {...bind('label')} />
      </div>

      <TextField label="What Sales asked" required maxLength={2000} placeholder="e.g. Asked me to write the SOW before signature" {...bind('summary')} />
      <TextField label="Note" placeholder="Optional: what you answered, time spent…" {...bind('note')} />

      <div class="ql-row ql-actions">
        <SelectField label="Status" options={STATUS_OPTIONS} {...bind('status')} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Logging…' : updating ? 'Update request' : 'Log request'}
        </button>
      </div>

      <p class={`pf-notice${notice ? ` pf-notice--${notice.kind}` : ''}`} role="status" aria-live="polite" data-handoff-notice={notice?.kind}>
        {notice?.text ?? ''}
      </p>
    </form>
  );
}
