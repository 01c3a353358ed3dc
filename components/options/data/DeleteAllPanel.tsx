import { useId, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { DELETE_ALL_PHRASE, deleteConfirmed } from '@/lib/options/data-io';
import { ErrorBanner } from '../ErrorBanner';

/** Deletes every deal, person, request and setting, once the user types the phrase. */
export function DeleteAllPanel() {
  const id = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [done, setDone] = useState(false);

  const run = async () => {
    if (!deleteConfirmed(typed)) return;
    setBusy(true);
    setFailure(null);
    try {
      await send('data.deleteAll', { confirm: DELETE_ALL_PHRASE });
      setTyped('');
      setDone(true);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="panel panel--danger">
      <h2>Delete all data</h2>
      <p class="muted">
        Removes every deal, person, request and setting from this browser. It cannot be undone: export a backup first.
      </p>
      <form
        class="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <label for={id}>
          Type <strong>{DELETE_ALL_PHRASE}</strong> to confirm
        </label>
        <input
          id={id}
          value={typed}
          autoComplete="off"
          spellcheck={false}
          data-handoff-options="delete-all-confirm"
          onInput={(e) => {
            setTyped(e.currentTarget.value);
            setDone(false);
          }}
        />
        <button type="submit" class="btn btn--danger" disabled={!deleteConfirmed(typed) || busy} data-handoff-options="delete-all">
          {busy ? 'Deleting…' : 'Delete all data'}
        </button>
      </form>
      {done ? (
        <p class="status status--ok" role="status">
          All data deleted.
        </p>
      ) : null}
      <ErrorBanner error={failure} title="Nothing deleted" />
    </div>
  );
}
