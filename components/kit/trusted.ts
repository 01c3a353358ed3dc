/**
 * Wraps the handler of an action that writes or reveals deal data (link,
 * log, redirect, not-a-request, expand, site-confirm…) so that it runs for
 * real input only. A page's own scripts (an XSS on a Jira tenant) or another
 * extension can call `el.click()`, `form.requestSubmit()` or `dispatchEvent`,
 * but the browser marks those events `isTrusted: false`; a real click or key
 * press is `true`. Strict `=== true`: a DOM without the flag (happy-dom)
 * counts as untrusted, so unit tests must build their user events on purpose
 * (test/support/user-events.ts).
 *
 *   <button onClick={trusted(() => confirmSite())}>…</button>
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (isUserInput(event)) handler(event);
  };
}

/** Whether an event came from the user's own input rather than a script. */
export function isUserInput(event: Event): boolean {
  return event.isTrusted === true;
}
