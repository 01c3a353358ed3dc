import { useEffect, useRef, useState } from 'preact/hooks';
import { HandoffError } from '@/lib/messaging/errors';
import type { PageDescription } from '@/lib/messaging/page-describe';
import type { Person, SalesRequest } from '@/lib/model';
import { blankDraft, draftFromDescription, draftFromRequest, type NewId, type QuickLogDraft } from '@/lib/popup/draft';
import { personByEmail, personByName } from '@/lib/popup/roster';
import {
  firstInvalidField,
  problemsToErrors,
  QUICK_LOG_FIELDS,
  validateDraft,
  type QuickLogErrors,
  type QuickLogField,
} from '@/lib/popup/validate';

export interface QuickLogSources {
  /** The active tab's description; null when there is none. */
  describe(): Promise<PageDescription | null>;
  save(request: SalesRequest): Promise<SalesRequest>;
  people: readonly Person[] | undefined;
  /** The recent requests: a message logged before opens as that request. */
  recent: readonly SalesRequest[] | undefined;
  now(): Date;
  newId: NewId;
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** `data-field` of each field's control (the request path), to move focus to it. */
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

/**
 * The quick-log form's state: the draft read from the active tab, its
 * problems, and saving it. Focus follows the form's use: the summary on
 * open and after each log (so Enter logs), the first invalid field when
 * a log is refused. `formRef` must be set on the form.
 */
export function useQuickLogDraft({ describe, save, people, recent, now, newId }: QuickLogSources) {
  const [draft, setDraft] = useState<QuickLogDraft | null>(null);
  const [page, setPage] = useState<PageDescription | null>(null);
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<QuickLogErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const formRef = useRef<HTMLFormElement>(null);

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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the tab is read once, when the popup opens
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

  const draftId = draft?.id;
  useEffect(() => {
    if (draftId) focusField('summary');
  }, [draftId]);

  /** Applies an edit; the edited fields' problems, and the form's, go away. */
  const update = (patch: Partial<QuickLogDraft>) => {
    const fields = QUICK_LOG_FIELDS.filter((f) => f in patch);
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

  // A sender picked from the roster by e-mail brings their name, and the other way round.
  const setEmail = (value: string) => {
    const person = personByEmail(people ?? [], value);
    const fillName = person && !draft?.fromName.trim();
    update(fillName ? { fromEmail: value, fromName: person.name } : { fromEmail: value });
  };
  const setName = (value: string) => {
    const person = personByName(people ?? [], value);
    const fillEmail = person && !draft?.fromEmail.trim();
    update(fillEmail ? { fromName: value, fromEmail: person.email } : { fromName: value });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || !draft) return;
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

  return { draft, page, errors, busy, notice, formRef, update, setEmail, setName, submit };
}
