/**
 * One site feature (after refined-github): a file with an id, a test on the
 * URL and an init that registers everything it does on `signal`. The runner
 * aborts the signal on SPA navigation and when the extension is updated.
 */
export interface SiteFeature {
  id: string;
  /** Pure: does this feature apply to this URL? */
  matches(location: Pick<Location, 'href'>): boolean;
  init(signal: AbortSignal): void | Promise<void>;
}
