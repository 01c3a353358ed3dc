import { CRM_LABEL, CRM_SOURCES, crmConfigSchema, defaultCommon, type CrmConfig, type CrmConfigPatch, type CrmConnect } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { CrmHttpError } from '@/lib/crm/http';
import { crmStatus } from '@/lib/crm/status-words';
import { signedNotice, signedNotificationId } from '@/lib/crm/signed-notice';
import { deliverableItems, requestItems } from '@/lib/crm/writeback-items';
import { HandoffError } from '@/lib/messaging/errors';
import type { Deal, SalesRequest } from '@/lib/model';
import { dropUnsentOutbox, enqueueOutbox, listOutbox, outboxCounts, updateOutbox, type DbHandle } from '@/lib/store';
import type { StoreName } from '@/lib/sync/signal';
import type { CrmService } from './handlers';
import { drainOutbox } from './outbox-drain';
import { forget, readRecords, writeConfig, writeConnection, writeCredentials, writeState, type KeyValueArea } from './records';
import { connectSalesforce, type WebAuth } from './salesforce-connect';
import { runPass, type PassResult } from './sync-pass';
import { HUBSPOT_ORIGIN, hubspotClientFor, syncSourceFor, type TransportDeps } from './transport';
import type { HubSpotClient } from '@/lib/crm/hubspot/client';

/**
 * The worker's CRM connection (issue 16): connect, sync on an alarm and on
 * "Sync now", write the outbox, say the state. One pass per CRM at a time;
 * every record it needs is re-read from storage, so a worker woken by an
 * alarm after being stopped carries on where the last one left.
 */
export const SYNC_ALARM_PREFIX = 'crm:sync:';
export const syncAlarm = (source: CrmSource) => SYNC_ALARM_PREFIX + source;

export interface CrmServiceDeps extends Omit<TransportDeps, 'saveCredentials'> {
  db: DbHandle;
  area: KeyValueArea;
  announce: (stores: StoreName[]) => Promise<void>;
  /** Whether the user granted the host permission for an origin (`https://api.hubapi.com`). */
  hasOrigin: (origin: string) => Promise<boolean>;
  removeOrigin: (origin: string) => Promise<void>;
  setAlarm: (name: string, periodMinutes: number | null) => Promise<void>;
  notify: (id: string, title: string, message: string) => Promise<void>;
  /** The PM's own company domains: a colleague on a deal must not link every internal thread to it. */
  ownDomains: () => Promise<string[]>;
  /** The worker's lookup cache (lib/background/deal-cache.ts): every deal the sync writes goes through it too. */
  dealsWritten: (written: Deal[], gone: string[]) => void;
  /** Salesforce sign-in: `identity.launchWebAuthFlow` and its redirect URL (optional permission `identity`). */
  webAuth: WebAuth;
}

export interface CrmWorker extends CrmService {
  onAlarm(name: string): Promise<void>;
  /** At worker start: finish a pass or writes a stopped worker left. */
  resume(): Promise<void>;
  /** Resolves when the running work of a CRM is done (tests, the bench). */
  idle(source: CrmSource): Promise<void>;
}

const originOf = (config: CrmConfig) => (config.source === 'hubspot' ? HUBSPOT_ORIGIN : new URL(config.myDomain).origin);

export function createCrmService(deps: CrmServiceDeps): CrmWorker {
  const transport: TransportDeps = { ...deps, saveCredentials: (c) => writeCredentials(deps.area, c) };
  const running = new Map<CrmSource, Promise<void>>();
  // Writes queued while a job runs: drained once it ends (the job may have read the outbox before they came).
  const drainAgain = new Set<CrmSource>();
  const passAgain = new Set<CrmSource>();

  const status = async (source: CrmSource) => {
    const [{ config, state }, outbox] = await Promise.all([readRecords(deps.area, source), deps.db.get().then((db) => outboxCounts(db, source))]);
    return crmStatus({ source, config, state, running: running.has(source), outbox, now: deps.now() });
  };

  const configs = async () => {
    const out: Partial<Record<CrmSource, CrmConfig>> = {};
    for (const source of CRM_SOURCES) {
      const { config } = await readRecords(deps.area, source);
      if (config) out[source] = config;
    }
    return out;
  };

  /** A pass (unless `drainOnly`), then the outbox; one job per CRM at a time. */
  const work = (source: CrmSource, drainOnly = false): Promise<void> => {
    const current = running.get(source);
    if (current) {
      // "Sync now" during a pass: the pass may have read past the change already, so one more follows.
      (drainOnly ? drainAgain : passAgain).add(source);
      return current.then(() => running.get(source));
    }
    const job = (async () => {
      const { config, credentials } = await readRecords(deps.area, source);
      if (!config || !credentials) return;
      const db = await deps.db.get();
      if (!(await deps.hasOrigin(originOf(config)))) {
        const { state } = await readRecords(deps.area, source);
        const reason = `Handoff may no longer reach ${new URL(originOf(config)).host}: connect again to allow it`;
        await writeState(deps.area, source, { ...state, failure: { kind: 'reconnect', reason, at: deps.now().toISOString() } });
        return;
      }
      const sync = syncSourceFor(config, credentials, transport);
      let pass: PassResult | null = null;
      if (!drainOnly) {
        pass = await runPass({
          db,
          area: deps.area,
          source,
          sync,
          config,
          now: deps.now,
          mapping: { now: deps.now(), defaultCurrency: config.source === 'hubspot' ? config.currency ?? undefined : undefined, ownDomains: await deps.ownDomains(), specialTerms: config.specialTermsProperty, deliverables: config.deliverablesProperty },
          onChanged: () => deps.announce(['deals']),
          onStored: deps.dealsWritten,
          onNewlySigned: async (deals) => {
            for (const deal of deals) {
              const { title, message } = signedNotice(deal);
              await deps.notify(signedNotificationId(deal.id), title, message);
            }
          },
        });
      }
      if (!pass?.failure || pass.failure.kind === 'error') {
        const drained = await drainOutbox(db, source, sync, deps.now);
        if (drained.sent.length || drained.failed.length) await deps.announce(['requests', 'crm']);
      }
    })()
      .catch((error: unknown) => console.error(`Handoff ${CRM_LABEL[source]} sync:`, error))
      .finally(() => {
        running.delete(source);
        void deps.announce(['crm']);
        if (passAgain.delete(source)) {
          drainAgain.delete(source);
          void work(source);
        } else if (drainAgain.delete(source)) void work(source, true);
      });
    running.set(source, job);
    void deps.announce(['crm']);
    return job;
  };

  const connected = async (source: CrmSource) => {
    const records = await readRecords(deps.area, source);
    if (!records.config || !records.credentials) throw new HandoffError('invalid', `${CRM_LABEL[source]} is not connected`);
    return records;
  };

  /**
   * HubSpot answers an unknown property with nothing, not an error: without
   * this check a misnamed property would silently bring no terms. A note in
   * the status says which is missing (scope crm.schemas.deals.read).
   */
  async function checkProperties(config: CrmConfig, client: HubSpotClient): Promise<void> {
    if (config.source !== 'hubspot') return;
    const notes: string[] = [];
    for (const name of [config.specialTermsProperty, config.deliverablesProperty]) {
      const found = await client.dealProperty(name).catch(() => undefined);
      if (found === null) notes.push(`HubSpot has no deal property "${name}": create it (multi-line text) or choose another in the settings`);
    }
    const { state } = await readRecords(deps.area, config.source);
    await writeState(deps.area, config.source, { ...state, notes });
  }

  async function connectHubspot(token: string): Promise<CrmConfig> {
    if (!(await deps.hasOrigin(HUBSPOT_ORIGIN))) {
      throw new HandoffError('forbidden', 'Handoff may not reach api.hubapi.com yet: allow it when the browser asks, then connect again');
    }
    const client = hubspotClientFor(token, `connect:${token.slice(-6)}`, transport);
    let account: { portalId: string; currency: string | null };
    try {
      account = await client.account();
    } catch (error) {
      if (error instanceof CrmHttpError && error.kind === 'reconnect') throw new HandoffError('invalid', `HubSpot refused the token (${error.status}): ${error.reason}`);
      throw new HandoffError('invalid', `Could not reach HubSpot: ${error instanceof Error ? error.message : String(error)}`);
    }
    const config = crmConfigSchema.parse({ source: 'hubspot', portalId: account.portalId, currency: account.currency, ...defaultCommon('hubspot') });
    await writeConnection(deps.area, config, { source: 'hubspot', token });
    await checkProperties(config, client);
    return config;
  }

  const service: CrmWorker = {
    statuses: () => Promise.all(CRM_SOURCES.map(status)),

    async connect(request: CrmConnect) {
      const config =
        request.source === 'hubspot'
          ? await connectHubspot(request.token)
          : await connectSalesforce(request, { ...transport, hasOrigin: deps.hasOrigin, webAuth: deps.webAuth, area: deps.area });
      await deps.setAlarm(syncAlarm(config.source), config.intervalMinutes);
      void work(config.source);
      await deps.announce(['crm']);
      return status(config.source);
    },

    async disconnect(source) {
      const { config } = await readRecords(deps.area, source);
      await forget(deps.area, source);
      await deps.setAlarm(syncAlarm(source), null);
      await dropUnsentOutbox(await deps.db.get(), source);
      if (config) await deps.removeOrigin(originOf(config)).catch(() => {});
      await deps.announce(['crm', 'requests']);
      return status(source);
    },

    async syncNow(source) {
      await connected(source);
      void work(source);
      return status(source);
    },

    async configure(source, patch: CrmConfigPatch) {
      const { config, state } = await connected(source);
      const next = crmConfigSchema.safeParse({ ...config, ...patch });
      if (!next.success) throw new HandoffError('invalid', `Invalid CRM settings: ${next.error.issues[0]?.message ?? 'unknown problem'}`);
      await writeConfig(deps.area, next.data);
      const fieldsChanged = next.data.specialTermsProperty !== config!.specialTermsProperty || next.data.deliverablesProperty !== config!.deliverablesProperty;
      // Other properties mean every deal must be read again.
      if (fieldsChanged) await writeState(deps.area, source, { ...state, phase: 'first', cursor: null });
      const credentials = (await readRecords(deps.area, source)).credentials;
      if (fieldsChanged && next.data.source === 'hubspot' && credentials?.source === 'hubspot') {
        await checkProperties(next.data, hubspotClientFor(credentials.token, next.data.portalId, transport));
      }
      await deps.setAlarm(syncAlarm(source), next.data.intervalMinutes);
      if (fieldsChanged) void work(source);
      await deps.announce(['crm']);
      return status(source);
    },

    async outbox(refIds) {
      return listOutbox(await deps.db.get(), refIds);
    },

    async retry(id) {
      const item = await updateOutbox(await deps.db.get(), id, (s) => (s.status === 'sent' ? s : { ...s, status: 'pending', attempts: 0, notBefore: null }));
      void work(item.source, true);
      return item;
    },

    async onRequestSaved(request: SalesRequest, deal: Deal | null) {
      await queue(requestItems(request, deal, await configs(), deps.now()));
    },

    async onDealSaved(before: Deal | null, after: Deal) {
      await queue(deliverableItems(before, after, await configs(), deps.now()));
    },

    async onAlarm(name) {
      const source = CRM_SOURCES.find((s) => name === syncAlarm(s));
      if (source) await work(source);
    },

    async resume() {
      const db = await deps.db.get();
      for (const source of CRM_SOURCES) {
        const { config, state } = await readRecords(deps.area, source);
        if (!config) continue;
        // Alarms do not survive an extension update: put it back.
        await deps.setAlarm(syncAlarm(source), config.intervalMinutes);
        const outbox = await outboxCounts(db, source);
        if (state.runningSince) void work(source);
        else if (outbox.pending) void work(source, true);
      }
    },

    idle: async (source) => {
      while (running.has(source)) await running.get(source);
    },
  };

  async function queue(items: Awaited<ReturnType<typeof requestItems>>) {
    if (!items.length) return;
    const added = await enqueueOutbox(await deps.db.get(), items);
    for (const source of new Set(added.map((i) => i.source))) void work(source, true);
    if (added.length) await deps.announce(['crm']);
  }

  return service;
}
