/**
 * The options page's first screen is the deals list (issue 18: within
 * 300 ms at 10,000 deals). Sections below it that cost a lot to fill (the
 * weekly agenda lists every deal with an unconfirmed promise) wait for it:
 * `firstScreenShown` resolves once the list showed, or after a few seconds
 * whatever happened.
 */
const FALLBACK_MS = 3000;

let shown!: () => void;
const promise = new Promise<void>((resolve) => {
  shown = resolve;
  setTimeout(resolve, FALLBACK_MS);
});

export function firstScreenShown(): Promise<void> {
  return promise;
}

/** Called by the deals list once its first rows are on screen. */
export function markFirstScreenShown(): void {
  shown();
}

let early: Promise<unknown> | null = null;

/**
 * Asks for the deals list's first page as the page's script starts, before
 * anything renders: a stopped worker starts while the page builds its
 * sections (issue 18: the first message went out 110-160 ms after the
 * navigation, once every section had rendered; the worker then needs
 * 50-65 ms to start).
 */
export function askEarly<T>(ask: () => Promise<T>): void {
  early = ask();
  early.catch(() => {}); // the list shows the failure when it takes the answer
}

/** The early answer, once: the first load of the list takes it, later loads ask again. */
export function takeEarly<T>(): Promise<T> | null {
  const answer = early as Promise<T> | null;
  early = null;
  return answer;
}
