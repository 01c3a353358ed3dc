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
