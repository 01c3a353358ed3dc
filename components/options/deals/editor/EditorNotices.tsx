export interface EditorNoticesProps {
  changedElsewhere: boolean;
  deletedElsewhere: boolean;
  remoteUpdatedAt: string | null;
  onLoadRemote: () => void;
  /** Puts the unsaved edits on the newer version. */
  onKeepMine: () => void;
  /** Turns the editor into a new deal with the unsaved edits. */
  onRecreate: () => void;
}

/**
 * Says when the deal being edited changed or went away in another tab.
 * The store refuses a save built on an older version (it would undo the
 * other change), so this says what the user can do instead.
 */
export function EditorNotices({ changedElsewhere, deletedElsewhere, remoteUpdatedAt, onLoadRemote, onKeepMine, onRecreate }: EditorNoticesProps) {
  if (deletedElsewhere) {
    return (
      <div class="banner banner--warn" role="status" data-handoff-options="changed-elsewhere">
        <span>This deal was deleted elsewhere. Your edits are kept here, but saving them is refused.</span>
        <button type="button" class="btn" onClick={onRecreate}>
          Create it again from my edits
        </button>
      </div>
    );
  }
  if (!changedElsewhere) return null;
  return (
    <div class="banner banner--warn" role="status" data-handoff-options="changed-elsewhere">
      <span>
        This deal changed elsewhere{remoteUpdatedAt ? ` (${new Date(remoteUpdatedAt).toLocaleString()})` : ''}. Your edits are kept
        here, but saving them as they are is refused so that the other change is not lost: reload it.
      </span>
      <button type="button" class="btn" onClick={onKeepMine} data-handoff-options="keep-mine">
        Reload, keep my edits on top
      </button>
      <button type="button" class="btn" onClick={onLoadRemote}>
        Discard mine, load theirs
      </button>
    </div>
  );
}
