import { useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { HandoffError } from '@/lib/messaging/errors';
import { normalizeEmail, PERSON_ROLES, type Person, type PersonRole } from '@/lib/model';
import { errorsAt, mergeErrors, NO_ERRORS, problemsToFieldErrors, type FieldErrors } from '@/lib/forms/field-errors';
import { checkPersonDraft, EMPTY_PERSON, personToDraft, type PersonDraft } from '@/lib/options/person-draft';
import { ErrorBanner } from '../ErrorBanner';
import { Options } from '@/components/kit/fields/Options';
import { FieldErrors as ErrorList } from '@/components/kit/fields/FieldErrors';

export interface PersonFormProps {
  /** The stored person being edited; null to add one. */
  person: Person | null;
  people: readonly Person[];
  onDone: () => void;
}

const ROLE_OPTIONS: ReadonlyArray<{ value: PersonRole; label: string }> = PERSON_ROLES.map((r) => ({
  value: r,
  label: r === 'pm' ? 'PM' : r === 'exec' ? 'Exec' : r.charAt(0).toUpperCase() + r.slice(1),
}));

/** One roster row in edit mode (a table row holding its own form fields). */
export function PersonForm({ person, people, onDone }: PersonFormProps) {
  const [draft, setDraft] = useState<PersonDraft>(() => (person ? personToDraft(person) : EMPTY_PERSON));
  // The roster is live: `person` follows other tabs' edits, the draft does not.
  const [openedOn] = useState(person);
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const others = useMemo(
    () => people.filter((p) => !person || normalizeEmail(p.email) !== normalizeEmail(person.email)),
    [people, person],
  );
  const check = checkPersonDraft(draft, person, others);
  const errors = mergeErrors(check.errors, serverErrors);
  const formId = `person-form-${person ? normalizeEmail(person.email) : 'new'}`;

  const edit = (patch: Partial<PersonDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors(NO_ERRORS);
  };

  const save = async () => {
    if (!check.person || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      // `expected`: the entry as this form opened on (null: a new one), so an edit made elsewhere meanwhile is refused, not overwritten.
      const expected = openedOn ?? null;
      await send('people.save', check.previousEmail ? { person: check.person, previousEmail: check.previousEmail, expected } : { person: check.person, expected });
      onDone();
    } catch (e) {
      if (e instanceof HandoffError && e.problems.length) setServerErrors(problemsToFieldErrors(e.problems));
      setFailure(e);
      setSaving(false);
    }
  };

  const emailErr = errorsAt(errors, 'email');
  const nameErr = errorsAt(errors, 'name');
  const roleErr = errorsAt(errors, 'role');
  return (
    <tr class="row--editing" data-person-form={person ? person.email : 'new'}>
      <td>
        <form
          id={formId}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        />
        <input
          form={formId}
          type="email"
          aria-label="E-mail"
          placeholder="name@company.com"
          value={draft.email}
          autoFocus
          data-field="email"
          aria-invalid={emailErr.length ? true : undefined}
          onInput={(e) => edit({ email: e.currentTarget.value })}
        />
        <ErrorList errors={emailErr} />
        {check.previousEmail ? <div class="muted small">Renames {check.previousEmail}</div> : null}
      </td>
      <td>
        <input
          form={formId}
          aria-label="Name"
          placeholder="Full name"
          value={draft.name}
          data-field="name"
          aria-invalid={nameErr.length ? true : undefined}
          onInput={(e) => edit({ name: e.currentTarget.value })}
        />
        <ErrorList errors={nameErr} />
      </td>
      <td>
        <select form={formId} aria-label="Role" value={draft.role} data-field="role" onChange={(e) => edit({ role: e.currentTarget.value as PersonRole })}>
          <Options options={ROLE_OPTIONS} />
        </select>
        <ErrorList errors={roleErr} />
      </td>
      <td class="actions-cell">
        <button form={formId} type="submit" class="btn btn--primary" disabled={!check.person || saving}>
          {saving ? 'Saving…' : person ? 'Save' : 'Add'}
        </button>{' '}
        <button type="button" class="btn" onClick={onDone}>
          Cancel
        </button>
        <ErrorBanner error={failure} title="Not saved" />
      </td>
    </tr>
  );
}
