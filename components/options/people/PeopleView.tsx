import { useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { normalizeEmail } from '@/lib/model';
import { ErrorBanner } from '../ErrorBanner';
import { PersonForm } from './PersonForm';
import { PersonRow } from './PersonRow';
import { useLive } from '../../kit/useLive';
import { DataTable } from '@/components/kit/DataTable';

const NEW = '\u0000new';

/** The roster: who is Sales, PM, exec; the classifier and the sidebar read it. */
export function PeopleView() {
  const people = useLive(() => send('people.list', {}), ['people']);
  /** Normalized e-mail of the row being edited, or NEW. */
  const [editing, setEditing] = useState<string | null>(null);
  const list = [...(people.data ?? [])].sort((a, b) => a.email.localeCompare(b.email));

  return (
    <section id="people" class="section" aria-labelledby="people-title">
      <h1 id="people-title">People</h1>
      <p class="muted">
        Your colleagues and their roles. Requests from people marked Sales are checked for pre-contract work.
      </p>
      <ErrorBanner error={people.error} title="Could not load the roster" />
      <div class="toolbar">
        <span class="muted">
          {list.length} {list.length === 1 ? 'person' : 'people'}
        </span>
        <span class="spacer" />
        <button type="button" class="btn btn--primary" disabled={editing === NEW} onClick={() => setEditing(NEW)} data-handoff-options="add-person">
          Add person
        </button>
      </div>
      <DataTable columns={['E-mail', 'Name', 'Role', <span class="sr-only">Actions</span>]}>
        {editing === NEW ? <PersonForm key={NEW} person={null} people={list} onDone={() => setEditing(null)} /> : null}
        {list.map((p) => {
          const key = normalizeEmail(p.email);
          return editing === key ? (
            <PersonForm key={`edit-${key}`} person={p} people={list} onDone={() => setEditing(null)} />
          ) : (
            <PersonRow key={key} person={p} onEdit={() => setEditing(key)} />
          );
        })}
        {list.length === 0 && editing !== NEW ? (
          <tr>
            <td colSpan={4} class="empty">
              {people.data ? 'Nobody yet. Add the Sales people you work with.' : 'Loading…'}
            </td>
          </tr>
        ) : null}
      </DataTable>
    </section>
  );
}
