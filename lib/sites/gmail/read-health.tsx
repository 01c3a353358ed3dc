import { ReadNotice } from '@/components/sidebar/ReadNotice';
import { confirmMiss } from '@/lib/sites/runtime/selector-health';
import { readThread, type GmailThread } from './read-thread';
import { GMAIL } from './selectors';

/**
 * Issue 14: every message has a sender, so a thread read with none means
 * Gmail's markup changed under `GMAIL.sender`. Once the thread settled and
 * it still has none, the miss is counted and the notice says what Handoff
 * cannot do without it; null while all is well.
 */
export async function senderNotice(main: Element, thread: GmailThread, signal: AbortSignal) {
  const noSender = () => {
    const again = readThread(main);
    return again.ok && !again.thread.messages.some((m) => m.sender);
  };
  if (!(await confirmMiss(GMAIL.sender, noSender, { root: main, signal }))) return null;
  const text = thread.participants.length
    ? "Handoff could not read who wrote this thread's messages, so it cannot tell whether the newest is a Sales request."
    : "Handoff could not read this thread's participants, so it cannot find the deal from the people in it.";
  return <ReadNotice selector={GMAIL.sender.name} text={text} />;
}
