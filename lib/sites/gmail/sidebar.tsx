import { PageSidebar, type PageRead } from '@/components/page-sidebar/PageSidebar';
import { SIDEBAR_CSS } from '@/components/sidebar/styles';
import { anyOf } from '@/lib/dom/selector';
import { observe, waitFor } from '@/lib/dom/observe';
import { send } from '@/lib/messaging/client';
import { ownDomainOf } from '@/lib/model';
import { mountPanel, pageTheme } from '@/lib/ui/mount-panel';
import { accountFromDomain, customerDomains } from '../shared/account-name';
import type { SiteFeature } from '../feature';
import { isGmailThread } from './detect';
import { readThread } from './read-thread';
import { GMAIL } from './selectors';

/** How long a thread's DOM may take to appear before the sidebar says it could not read the page. */
const READ_TIMEOUT_MS = 5000;

export const gmailSidebar: SiteFeature = {
  id: 'gmail-sidebar',
  matches: isGmailThread,
  async init(signal) {
    const panel = mountPanel(SIDEBAR_CSS, { signal, theme: pageTheme() });
    const ownDomain = send('settings.get', {}).then(ownDomainOf, () => null);
    let read = false;

    const show = (page: PageRead, participants: string[] = [], threadId: string | null = null) => {
      void ownDomain.then((own) => {
        const domains = customerDomains(participants, own);
        panel.render(
          <PageSidebar
            page={page}
            pageLabel="this thread"
            linkTargets={threadId ? [{ kind: 'gmail-thread', label: 'Link this thread', field: 'gmailThreads', value: threadId }] : []}
            newDeal={{
              account: domains[0] ? accountFromDomain(domains[0]) : undefined,
              links: { domains: domains.slice(0, 1), gmailThreads: threadId ? [threadId] : [] },
            }}
          />,
        );
      });
    };
    show({ kind: 'loading' });

    const timer = setTimeout(() => {
      if (!read) show({ kind: 'unreadable', reason: 'Handoff could not find the open e-mail on this page.' });
    }, READ_TIMEOUT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    const main = await waitFor(anyOf(GMAIL.main), { signal });
    if (!main) return;
    // Gmail builds new nodes for each thread it opens: every new subject
    // means a (re)rendered thread, read once per animation frame at most.
    observe(
      anyOf(GMAIL.subject),
      () => {
        const result = readThread(main);
        if (!result.ok) return;
        read = true;
        const { threadId, participants } = result.thread;
        show({ kind: 'read', context: { kind: 'gmail', threadId, participants } }, participants, threadId);
      },
      { signal, root: main },
    );
  },
};
