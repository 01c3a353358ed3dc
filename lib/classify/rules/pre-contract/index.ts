import type { MessageSignals } from '../../signals';
import type { Finding } from '../finding';
import { assignment, chaseAsk, deliverableStatus, genericAsk, terseAsk, verbAsk } from './asks';

/**
 * Every sentence where the reader is asked to produce, finish or chase one of
 * Sales' pre-signature deliverables. Whether the deal is open is decided by
 * the caller.
 */
export function findPreContractWork(m: MessageSignals): Finding[] {
  const out: Finding[] = [];
  const context = m.contextDeliverables;
  m.sentences.forEach((_, i) => {
    // Most explicit wording first, so the evidence names the clearest cue.
    const f = verbAsk(m.sentences, i, context) ??
      chaseAsk(m.sentences, i) ??
      assignment(m.sentences, i, context) ??
      genericAsk(m.sentences, i, context) ??
      terseAsk(m.sentences, i) ??
      deliverableStatus(m.sentences, i);
    if (f) out.push(f);
  });
  return out;
}
