import { useEffect, useState } from 'preact/hooks';
import { CRM_SOURCES, type CrmStatus } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { send } from '@/lib/messaging/client';
import { CRM_SECTION } from '@/lib/options/routes';
import { useLive } from '@/components/kit/useLive';
import { useHashScroll } from '../requests/useHashScroll';
import { CrmPanel } from './CrmPanel';

/**
 * Options → CRM (issue 16): connect HubSpot or Salesforce, see each
 * connection's state in words, choose what is synced and whether what the
 * PM logs is written back. Re-read whenever the worker announces a `crm`
 * change (lib/sync/signal.ts): no polling.
 */
export function CrmView() {
  const live = useLive(() => send('crm.status', {}), ['crm']);
  // What an action here answered, until the next read brings it anyway.
  const [answered, setAnswered] = useState<Partial<Record<CrmSource, CrmStatus>>>({});
  useEffect(() => setAnswered({}), [live.data]);
  useHashScroll(CRM_SECTION, live.data !== undefined || !!live.error);

  return (
    <section id={CRM_SECTION} class="section" aria-labelledby="crm-title">
      <h1 id="crm-title">CRM</h1>
      <p class="muted">
        Bring deals in from the CRM Sales already works in, and, if you choose, write the requests you log and your deliverable decisions back
        where Sales will see them. Tokens stay in this browser, never in backups, and go only to their CRM.
      </p>
      <div class="crm-panels">
        {CRM_SOURCES.map((source) => (
          <CrmPanel
            key={source}
            source={source}
            status={answered[source] ?? live.data?.find((s) => s.source === source)}
            loadError={live.error}
            onStatus={(status) => setAnswered((a) => ({ ...a, [status.source]: status }))}
          />
        ))}
      </div>
    </section>
  );
}
