import { query, queryAll } from '@/lib/sites/runtime/selectors';
import { GMAIL } from './selectors';
import { threadIdOf } from './thread-id';

export { threadIdOf } from './thread-id';

export interface GmailMessage {
  id: string | null;
  sender: { name: string; email: string } | null;
  recipients: string[];
  /** The `title` of the date element, as Gmail shows it. */
  date: string | null;
  bodyText: string;
}

export interface GmailThread {
  /** Hex legacy thread id, else a `thread-a:r-…` id as is (thread-id.ts), or null when the page does not say. */
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
  // Collapsed messages have a sender (and sometimes recipients) but no body.
  // They count as participants, so a customer who wrote only earlier in the
  // thread still links it by domain; they stay out of `messages`, whose last
  // entry the sidebar classifies as the newest message and which needs a body.
  const collapsed = queryAll(root, GMAIL.collapsedMessage).map(readMessage);
  for (const m of [...collapsed, ...messages]) {
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

function text(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text beyond this is not an e-mail a person wrote; classification reads far less. */
const MAX_BODY_CHARS = 2_000_000;
const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|OL|P|PRE|SECTION|TABLE|TR|UL)$/;

/**
 * The body's text with a line break at each block element, as a reader
 * sees it. Not innerText: that forces a layout of the page while the thread
 * opens (10+ ms each time, in the profiler); this walk never touches layout.
 */
export function bodyText(el: Element | null): string {
  if (!el) return '';
  const parts: string[] = [];
  let length = 0;
  // Like innerText: one line break between blocks, a blank line around paragraphs.
  const breaks = (n: number) => {
    let have = 0;
    for (let i = parts.length - 1; i >= 0 && have < n; i--) {
      const m = /\n*$/.exec(parts[i]!)![0].length;
      have += m;
      if (m < parts[i]!.length) break;
    }
    if (parts.length && have < n) parts.push('\n'.repeat(n - have));
  };
  // Outside <pre>, HTML collapses white space: source line breaks are not the reader's.
  const walk = (node: Node, pre = false) => {
    for (let child = node.firstChild; child && length < MAX_BODY_CHARS; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = pre ? (child.nodeValue ?? '') : (child.nodeValue ?? '').replace(/\s+/g, ' ');
        // White space between blocks shows as nothing.
        if (!pre && text === ' ' && (!parts.length || parts[parts.length - 1]!.endsWith('\n'))) continue;
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'STYLE' || tag === 'SCRIPT' || tag === 'TEMPLATE') continue;
        if (tag === 'BR') {
          parts.push('\n');
          continue;
        }
        const gap = tag === 'P' ? 2 : BLOCK.test(tag) ? 1 : 0;
        if (gap) breaks(gap);
        walk(child, pre || tag === 'PRE');
        if (gap) breaks(gap);
      }
    }
  };
  walk(el);
  return parts.join('').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{3,}/g, '\n\n').trim().slice(0, MAX_BODY_CHARS);
}
