/**
 * Asks the page's sidebar to expand (when collapsed) from elsewhere in the
 * same content script: the Jira title badge. A direct call, not a click on
 * the sidebar's expand button, since that button acts on real input only
 * (components/kit/trusted.ts) and a script's click is never real. This
 * target lives in the content script's isolated world: the page cannot
 * reach it.
 */
const requests = new EventTarget();

export function requestExpand(): void {
  requests.dispatchEvent(new Event('expand'));
}

export function onExpandRequest(listener: () => void, signal: AbortSignal): void {
  requests.addEventListener('expand', listener, { signal });
}
