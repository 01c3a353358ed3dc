import { observe } from '@/lib/sites/runtime/observe';
import { anyOf, query, queryAll } from '@/lib/sites/runtime/selectors';
import { GMAIL } from './selectors';

/** How long Gmail may take to open its reply box after the Reply click. */
const REPLY_BOX_TIMEOUT_MS = 2000;

export type ReplyOutcome = 'reply-box' | 'clipboard' | 'failed';

export interface ReplyResult {
  where: ReplyOutcome;
  /** Why the reply is not in the reply box: another draft is open on an earlier message, or no reply box was found. */
  reason: 'other-draft' | 'no-reply-box' | null;
}

/**
 * Puts `text` into the reply box of the thread's NEWEST message (opening it
 * with Reply if needed), as typed text so Gmail's own editor, undo and
 * drafts keep working. An open draft on an earlier message is never
 * written into: it is the PM's own unsent text to someone else. Where the
 * newest message's box cannot be found, the text goes onto the clipboard
 * for the PM to paste, and the result says why.
 */
export async function draftReply(root: ParentNode & Node, text: string, signal: AbortSignal): Promise<ReplyResult> {
  let box = newestReplyBox(root);
  if (!box) {
    const reply = replyControl(root);
    if (reply) {
      press(reply);
      box = await waitForNewestReplyBox(root, signal);
    }
  }
  if (box) {
    box.focus();
    // insertText goes through the editor like typing; textContent where the
    // (deprecated but universally supported) command is refused.
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
    if (!inserted) box.textContent = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return { where: 'reply-box', reason: null };
  }
  const reason = openEditors(root).length ? 'other-draft' : 'no-reply-box';
  try {
    await navigator.clipboard.writeText(text);
    return { where: 'clipboard', reason };
  } catch {
    return { where: 'failed', reason };
  }
}

/**
 * What opens a reply to the newest message: the Reply link under the
 * thread, else the newest expanded message's own header Reply button (the
 * links are not always there; lib/sites/HOSTS.md, "Reply control"). Found
 * by structure, then by a per-language word (selectors.ts REPLY_WORDS);
 * null when neither is found.
 */
export function replyControl(root: ParentNode): HTMLElement | null {
  const link = query<HTMLElement>(root, GMAIL.replyButton);
  if (link) return link;
  const newest = queryAll(root, GMAIL.message).at(-1);
  return newest ? query<HTMLElement>(newest, GMAIL.headerReply) : null;
}

/**
 * A click as Gmail's buttons take it: its `div.T-I` buttons act on
 * mousedown/mouseup, its links on click (InboxSDK sends all three:
 * src/platform-implementation-js/lib/dom/simulate-mouse-event.ts).
 */
function press(el: HTMLElement): void {
  for (const type of ['mousedown', 'mouseup'] as const) el.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window }));
  el.click();
}

/** Every open reply or draft editor in the thread, in document order. */
function openEditors(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(anyOf(GMAIL.replyBox))];
}

/**
 * The open editor that replies to the newest message, by position, not by
 * words (Gmail's labels are localised): Gmail puts a reply under the
 * message it answers, so the newest message's box is the one at or after
 * that message, and a box before it is a draft on an earlier message.
 * When no message can be found there is nothing to tell them apart by:
 * only a lone editor is taken.
 */
export function newestReplyBox(root: ParentNode): HTMLElement | null {
  const editors = openEditors(root);
  const messages = root.querySelectorAll([GMAIL.message, GMAIL.collapsedMessage].map(anyOf).join(', '));
  const newest = messages[messages.length - 1];
  if (!newest) return editors.length === 1 ? editors[0]! : null;
  return editors.find((box) => isAtOrAfter(newest, box)) ?? null;
}

function isAtOrAfter(message: Node, box: Node): boolean {
  return (message.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** After the Reply click: the newest message's box once Gmail opens it, or null on timeout. */
function waitForNewestReplyBox(root: ParentNode & Node, signal: AbortSignal): Promise<HTMLElement | null> {
  return new Promise((resolve) => {
    const found = new AbortController();
    const until = AbortSignal.any([signal, AbortSignal.timeout(REPLY_BOX_TIMEOUT_MS), found.signal]);
    until.addEventListener('abort', () => resolve(null), { once: true });
    observe<HTMLElement>(
      anyOf(GMAIL.replyBox),
      () => {
        const box = newestReplyBox(root);
        if (!box) return;
        resolve(box);
        found.abort();
      },
      { root, signal: until },
    );
  });
}
