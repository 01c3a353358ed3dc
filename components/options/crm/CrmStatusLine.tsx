import { CRM_LABEL, type CrmStatus } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { describeError } from '@/lib/options/data-io';

export interface CrmStatusLineProps {
  source: CrmSource;
  status: CrmStatus | undefined;
  /** Why `crm.status` did not answer, if it did not. */
  loadError: unknown;
}

/**
 * `[data-handoff="crm-status"]`: the connection's state in words, always
 * there, "HubSpot is not connected." included (issue 16, item 5). The words
 * are the worker's (lib/crm/status-words.ts); a live region, so a sync
 * finishing is read out.
 */
export function CrmStatusLine({ source, status, loadError }: CrmStatusLineProps) {
  const label = CRM_LABEL[source];
  const words = status
    ? status.words
    : loadError
      ? `${label}: the connection’s state could not be read (${describeError(loadError).message}).`
      : `Reading the ${label} connection…`;
  const state = status?.state ?? (loadError ? 'unknown' : 'loading');
  return (
    <p class={`crm-status crm-status--${state}`} role="status" data-handoff="crm-status" data-crm={source} data-state={state}>
      {words}
    </p>
  );
}
