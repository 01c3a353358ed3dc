export interface EditorNoticesProps {
  changedElsewhere: boolean;
  deletedElsewhere: boolean;
  remoteUpdatedAt: string | null;
  onLoadRemote: () => void;
}

/** Says when the deal being edited changed or went away in another tab. */
export function EditorNotices({ changedElsewhere, deletedElsewhere, remoteUpdatedAt, onLoadRemote }: EditorNoticesProps) {
  if (deletedElsewhere) {
    return (
      <div class="banner banner--warn" role="status" data-handoff-options="changed-elsewhere">
        This deal was deleted elsewhere. Saving will create it again.
      </div>
    );
  }
  if (!changedElsewhere) return null;
  return (
    <div class="banner banner--warn" role="status" data-handoff-options="changed-elsewhere">
      <span>
        This deal changed elsewhere{remoteUpdatedAt ? ` (${new Date(remoteUpdatedAt).toLocaleString()})` : ''}. Your edits are kept;
        saving them overwrites that change.
      </span>
      <button type="button" class="btn" onClick={onLoadRemote}>
        Discard mine, load theirs
      </button>
    </div>
  );
}
