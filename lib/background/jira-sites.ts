import { browser } from 'wxt/browser';

/** The id of the content script registered for self-hosted Jira. */
export const SELF_HOSTED_SCRIPT_ID = 'handoff-jira-self-hosted';

/**
 * `https://jira.example.com/anything` → `https://jira.example.com`. Only
 * https origins without credentials; Jira Cloud needs none of this.
 */
export function normalizeJiraOrigin(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
  if (url.hostname.endsWith('.atlassian.net')) return null;
  return url.origin;
}

/**
 * Registers (or re-registers) Handoff's Jira content script on exactly the
 * granted origins, or unregisters it when there are none. The script keeps
 * across browser restarts (persistAcrossSessions, the default).
 */
export async function syncJiraScript(origins: readonly string[], file: string): Promise<void> {
  const scripting = browser.scripting;
  const existing = await scripting.getRegisteredContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
  if (existing.length) await scripting.unregisterContentScripts({ ids: [SELF_HOSTED_SCRIPT_ID] });
  if (!origins.length) return;
  await scripting.registerContentScripts([
    { id: SELF_HOSTED_SCRIPT_ID, matches: origins.map((o) => `${o}/*`), js: [file], runAt: 'document_idle' },
  ]);
}
