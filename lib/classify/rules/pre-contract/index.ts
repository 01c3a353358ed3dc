import type { MessageSignals } from '../../signals';
import type { Finding } from '../finding';
import { assignment, chaseAsk, deliverableStatus, genericAsk, needDoneAsk, terseAsk, verbAsk, wantedDoneAsk } from './asks';

/** A finding and the sentence it came from; `document` when a named document is to be produced. */
export interface PreContractFinding extends Finding {
  sentence: number;
  document: boolean;
}

/**
 * Every sentence where the reader is asked to produce, finish or chase one of
 * Sales' pre-signature deliverables. Whether the deal is open is decided by
 * the caller.
 */
export function findPreContractWork(m: MessageSignals): PreContractFinding[] {
  const out: PreContractFinding[] = [];
  const context = m.contextDeliverables;
  m.sentences.forEach((_, i) => {
    // Most explicit wording first, so the evidence names the clearest cue.
    const doc = verbAsk(m.sentences, i, context);
    const f = doc ??
      chaseAsk(m.sentences, i) ??
      assignment(m.sentences, i, context) ??
      genericAsk(m.sentences, i, context) ??
      terseAsk(m.sentences, i) ??
      wantedDoneAsk(m.sentences, i) ??
      deliverableStatus(m.sentences, i) ??
      needDoneAsk(m.sentences, i);
    // A finding is its hits and strength (finding.ts); named, not spread (issue 18: ~2% of classify time).
    if (f) out.push({ hits: f.hits, strength: f.strength, sentence: i, document: f === doc && f.hits.length > 0 });
  });
  return out;
}
