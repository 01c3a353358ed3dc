import type { ComponentChildren } from 'preact';
import { GmailFlag, type Inspection } from '@/components/gmail-flag/GmailFlag';
import { PageSidebar, type PageRead } from '@/components/sidebar/PageSidebar';
import FLAG_CSS from '@/components/gmail-flag/flag.css?inline';
import SIDEBAR_CSS from '@/components/sidebar/sidebar.css?inline';
import { anyOf, query } from '@/lib/sites/runtime/selectors';
import { observe, waitFor } from '@/lib/sites/runtime/observe';
import { firstMissing, reportMiss } from '@/lib/sites/runtime/selector-health';
import { send } from '@/lib/messaging/client';
import { mountPanel, pageTheme } from '@/lib/sites/runtime/mount';
import { accountFromDomain, customerDomains } from './account-name';
import type { SiteFeature } from '../runtime/feature';
import { isGmailThread } from './detect';
import { readThread, type GmailThread } from './read-thread';
import { senderNotice } from './read-health';
import { draftReply } from './reply-box';
import { setPageDescriber } from '../runtime/describe';
import { redirectSummary } from '@/lib/sites/gmail/flag/summary';
import { GMAIL } from './selectors';

/** How long a thread's DOM may take to appear before the sidebar says it could not read the page. */
const READ_TIMEOUT_MS = 5000;

/**
 * The open thread's deal, and the flag when its newest message is a Sales
 * request. The panel takes a column beside Gmail's side panel, so it covers
 * none of Gmail's controls.
 */
export const gmailSidebar: SiteFeature = {
  id: 'gmail-sidebar',
  matches: isGmailThread,
  async init(signal) {
    const main = await waitFor(anyOf(GMAIL.main), { signal });
    if (!main) return;
    const dockBefore = query(document, GMAIL.sidePanel)?.parentElement ?? null;
    const panel = mountPanel(SIDEBAR_CSS + FLAG_CSS, { signal, theme: pageTheme(), dockBefore });
    const ownDomain = await send('settings.forContent', {}).then((s) => s.ownDomain, () => null);
    let read = false;

    const show = (page: PageRead, thread: GmailThread | null = null, flag: ComponentChildren = null) => {
      const domains = customerDomains(thread?.participants ?? [], ownDomain);
      const threadId = thread?.threadId ?? null;
      panel.render(
        <PageSidebar
          page={page}
          pageLabel="this thread"
          linkTargets={threadId ? [{ kind: 'gmail-thread', label: 'Link this thread', field: 'gmailThreads', value: threadId }] : []}
          newDeal={{
            account: domains[0] ? accountFromDomain(domains[0]) : undefined,
            links: { domains: domains.slice(0, 1), gmailThreads: threadId ? [threadId] : [] },
          }}
        >
          {flag}
        </PageSidebar>,
      );
    };
    show({ kind: 'loading' });

    const timer = setTimeout(() => {
      const missing = read ? null : firstMissing(main, [GMAIL.subject, GMAIL.message]);
      if (missing) reportMiss(missing, signal);
      if (!read) show({ kind: 'unreadable', reason: 'Handoff could not find the open e-mail on this page.' });
    }, READ_TIMEOUT_MS);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

    let generation = 0;
    // Gmail builds new nodes for each thread it opens: every new subject
    // means a (re)rendered thread, read once per animation frame at most.
    observe(
      anyOf(GMAIL.subject),
      () => {
        const result = readThread(main);
        if (!result.ok) return;
        read = true;
        const thread = result.thread;
        const page: PageRead = { kind: 'read', context: { kind: 'gmail', threadId: thread.threadId, participants: thread.participants } };
        show(page, thread);
        const mine = ++generation;
        void senderNotice(main, thread, signal).then((notice) => {
          if (notice && mine === generation) show(page, thread, notice);
        });
        describe(thread, null);
        void inspectNewest(thread).then((flag) => {
          if (mine === generation && !signal.aborted && flag) show(page, thread, flag);
        });
      },
      { signal, root: main },
    );

    signal.addEventListener('abort', () => setPageDescriber(null), { once: true });

    /** What the popup's quick-log form is prefilled with for this thread. */
    function describe(thread: GmailThread, inspection: Inspection | null, messageId: string | null = null) {
      const newest = thread.messages[thread.messages.length - 1];
      setPageDescriber(async () => {
        const deal = inspection?.dealId ? await send('deals.get', { id: inspection.dealId }).catch(() => null) : null;
        const label = inspection?.label ?? null;
        return {
          kind: 'gmail',
          url: location.href,
          title: thread.subject,
          sender: newest?.sender ?? null,
          dealId: deal?.id ?? null,
          dealName: deal?.name ?? null,
          label,
          summary: label && label !== 'none' ? redirectSummary(label, inspection!.evidence) : thread.subject,
          messageId,
        };
      });
    }

    async function inspectNewest(thread: GmailThread) {
      const newest = thread.messages[thread.messages.length - 1];
      if (!newest?.sender) return null;
      const messageId = newest.id ?? `${thread.threadId ?? 'thread'}:${thread.messages.length}`;
      let inspection: Inspection;
      try {
        inspection = await send('gmail.inspect', {
          threadId: thread.threadId,
          messageId,
          participants: thread.participants,
          email: {
            from: newest.sender,
            to: newest.recipients.map((email) => ({ name: '', email })),
            cc: [],
            subject: thread.subject,
            date: newest.date ?? undefined,
            body: newest.bodyText.slice(0, 2_000_000),
          },
        });
      } catch {
        return null;
      }
      describe(thread, inspection, messageId);
      if (inspection.label === 'none' && !inspection.note) return null;
      return (
        <GmailFlag
          inspection={inspection}
          messageId={messageId}
          threadId={thread.threadId}
          sender={newest.sender}
          url={location.href}
          draftReply={(text) => draftReply(main!, text, signal)}
        />
      );
    }
  },
};
