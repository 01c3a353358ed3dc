import { isUnsigned } from '@/lib/model/constants';
import type { DealStage } from '@/lib/model';
import { stageLabel } from '@/lib/deal';

/** The deal's stage; an unsigned one (prospect, negotiation) is a red "Not signed" pill. */
export function StagePill({ stage }: { stage: DealStage }) {
  const unsigned = isUnsigned(stage);
  return (
    <span
      class="hf-pill"
      data-handoff-field="stage"
      data-stage={stage}
      data-level={unsigned ? 'danger' : stage === 'closed' ? 'none' : 'ok'}
    >
      {unsigned ? (
        <>
          <strong>Not signed</strong>
          <span class="hf-pill-sub"> · {stageLabel(stage)}</span>
        </>
      ) : (
        stageLabel(stage)
      )}
    </span>
  );
}
