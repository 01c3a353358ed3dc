import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { Person } from '@/lib/model';
import { ErrorBanner } from '../ErrorBanner';

export interface PersonRowProps {
  person: Person;
  onEdit: () => void;
}

const ROLE_LABEL: Record<string, string> = { sales: 'Sales', pm: 'PM', exec: 'Exec', other: 'Other' };

/** One roster row, with edit and a confirmed delete. */
export function PersonRow({ person, onEdit }: PersonRowProps) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const remove = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await send('people.delete', { email: person.email });
    } catch (e) {
      setFailure(e);
      setBusy(false);
    }
  };

  return (
    <tr data-person={person.email}>
      <td class="mono">{person.email}</td>
      <td>{person.name || <span class="muted">—</span>}</td>
      <td>
        <span class={`badge badge--role-${person.role}`}>{ROLE_LABEL[person.role] ?? person.role}</span>
      </td>
      <td class="actions-cell">
        {confirming ? (
          <span class="confirm">
            Remove from roster?{' '}
            <button type="button" class="btn btn--danger" disabled={busy} onClick={() => void remove()}>
              Yes, delete
            </button>{' '}
            <button type="button" class="btn" onClick={() => setConfirming(false)}>
              No
            </button>
          </span>
        ) : (
          <>
            <button type="button" class="btn" onClick={onEdit}>
              Edit
            </button>{' '}
            <button type="button" class="btn btn--danger-outline" onClick={() => setConfirming(true)}>
              Delete
            </button>
          </>
        )}
        <ErrorBanner error={failure} title="Not deleted" />
      </td>
    </tr>
  );
}
