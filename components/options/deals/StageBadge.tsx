import { isUnsigned, type DealStage } from '@/lib/model';

/** The deal's stage; unsigned stages are flagged. */
export function StageBadge({ stage }: { stage: DealStage }) {
  const unsigned = isUnsigned(stage);
  return (
    <span class={`badge badge--${unsigned ? 'unsigned' : stage}`} data-stage={stage} title={unsigned ? 'Not signed yet' : undefined}>
      {stage}
      {unsigned ? ' · unsigned' : ''}
    </span>
  );
}
