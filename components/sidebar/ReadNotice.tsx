/**
 * Says plainly what Handoff could not read on this page and what it does
 * not do because of that (issue 14): the page's markup changed under a
 * selector and all its fallbacks. Shown beside whatever the sidebar could
 * still work out; never a guess in its place.
 */
export function ReadNotice({ selector, text }: { selector: string; text: string }) {
  return (
    <p class="hf-alert" data-level="warning" role="status" data-handoff="read-notice" data-selector={selector}>
      {text} <span class="hf-meta">Handoff's options list it under Diagnostics.</span>
    </p>
  );
}
