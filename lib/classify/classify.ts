import { resolveRole, resolveStage } from './context';
import { decide } from './decide';
import { MAX_NEWEST_CHARS } from './limits';
import { splitNewestMessage } from './newest-message';
import { collectSignals } from './signals';
import type { ClassifyContext, ClassifyResult, EmailInput, Evidence } from './types';

function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}

/**
 * Labels a mail for the PM reading it. Pure, synchronous, never throws:
 * malformed input yields `none` with confidence 0.
 */
export function classifyEmail(email: EmailInput, context: ClassifyContext): ClassifyResult {
  try {
    return classifyUnsafe(email, context);
  } catch {
    return { label: 'none', confidence: 0, newestMessage: '', evidence: [] };
  }
}

function classifyUnsafe(email: EmailInput, context: ClassifyContext): ClassifyResult {
  const senderName = str(email?.from?.name);
  const parts = splitNewestMessage(email?.body, senderName);
  const newestMessage = parts.newest.slice(0, MAX_NEWEST_CHARS);
  const subject = str(email?.subject).replace(/^\s*(?:(?:re|fwd?|aw|wg|tr|rv|sv)\s*:\s*)+/i, '');
  const signals = collectSignals(newestMessage, subject, parts.history);
  const role = resolveRole(context?.senderRole ?? null, str(email?.from?.email), parts.top.slice(0, 4_000));
  const stage = resolveStage(context?.dealStage ?? null, signals.unsigned, signals.signed);
  const decision = decide(signals, role, stage);
  const evidence: Evidence[] = decision.hits
    .filter((h) => h.start >= 0 && h.end <= newestMessage.length && h.start < h.end)
    .map((h) => ({ start: h.start, end: h.end, text: newestMessage.slice(h.start, h.end), reason: h.reason }));
  return { label: decision.label, confidence: decision.confidence, newestMessage, evidence };
}
