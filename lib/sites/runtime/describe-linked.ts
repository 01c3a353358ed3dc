import { query, type Selector } from '@/lib/sites/runtime/selectors';
import type { PageContext } from '@/lib/deal/link/context';
import { send } from '@/lib/messaging/client';
import { setPageDescriber } from './describe';

/**
 * Jira and Asana: the popup's form gets the issue or task title, the page's
 * URL and its linked deal (asked when the popup opens, so it is current).
 */
export function describeLinkedPage(kind: 'jira' | 'asana', context: PageContext, title: Selector, signal: AbortSignal): void {
  setPageDescriber(async () => {
    const resolved = await send('link.resolve', { context }).catch(() => null);
    const heading = query(document, title);
    const text = (heading instanceof HTMLTextAreaElement ? heading.value : heading?.textContent)?.trim() || document.title;
    return {
      kind,
      url: location.href,
      title: text,
      sender: null,
      dealId: resolved?.link?.deal.id ?? null,
      dealName: resolved?.link?.deal.name ?? null,
      label: null,
      summary: text,
      messageId: null,
    };
  });
  signal.addEventListener('abort', () => setPageDescriber(null), { once: true });
}
