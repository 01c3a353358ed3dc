export { classifyEmail } from './classify';
export { extractNewestMessage } from './newest-message';
export { computeMetrics, type Metrics, type LabelMetrics } from './metrics';
export {
  LABELS, SENDER_ROLES, DEAL_STAGES, isLabel,
  type Label, type SenderRole, type DealStage, type Address, type EmailInput,
  type ClassifyContext, type ClassifyResult, type Evidence,
} from './types';
export {
  evidenceId, parseEvidenceId, isHitId, isDeliverableId,
  type CueId, type HitId, type DeliverableId, type EvidenceId, type EvidenceScope, type FindingLabel,
} from './ids';
