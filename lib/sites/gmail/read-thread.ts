import { query, queryAll } from '@/lib/dom/selector';
import { GMAIL } from './selectors';

export interface GmailMessage {
  id: string | null;
  sender: { name: string; email: string } | null;
  recipients: string[];
  /** The `title` of the date element, as Gmail shows it. */
  date: string | null;
  bodyText: string;
}

export interface GmailThread {
  /** Hex legacy thread id, or null when the page does not say. */
  threadId: string | null;
  subject: string;
  messages: GmailMessage[];
  /** Every address in the thread, lower-cased, once. */
  participants: string[];
}

export type ReadResult = { ok: true; thread: GmailThread } | { ok: false; reason: string };

/** Reads the open thread from Gmail's DOM; says what it could not find. */
export function readThread(root: ParentNode): ReadResult {
  const subject = query(root, GMAIL.subject);
  if (!subject) return { ok: false, reason: 'no thread subject (h2.hP) on the page' };
  const messages = queryAll(root, GMAIL.message).map(readMessage);
  if (!messages.length) return { ok: false, reason: 'no messages (div.adn) in the thread' };
  const participants = new Set<string>();
  for (const m of messages) {
    if (m.sender) participants.add(m.sender.email.toLowerCase());
    for (const r of m.recipients) participants.add(r.toLowerCase());
  }
  return {
    ok: true,
    thread: { threadId: threadIdOf(root), subject: text(subject), messages, participants: [...participants] },
  };
}

function readMessage(el: Element): GmailMessage {
  const sender = query(el, GMAIL.sender);
  const email = sender?.getAttribute('email');
  return {
    id: el.getAttribute('data-legacy-message-id') ?? el.getAttribute('data-message-id'),
    sender: email ? { email, name: sender?.getAttribute('name') ?? email } : null,
    recipients: queryAll(el, GMAIL.recipients).map((r) => r.getAttribute('email') ?? '').filter(Boolean),
    date: query(el, GMAIL.date)?.getAttribute('title') ?? null,
    bodyText: bodyText(query<HTMLElement>(el, GMAIL.body)),
  };
}

/** Thread id: `data-legacy-thread-id`, else the decimal `thread-f:` perm id in hex. */
export function threadIdOf(root: ParentNode): string | null {
  const legacy = query(root, GMAIL.threadIdHolder)?.getAttribute('data-legacy-thread-id');
  if (legacy && /^[0-9a-f]{6,32}$/i.test(legacy)) return legacy.toLowerCase();
  const perm = query(root, GMAIL.threadPermIdHolder)?.getAttribute('data-thread-perm-id') ?? '';
  const m = /^thread-f:(\d{1,30})$/.exec(perm);
  return m ? BigInt(m[1]!).toString(16) : null;
}

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** innerText keeps the line breaks a reader sees; textContent where layout is absent. */
function bodyText(el: HTMLElement | null): string {
  if (!el) return '';
  return (typeof el.innerText === 'string' && el.innerText) || el.textContent || '';
}
