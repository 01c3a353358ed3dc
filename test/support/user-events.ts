import { act } from 'preact/test-utils';

/**
 * Events as the browser makes them for real input, for unit tests (happy-dom).
 * happy-dom knows no `isTrusted`, so every event there is untrusted to
 * components/kit/trusted.ts; these helpers set it on the one event they
 * dispatch, as Chromium would for a real click or key press. `el.click()`
 * and plain `dispatchEvent` stay what a page script can do: untrusted.
 */
export function asUserInput<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A real click (trusted), inside Preact's act(). Activates a submit button's form as a click would. */
export async function userClick(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    el.dispatchEvent(asUserInput(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
  });
}

/** A real key press (trusted keydown), inside act(). */
export async function userKey(el: Element, key: string): Promise<void> {
  await act(() => {
    el.dispatchEvent(asUserInput(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })));
  });
}

/** What a page script can do: `el.click()` (untrusted), inside act(). */
export async function scriptClick(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => (el as HTMLElement).click());
}
