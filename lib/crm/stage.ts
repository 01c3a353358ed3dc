/**
 * A CRM deal stage → Handoff's stage, from the pipeline's won/closed flags,
 * never from the stage's name (issue 16): admins rename stages and build
 * custom pipelines ("Contract Sent" may be their won stage). Pure.
 *
 * - closed and won → 'signed'; closed and not won → 'closed';
 * - open → 'prospect' below 50 % probability, else 'negotiation'. The
 *   threshold reproduces the CSV import's name tables for both default
 *   pipelines (lib/crm-csv/sources.ts): HubSpot's appointment (20 %) and
 *   qualified (40 %) are prospects, presentation (60 %) onwards negotiation;
 *   Salesforce's Prospecting/Qualification (10 %) and Needs Analysis (20 %)
 *   are prospects, Value Proposition (50 %) onwards negotiation. An open
 *   stage with no probability is 'negotiation', the safe side: an unsigned
 *   deal either way.
 * 'delivering' is Handoff's own and never comes from a CRM (lib/crm/merge.ts).
 */
import type { DealStageName } from '@/lib/model/constants';

/**
 * A stage of a HubSpot deal pipeline (GET /crm/v3/pipelines/deals). Its
 * metadata values are strings in the API ("true", "1.0"); booleans and
 * numbers are accepted too.
 */
export interface HubspotPipelineStage {
  id: string;
  label?: string;
  metadata?: { isClosed?: string | boolean; probability?: string | number | null };
}

export interface HubspotPipeline {
  id: string;
  label?: string;
  stages: readonly HubspotPipelineStage[];
}

/** A Salesforce OpportunityStage record (its ApiName/MasterLabel is the opportunity's StageName). */
export interface SalesforceOpportunityStage {
  ApiName?: string;
  MasterLabel: string;
  IsWon: boolean;
  IsClosed: boolean;
  /** 0–100. */
  DefaultProbability?: number | null;
}

const PROSPECT_BELOW = 0.5;

function openStage(probability: number | null): DealStageName {
  return probability !== null && probability < PROSPECT_BELOW ? 'prospect' : 'negotiation';
}

function number(v: string | number | null | undefined): number | null {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

/**
 * HubSpot marks a stage closed with `isClosed`; a closed stage's probability
 * is 1.0 when won and 0.0 when lost (HubSpot's pipelines API docs).
 */
export function hubspotStage(stage: HubspotPipelineStage): DealStageName {
  const closed = stage.metadata?.isClosed === true || String(stage.metadata?.isClosed).toLowerCase() === 'true';
  const probability = number(stage.metadata?.probability);
  if (closed) return probability !== null && probability >= 1 ? 'signed' : 'closed';
  return openStage(probability);
}

/**
 * The stage of a HubSpot deal from its `pipeline` and `dealstage`
 * properties (a stage id); null when no pipeline knows that stage (the
 * caller's pipelines are stale: fetch them again).
 */
export function hubspotDealStage(
  pipelines: readonly HubspotPipeline[],
  pipelineId: string | null | undefined,
  stageId: string | null | undefined,
): DealStageName | null {
  if (!stageId) return null;
  const own = pipelines.find((p) => p.id === pipelineId)?.stages.find((s) => s.id === stageId);
  // Stage ids are unique within an account, so another pipeline's match is the same stage.
  const stage = own ?? pipelines.flatMap((p) => p.stages).find((s) => s.id === stageId);
  return stage ? hubspotStage(stage) : null;
}

export function salesforceStage(stage: SalesforceOpportunityStage): DealStageName {
  if (stage.IsClosed) return stage.IsWon ? 'signed' : 'closed';
  const p = number(stage.DefaultProbability);
  return openStage(p === null ? null : p / 100);
}

/** The stage of an opportunity from its StageName; null when no stage has that name. */
export function salesforceDealStage(
  stages: readonly SalesforceOpportunityStage[],
  stageName: string | null | undefined,
): DealStageName | null {
  if (!stageName) return null;
  const stage = stages.find((s) => s.ApiName === stageName) ?? stages.find((s) => s.MasterLabel === stageName);
  return stage ? salesforceStage(stage) : null;
}
