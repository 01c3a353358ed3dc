import type { ResolvedRole, ResolvedStage } from './context';
import type { EvidenceScope, FindingLabel } from './ids';
import type { Hit } from './patterns/match';
import { dedupe, findEstimateAsk, findStatusAsk } from './rules/questions';
import { type Finding, strongest } from './rules/finding';
import { findPreContractWork } from './rules/pre-contract';
import { looseAsk } from './rules/pre-contract/asks';
import { findPromise } from './rules/promise';
import type { MessageSignals } from './signals';
import type { Label } from './types';

/** A hit placed in the decision: its reason carries the scope's prefix ("deal stage: …"). */
export interface ScopedHit extends Hit {
  scope: EvidenceScope;
}

export interface Decision {
  label: Label;
  confidence: number;
  hits: ScopedHit[];
}

/** Confidence lost when the role or the stage had to be guessed from text. */
const GUESSED_ROLE_PENALTY = 0.15;
const GUESSED_STAGE_PENALTY = 0.08;

/** How a scope reads at the head of a reason: "pre-contract-work", "deal stage", "also status-request". */
function prefixOf(scope: EvidenceScope): string {
  if (scope === 'deal-stage') return 'deal stage';
  return scope.startsWith('also-') ? `also ${scope.slice('also-'.length)}` : scope;
}

function tag(hits: readonly Hit[], scope: EvidenceScope): ScopedHit[] {
  const prefix = prefixOf(scope);
  // A hit has these five fields only (patterns/match.ts); built field by field, not spread (issue 18: ~2% of classify time).
  return hits.map((h) => ({ id: h.id, start: h.start, end: h.end, text: h.text, reason: `${prefix}: ${h.reason}`, scope }));
}

/**
 * Applies the label table in order; the first label whose conditions hold
 * wins. Evidence lists the winner's spans first, then the other rules that
 * fired (so a reader sees why e.g. a promise outranked a status ask).
 */
export function decide(m: MessageSignals, role: ResolvedRole, stage: ResolvedStage, toCustomer = false): Decision {
  if (role.role !== 'sales') return { label: 'none', confidence: notSalesConfidence(role), hits: [] };
  const open = stage.stage === 'unsigned' || stage.stage === 'unknown';
  // In a mail to the customer (reader on cc) the asks are the customer's to answer.
  const pre = toCustomer ? [] : findPreContractWork(m);
  // On a deal known to be open, a short mail may ask in one sentence and name the document in another.
  if (pre.length === 0 && !toCustomer && stage.stage === 'unsigned') {
    const loose = looseAsk(m.sentences);
    if (loose) pre.push({ hits: loose.hits, strength: loose.strength, sentence: -1, document: false });
  }
  const preBest = strongest(pre);
  // With no linked deal and no cue either way, asking for a contract or
  // pre-sale deliverable is itself contracting work (see the label table).
  const preOk = preBest !== undefined && open;
  const promise = findPromise(m, toCustomer);
  const estimate = open && !toCustomer ? findEstimateAsk(m, stage.stage === 'unknown') : undefined;
  // A sentence asking for Sales work (a document, a chase) is not a progress
  // question because it names the team or a milestone: only explicit status cues count there.
  const documentAsks = new Set(pre.map((f) => f.sentence));
  const status = (stage.stage === 'signed' || stage.stage === 'unknown') && !toCustomer
    ? findStatusAsk(m, documentAsks, stage.stage === 'unknown')
    : undefined;

  const fired: Array<[FindingLabel, Finding | undefined]> = [
    ['pre-contract-work', preOk ? { hits: allHits(pre), strength: preBest.strength } : undefined],
    ['promise-without-check', promise],
    ['estimate-request', estimate],
    ['status-request', status],
  ];
  // With no stage known, an estimate and a status ask compete on strength.
  if (stage.stage === 'unknown' && estimate && status && status.strength > estimate.strength) fired.splice(2, 1);
  const winner = fired.find(([, f]) => f !== undefined);
  if (!winner || !winner[1]) {
    return { label: 'none', confidence: noneConfidence(m), hits: [] };
  }
  const [label, finding] = winner;
  let confidence = finding.strength;
  if (role.guessed) confidence -= GUESSED_ROLE_PENALTY;
  if (stage.guessed && label !== 'promise-without-check') confidence -= GUESSED_STAGE_PENALTY;
  const hits = [...tag(finding.hits, label), ...tag(stage.evidence, 'deal-stage')];
  for (const [l, f] of fired) if (l !== label && f) hits.push(...tag(f.hits, `also-${l}`));
  return { label, confidence: clamp(confidence), hits: dedupe(hits) };
}

/** The findings' hits in order; a loop, where flatMap cost ~1% of the classifier (issue 18). */
function allHits(findings: readonly Finding[]): Hit[] {
  const out: Hit[] = [];
  for (const f of findings) for (const h of f.hits) out.push(h);
  return out;
}

/** Mail not from Sales asks nothing of the PM; surer when the roster said so. */
export function notSalesConfidence(role: ResolvedRole): number {
  return role.guessed ? 0.75 : 0.95;
}

/** "none" is surest when the message asks nothing at all. */
function noneConfidence(m: MessageSignals): number {
  const asksSomething = m.sentences.some((s) => s.asks.length > 0 || s.question || s.imperative);
  return asksSomething ? 0.7 : 0.9;
}

function clamp(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 100) / 100;
}
