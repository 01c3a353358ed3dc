import { waitFor } from '@/lib/sites/runtime/observe';
import { anyOf, query } from '@/lib/sites/runtime/selectors';
import { GMAIL } from './selectors';

/** How long Gmail may take to open its reply box after the Reply click. */
const REPLY_BOX_TIMEOUT_MS = 2000;

export type ReplyOutcome = 'reply-box' | 'clipboard' | 'failed';

/**
 * Puts `text` into Gmail's reply box (opening it with Reply if needed), as
 * typed text so Gmail's own editor, undo and drafts keep working; where the
 * box cannot be found, onto the clipboard for the PM to paste.
 */
export async function draftReply(root: ParentNode, text: string, signal: AbortSignal): Promise<ReplyOutcome> {
  let box = query<HTMLElement>(root, GMAIL.replyBox);
  if (!box) {
    const reply = query<HTMLElement>(root, GMAIL.replyButton);
    if (reply) {
      reply.click();
      const timeout = AbortSignal.timeout(REPLY_BOX_TIMEOUT_MS);
      box = await waitFor<HTMLElement>(anyOf(GMAIL.replyBox), { root, signal: AbortSignal.any([signal, timeout]) });
    }
  }
  if (box) {
    box.focus();
    // insertText goes through the editor like typing; textContent where the
    // (deprecated but universally supported) command is refused.
    const inserted = typeof document.execCommand === 'function' && document.execCommand('insertText', false, text);
    if (!inserted) box.textContent = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    return 'reply-box';
  }
  try {
    await navigator.clipboard.writeText(text);
    return 'clipboard';
  } catch {
    return 'failed';
  }
}
