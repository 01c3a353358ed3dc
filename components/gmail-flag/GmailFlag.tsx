import { useEffect, useState } from 'preact/hooks';
import { RequestFlag } from '@/components/gmail-flag/RequestFlag';
import { composeRedirect } from '@/lib/sites/gmail/flag/redirect';
import { redirectSummary } from '@/lib/sites/gmail/flag/summary';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { onDataChanged } from '@/lib/sync/signal';
import type { ReplyResult } from '@/lib/sites/gmail/reply-box';

export type Inspection = ResponseOf<'gmail.inspect'>;

export interface GmailFlagProps {
  inspection: Inspection;
  messageId: string;
  threadId: string | null;
  sender: { name: string; email: string };
  /** Where the request came from, for the log. */
  url: string;
  /** Drafts the reply in Gmail (or on the clipboard); says where it went and why. */
  draftReply(text: string): Promise<ReplyResult>;
}

const NOTICE = {
  'reply-box': 'Reply drafted in Gmail’s reply box: edit it and send.',
  clipboard: 'Reply copied to the clipboard: paste it into your answer.',
  failed: 'Could not draft the reply here; the request is logged as redirected.',
} as const;
/** Why the reply is not in Gmail's reply box, said before where it went. */
const WHY = {
  'other-draft': 'Another draft is open on an earlier message; Handoff does not write into it. ',
  'no-reply-box': '',
} as const;

/** The flag for the open message, wired to the log, the flags store and Gmail's reply box. */
export function GmailFlag({ inspection, messageId, threadId, sender, url, draftReply }: GmailFlagProps) {
  const [status, setStatus] = useState(inspection.flag?.status ?? 'flagged');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => setStatus(inspection.flag?.status ?? 'flagged'), [messageId, inspection.flag?.status]);
  // A dismissal or log in another tab shows here too.
  useEffect(() => {
    const ac = new AbortController();
    onDataChanged((change) => {
      if (!change.stores.includes('flags')) return;
      void send('gmail.flag', { messageId }).then((f) => f && setStatus(f.status), () => {});
    }, { signal: ac.signal });
    return () => ac.abort();
  }, [messageId]);

  if (inspection.label === 'none') {
    // Not a flag: an ask aimed at someone else, said so the PM knows it was read.
    return inspection.note ? (
      <p class="hf-flag-note" data-handoff="flag-note" role="status">
        {inspection.note}
      </p>
    ) : null;
  }
  const label = inspection.label;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const log = (requestStatus: 'open' | 'redirected') =>
    send('requests.log', {
      request: {
        // One request per message: the worker keeps the first log, and a redirect after it only marks it redirected.
        id: `gmail-${messageId}`,
        loggedAt: new Date().toISOString(),
        from: sender,
        dealId: inspection.dealId,
        label,
        summary: redirectSummary(label, inspection.evidence),
        source: { kind: 'gmail', url },
        status: requestStatus,
        note: '',
      },
    }).then((r) => send('flags.set', { messageId, threadId, label, status: 'logged', requestId: r.id }));

  return (
    <RequestFlag
      label={label}
      evidence={inspection.evidence}
      newestMessage={inspection.newestMessage}
      status={status === 'flagged' ? 'open' : status}
      busy={busy}
      notice={notice}
      onLog={() =>
        void run(async () => {
          await log('open');
          setStatus('logged');
          setNotice('Logged. It is in the popup and the requests view.');
        })
      }
      onRedirect={() =>
        void run(async () => {
          const settings = await send('settings.forContent', {});
          const deal = inspection.dealId ? await send('deals.get', { id: inspection.dealId }) : null;
          const text = composeRedirect(settings.redirectTemplate, { senderName: sender.name || sender.email, account: deal?.account ?? null, label, evidence: inspection.evidence });
          const { where, reason } = await draftReply(text);
          await log('redirected');
          setStatus('logged');
          setNotice(`${reason ? WHY[reason] : ''}${NOTICE[where]}`);
        })
      }
      onDismiss={() =>
        void run(async () => {
          await send('flags.set', { messageId, threadId, label, status: 'dismissed', requestId: null });
          setStatus('dismissed');
          setNotice(null);
        })
      }
      onUndo={() =>
        void run(async () => {
          await send('flags.set', { messageId, threadId, label, status: 'flagged', requestId: null });
          setStatus('flagged');
        })
      }
    />
  );
}
