/** The page could not be read; says why and nothing else. */
export function UnreadableView({ reason, title }: { reason: string; title?: string }) {
  return (
    <div class="hf-unreadable" role="status">
      <h2 class="hf-title">{title ?? 'Handoff could not read this page'}</h2>
      {reason.trim() && (
        <p class="hf-lead" data-handoff-field="reason">
          {reason}
        </p>
      )}
    </div>
  );
}
