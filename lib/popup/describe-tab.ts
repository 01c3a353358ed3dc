/**
 * Asks the active tab's content script what the page is about
 * (`DESCRIBE_MESSAGE`), for the quick-log form's prefill.
 */
import { browser } from 'wxt/browser';
import { DESCRIBE_MESSAGE, type PageDescription } from '@/lib/messaging/page-describe';
import { parseDescription } from './draft';

/** The part of `browser.tabs` this needs; tests pass their own. */
export interface TabsLike {
  query(query: { active: boolean; currentWindow: boolean }): Promise<Array<{ id?: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** A content script that never answers must not keep the form from opening. */
export const DESCRIBE_TIMEOUT_MS = 1500;

/**
 * The active tab's description, or null when the tab has no content script
 * of ours (any page but Gmail, Jira and Asana), does not answer in time, or
 * answers something that is not a description.
 */
export async function describeActiveTab(
  tabs: TabsLike = browser.tabs as unknown as TabsLike,
  timeoutMs = DESCRIBE_TIMEOUT_MS,
): Promise<PageDescription | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const [tab] = await tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const answer = await Promise.race([
      tabs.sendMessage(tab.id, DESCRIBE_MESSAGE),
      new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), timeoutMs);
      }),
    ]);
    return parseDescription(answer);
  } catch {
    // "Receiving end does not exist": no content script on this tab.
    return null;
  } finally {
    clearTimeout(timer);
  }
}
