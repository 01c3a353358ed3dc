import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { HandoffError } from '@/lib/messaging/errors';
import type { PageDescription } from '@/lib/messaging/page-describe';
import type { Deal, Person, RequestLabel, RequestStatus, SalesRequest } from '@/lib/model';
import { blankDraft, draftFromDescription, draftFromRequest, type NewId, type QuickLogDraft } from '@/lib/popup/draft';
import { LABEL_OPTIONS, STATUS_OPTIONS } from '@/lib/requests/labels';
import { relativeDate } from '@/lib/popup/relative-date';
import { personByEmail, personByName, rosterOrder } from '@/lib/popup/roster';
import {
  firstInvalidField,
  problemsToErrors,
  validateDraft,
  type QuickLogErrors,
  type QuickLogField,
} from '@/lib/popup/validate';
import { FormField, invalidProps } from './FormField';

export interface QuickLogFormProps {
  /** The active tab's description; null when there is none. */
  describe(): Promise<PageDescription | null>;
  save(request: SalesRequest): Promise<SalesRequest>;
  deals: readonly Deal[] | undefined;
  people: readonly Person[] | undefined;
  /** The recent requests: a message logged before opens as that request. */
  recent: readonly SalesRequest[] | undefined;
  now(): Date;
  newId: NewId;
}

/** `data-field` of each field's control (the request path). */
const CONTROL: Readonly<Record<QuickLogField, string>> = {
  fromName: 'from.name',
  fromEmail: 'from.email',
  dealId: 'dealId',
  label: 'label',
  summary: 'summary',
  note: 'note',
  status: 'status',
  form: 'summary',
};

const SOURCE_NAMES = { gmail: 'Gmail message', jira: 'Jira issue', asana: 'Asana task' } as const;

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The quick-log form: prefilled from the active tab, so logging what Sales
 * asked in the open e-mail is one Enter.
 */
export function QuickLogForm({ describe, save, deals, people, recent, now, newId }: QuickLogFormProps) {
  const [draft, setDraft] = useState<QuickLogDraft | null>(null);
  const [page, setPage] = useState<PageDescription | null>(null);
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<QuickLogErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const uid = useId();
  const ids = {
    fromName: `${uid}-name`,
    fromEmail: `${uid}-email`,
    dealId: `${uid}-deal`,
    label: `${uid}-label`,
    summary: `${uid}-summary`,
    note: `${uid}-note`,
    status: `${uid}-status`,
    names: `${uid}-names`,
    emails: `${uid}-emails`,
  };

  // Read the tab once, on open.
  useEffect(() => {
    let live = true;
    void describe()
      .catch(() => null)
      .then((description) => {
        if (!live) return;
        setPage(description);
        setDraft(draftFromDescription(description, newId));
      });
    return () => {
      live = false;
    };
  }, []);

  // The sidebar may have logged this message already: show that request, not a new one.
  useEffect(() => {
    if (!draft || touched || draft.loggedAt) return;
    const existing = recent?.find((r) => r.id === draft.id);
    if (existing) setDraft({ ...draftFromRequest(existing), dealName: draft.dealName });
  }, [recent, draft, touched]);

  const focusField = (field: QuickLogField | null) => {
    if (!field) return;
    formRef.current?.querySelector<HTMLElement>(`[data-field="${CONTROL[field]}"]`)?.focus();
  };

  // The summary takes focus on open and after each log, so Enter logs.
  const draftId = draft?.id;
  useEffect(() => {
    if (draftId) focusField('summary');
  }, [draftId]);

  const roster = useMemo(() => rosterOrder(people ?? []), [people]);
  const dealOptions = useMemo(() => {
    const sorted = [...(deals ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
    const options = sorted.map((d) => ({ value: d.id, label: d.account && !d.name.includes(d.account) ? `${d.name} (${d.account})` : d.name }));
    // A deal the page named but the list does not have (yet) stays choosable.
    if (draft?.dealId && !sorted.some((d) => d.id === draft.dealId)) {
      options.unshift({ value: draft.dealId, label: draft.dealName ?? draft.dealId });
    }
    return options;
  }, [deals, draft?.dealId, draft?.dealName]);

  if (!draft) {
    return (
      <p class="muted loading" aria-busy="true">
        Reading this tab…
      </p>
    );
  }

  const update = (patch: Partial<QuickLogDraft>, fields: QuickLogField[]) => {
    setDraft((d) => (d ? { ...d, ...patch } : d));
    setTouched(true);
    setNotice(null);
    if (fields.some((f) => errors[f]?.length) || errors.form?.length) {
      setErrors((e) => {
        const next = { ...e };
        for (const f of fields) delete next[f];
        delete next.form;
        return next;
      });
    }
  };

  const onEmail = (value: string) => {
    const person = personByEmail(people ?? [], value);
    const fillName = person && !draft.fromName.trim();
    update(fillName ? { fromEmail: value, fromName: person.name } : { fromEmail: value }, fillName ? ['fromEmail', 'fromName'] : ['fromEmail']);
  };
  const onName = (value: string) => {
    const person = personByName(people ?? [], value);
    const fillEmail = person && !draft.fromEmail.trim();
    update(fillEmail ? { fromName: value, fromEmail: person.email } : { fromName: value }, fillEmail ? ['fromName', 'fromEmail'] : ['fromName']);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const checked = validateDraft(draft, now());
    if (!checked.ok) {
      setErrors(checked.errors);
      setNotice(null);
      focusField(firstInvalidField(checked.errors));
      return;
    }
    setBusy(true);
    try {
      const saved = await save(checked.request);
      setNotice({ kind: 'ok', text: `Logged: ${saved.summary}` });
      setErrors({});
      setTouched(false);
      setPage(null);
      setDraft(blankDraft(newId));
    } catch (err) {
      if (err instanceof HandoffError && err.problems.length) {
        const named = problemsToErrors(err.problems);
        setErrors(named);
        focusField(firstInvalidField(named));
      } else {
        setNotice({ kind: 'error', text: `Not logged: ${err instanceof Error ? err.message : String(err)}` });
      }
    } finally {
      setBusy(false);
    }
  };

  const from = page ? SOURCE_NAMES[page.kind] : null;
  const updating = draft.loggedAt !== null;

  return (
    <form ref={formRef} class="quick-log" data-handoff="quick-log" noValidate aria-labelledby={`${uid}-title`} onSubmit={(e) => void submit(e)}>
      <div class="ql-head">
        <h2 id={`${uid}-title`}>Log a Sales request</h2>
        <p class="muted small ql-source" data-source-kind={draft.source.kind}>
          {updating
            ? `Logged ${relativeDate(draft.loggedAt!, now())}: saving updates it.`
            : from
              ? `From this ${from}${page?.title ? `: ${page.title}` : ''}`
              : 'Typed in by hand.'}
        </p>
      </div>

      {errors.form?.length ? (
        <ul class="pf-errors pf-errors--form" role="alert">
          {errors.form.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      ) : null}

      <div class="ql-row">
        <FormField id={ids.fromName} label="Sender" errors={errors.fromName}>
          <input
            id={ids.fromName}
            type="text"
            value={draft.fromName}
            list={ids.names}
            autoComplete="off"
            placeholder="Name"
            data-field="from.name"
            {...invalidProps(ids.fromName, errors.fromName)}
            onInput={(e) => onName(e.currentTarget.value)}
          />
        </FormField>
        <FormField id={ids.fromEmail} label="E-mail" errors={errors.fromEmail}>
          <input
            id={ids.fromEmail}
            type="email"
            value={draft.fromEmail}
            list={ids.emails}
            autoComplete="off"
            placeholder="name@firm.com"
            required
            data-field="from.email"
            {...invalidProps(ids.fromEmail, errors.fromEmail)}
            onInput={(e) => onEmail(e.currentTarget.value)}
          />
        </FormField>
      </div>
      <datalist id={ids.names}>
        {roster
          .filter((p) => p.name.trim())
          .map((p) => (
            <option key={p.email} value={p.name} label={`${p.email} · ${p.role}`} />
          ))}
      </datalist>
      <datalist id={ids.emails}>
        {roster.map((p) => (
          <option key={p.email} value={p.email} label={p.name ? `${p.name} · ${p.role}` : p.role} />
        ))}
      </datalist>

      <div class="ql-row">
        <FormField id={ids.dealId} label="Deal" errors={errors.dealId}>
          <select
            id={ids.dealId}
            value={draft.dealId}
            data-field="dealId"
            {...invalidProps(ids.dealId, errors.dealId)}
            onChange={(e) => update({ dealId: e.currentTarget.value, dealName: null }, ['dealId'])}
          >
            <option value="">No deal</option>
            {dealOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={ids.label} label="Label" errors={errors.label}>
          <select
            id={ids.label}
            value={draft.label}
            data-field="label"
            {...invalidProps(ids.label, errors.label)}
            onChange={(e) => update({ label: e.currentTarget.value as RequestLabel }, ['label'])}
          >
            {LABEL_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
      </div>

      <FormField id={ids.summary} label="What Sales asked" errors={errors.summary}>
        <input
          id={ids.summary}
          type="text"
          value={draft.summary}
          required
          maxLength={2000}
          placeholder="e.g. Asked me to write the SOW before signature"
          data-field="summary"
          {...invalidProps(ids.summary, errors.summary)}
          onInput={(e) => update({ summary: e.currentTarget.value }, ['summary'])}
        />
      </FormField>

      <FormField id={ids.note} label="Note" errors={errors.note}>
        <input
          id={ids.note}
          type="text"
          value={draft.note}
          placeholder="Optional: what you answered, time spent…"
          data-field="note"
          {...invalidProps(ids.note, errors.note)}
          onInput={(e) => update({ note: e.currentTarget.value }, ['note'])}
        />
      </FormField>

      <div class="ql-row ql-actions">
        <FormField id={ids.status} label="Status" errors={errors.status}>
          <select
            id={ids.status}
            value={draft.status}
            data-field="status"
            {...invalidProps(ids.status, errors.status)}
            onChange={(e) => update({ status: e.currentTarget.value as RequestStatus }, ['status'])}
          >
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </FormField>
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
