import { execIn, findHits, testIn, type Hit } from '../patterns/match';
import { clauseAround, clauseBounds } from '../sentences';
import type { MessageSignals, SentenceSignals } from '../signals';
import type { Finding } from './finding';

/** How far after "told them" the promised content may sit. */
const CONTENT_REACH = 140;

function denied(s: SentenceSignals, hit: Hit): boolean {
  return s.pack.notAPromise.test(clauseAround(s.sentence.text, hit.start - s.sentence.start));
}

/** Longest promise span shown as evidence. */
const MAX_SPAN = 160;

/** Widens a cue to cover what was promised ("I told them … by May 1"). */
function widen(s: SentenceSignals, hit: Hit, relEnd: number): Hit {
  const end = Math.min(s.sentence.start + relEnd, hit.start + MAX_SPAN, s.sentence.end);
  const text = s.sentence.text.slice(hit.start - s.sentence.start, end - s.sentence.start).trimEnd();
  return hit.start + text.length > hit.end ? { ...hit, end: hit.start + text.length, text } : hit;
}

function clauseEnd(s: SentenceSignals, hit: Hit): number {
  return clauseBounds(s.sentence.text, hit.start - s.sentence.start)[1];
}

function toClauseEnd(s: SentenceSignals, hit: Hit): Hit {
  return widen(s, hit, clauseEnd(s, hit));
}

function promiseIn(s: SentenceSignals): Hit | undefined {
  const p = s.pack;
  if (!testIn(p.promiseStems, s.sentence)) return undefined;
  const strong = findHits(p.strongPromise, s.sentence).find((h) => !denied(s, h));
  // "at no extra cost" alone may be the customer's ask; Sales must be the giver.
  const freebie = strong !== undefined && p.freebie.test(strong.text);
  if (strong && (!freebie || p.firstPersonGiver.test(s.sentence.text))) return toClauseEnd(s, strong);
  for (const told of findHits(p.told, s.sentence)) {
    if (denied(s, told)) continue;
    const from = told.end - s.sentence.start;
    const content = p.commitmentContent.exec(s.sentence.text.slice(from, from + CONTENT_REACH));
    if (content) return widen(s, told, Math.max(from + content.index + content[0].length, clauseEnd(s, told)));
  }
  return strong && findHits(p.told, s.sentence).length > 0 ? strong : undefined;
}

/** "Our team will be onboarded by 1st April", written to the customer: a dated commitment. */
function directCommitment(s: SentenceSignals, next?: SentenceSignals): Hit | undefined {
  const c = s.pack.directCommitment.exec(s.sentence.text);
  if (!c) return undefined;
  const from = c.index + c[0].length;
  // "Training for all six stores is included" is itself the scope given away.
  const scopeGiven = s.pack.lang === 'en' && SCOPE_GIVEN.test(c[0]);
  const content = scopeGiven ? null : s.pack.commitmentContent.exec(s.sentence.text.slice(from, from + CONTENT_REACH));
  // "Confirming as discussed:" then the list of what was confirmed, in the next sentence.
  const listed = !content && !scopeGiven && /:\s*$/.test(s.sentence.text) && next !== undefined && s.pack.commitmentContent.test(next.sentence.text.slice(0, CONTENT_REACH));
  if (!content && !scopeGiven && !listed) return undefined;
  const at = s.sentence.start + c.index;
  const hit: Hit = { id: 'promise.direct-commitment', start: at, end: at + c[0].length, text: c[0], reason: 'commits to the customer in this mail' };
  if (denied(s, hit)) return undefined;
  return widen(s, hit, content ? from + content.index + content[0].length : from);
}

const SCOPE_GIVEN = /included|covered|in\s+scope|no\s+(?:extra\s+|additional\s+)?(?:cost|charge)|free/i;

/**
 * "Their GM asked if we could do the sale creative as well and I said yep":
 * the customer's request (this sentence or the one before) is the content of
 * the sender's bare "yes" (said, confirmed, agreed) that follows it.
 */
function acceptedRequest(all: readonly SentenceSignals[], i: number): Hit | undefined {
  const s = all[i];
  if (!s) return undefined;
  const yes = execIn(s.pack.affirmed, s.sentence);
  if (!yes) return undefined;
  const at = s.sentence.start + yes.index;
  const hit: Hit = { id: 'promise.accepted-request', start: at, end: at + yes[0].length, text: yes[0], reason: 'says yes to the customer\'s request' };
  if (denied(s, hit)) return undefined;
  const sameSentence = s.pack.customerRequest.exec(s.sentence.text.slice(0, yes.index));
  const prev = all[i - 1];
  if (!sameSentence && !(prev && testIn(prev.pack.customerRequest, prev.sentence))) return undefined;
  return toClauseEnd(s, hit);
}

/**
 * Sales reports a date, scope or deliverable already promised to the customer.
 * Not when the text says the PM agreed first ("like you suggested").
 */
export function findPromise(m: MessageSignals, toCustomer = false): Finding | undefined {
  const hits: Hit[] = [];
  m.sentences.forEach((s, i) => {
    const p = promiseIn(s) ?? acceptedRequest(m.sentences, i) ?? (toCustomer ? directCommitment(s, m.sentences[i + 1]) : undefined);
    if (p) hits.push(p);
  });
  if (hits.length === 0) return undefined;
  // "As discussed" in a mail to the customer is the customer's discussion, not the PM's. Tested only
  // once there is a promise: it reads the whole message (issue 18: ~1% of the classifier, on every mail).
  if (!toCustomer && m.pack.checkedWithPm.test(m.text)) return undefined;
  // The customer already counting on it makes the promise unambiguous.
  const expects: Hit[] = [];
  for (const s of m.sentences) expects.push(...findHits(s.pack.customerExpects, s.sentence));
  for (const e of expects) if (!hits.some((h) => h.start === e.start)) hits.push(e);
  return { hits, strength: expects.length > 0 ? 0.92 : 0.85 };
}
