import type { CrmConfig, CrmSyncState } from '@/lib/crm/account';
import type { CrmSource } from '@/lib/crm/fields';
import { CrmHttpError } from '@/lib/crm/http';
import { DEFAULT_LOOK_BACK_MS } from '@/lib/crm/hubspot/client';
import type { MappingOptions, SyncedDeal } from '@/lib/crm/mapping';
import type { CrmSyncSource, SyncPage } from '@/lib/crm/sync/source';
import type { Deal } from '@/lib/model';
import { applySyncedDeals, countCrmDeals, markRemovedDeals, type HandoffDb } from '@/lib/store';
import { readRecords, writeState, type KeyValueArea } from './records';

/**
 * One sync pass of one CRM, in the worker (issue 16, item 2). Each page is
 * stored in one transaction, THEN its cursor is written: a worker stopped
 * anywhere resumes from the last stored page and loses nothing, at worst
 * reading one page twice (the merge makes that harmless).
 */
export interface PassDeps {
  db: HandoffDb;
  area: KeyValueArea;
  source: CrmSource;
  sync: CrmSyncSource;
  config: CrmConfig;
  mapping: MappingOptions;
  now: () => Date;
  /** Deals stored unsigned that the CRM now says are signed. */
  onNewlySigned: (deals: Deal[]) => Promise<void>;
  /** After each stored page: what was written (and which deal ids are gone), for the worker's lookup cache. */
  onStored: (written: Deal[], gone: string[]) => void;
  /** Tells the open tabs to re-read: at most every ANNOUNCE_EVERY_MS during a pass, and at its end. */
  onChanged: () => Promise<void>;
}

/** A 10,000-deal first pass stores 100 pages: the open options page should re-read a few times, not 100. */
export const ANNOUNCE_EVERY_MS = 2000;

export interface PassResult {
  phase: CrmSyncState['phase'];
  pages: number;
  requests: number;
  changed: number;
  failure: CrmSyncState['failure'];
}

const REMOVED_CHECK_MS = 24 * 60 * 60_000;
const MAX_SKIPPED_SHOWN = 20;

export async function runPass(deps: PassDeps): Promise<PassResult> {
  const { db, area, source, sync, config, mapping, now } = deps;
  let state = (await readRecords(area, source)).state;
  const started = now();
  state = { ...state, runningSince: started.toISOString() };
  await writeState(area, source, state);
  const phase = state.phase;
  const result: PassResult = { phase, pages: 0, requests: 0, changed: 0, failure: null };
  const skipped: string[] = [];
  let skippedCount = 0;
  let unannounced = false;
  let announcedAt = 0;
  const changed = async (force = false) => {
    if (!unannounced) return;
    if (!force && Date.now() - announcedAt < ANNOUNCE_EVERY_MS) return;
    unannounced = false;
    announcedAt = Date.now();
    await deps.onChanged();
  };

  const store = async (page: SyncPage) => {
    result.pages++;
    result.requests += page.requests;
    const deals: SyncedDeal[] = [];
    for (const m of page.mapped) {
      if (m.ok) deals.push(m.deal);
      else if (++skippedCount <= MAX_SKIPPED_SHOWN) skipped.push(m.reason);
    }
    const applied = await applySyncedDeals(db, deals, now());
    result.changed += applied.changed.length;
    deps.onStored(applied.changed, applied.takenOver);
    if (applied.changed.length) unannounced = true;
    await changed();
    if (applied.newlySigned.length) await deps.onNewlySigned(applied.newlySigned);
  };

  try {
    if (phase === 'first') {
      for await (const page of sync.firstPass(mapping, state.cursor, config.recentlyClosedDays)) {
        await store(page);
        state = { ...state, cursor: page.cursor };
        await writeState(area, source, state);
      }
      // Changes made while the first pass ran are caught by the first incremental one.
      state = { ...state, phase: 'incremental', cursor: null, sinceMs: started.getTime(), recent: {} };
    } else {
      const since = state.sinceMs ?? started.getTime();
      let maxModified = since;
      const seen = new Map(Object.entries(state.recent));
      for await (const page of sync.incrementalPass(mapping, since, seen)) {
        await store(page);
        if (page.maxModifiedMs !== undefined) maxModified = Math.max(maxModified, page.maxModifiedMs);
        for (const [id, ms] of page.seen ?? []) seen.set(id, ms);
      }
      // Only what the next look-back window will read again is worth remembering.
      const keepFrom = maxModified - DEFAULT_LOOK_BACK_MS;
      const recent = Object.fromEntries([...seen].filter(([, ms]) => ms >= keepFrom));
      state = { ...state, sinceMs: maxModified, recent };
    }
    const checkedAt = state.removedCheckedAt ? Date.parse(state.removedCheckedAt) : Number.NaN;
    if (!(started.getTime() - checkedAt < REMOVED_CHECK_MS)) {
      const removed = await sync.removedSince(Number.isNaN(checkedAt) ? null : checkedAt - REMOVED_CHECK_MS);
      result.requests++;
      const marked = await markRemovedDeals(db, source, removed.remoteIds, removed.how, now());
      deps.onStored(marked, []);
      if (marked.length) unannounced = true;
      state = { ...state, removedCheckedAt: started.toISOString() };
    }
    state = {
      ...state,
      runningSince: null,
      lastSyncAt: now().toISOString(),
      dealCount: await countCrmDeals(db, source),
      failure: null,
      skipped,
      skippedCount,
    };
  } catch (error) {
    result.failure = failureOf(error, now());
    // The cursor stays: the next pass resumes where this one stopped.
    state = { ...state, runningSince: null, failure: result.failure };
  }
  await writeState(area, source, state);
  await changed(true);
  return result;
}

/** A failure as the status line says it: reconnect, slow down, or an error with the CRM's reason. */
export function failureOf(error: unknown, at: Date): NonNullable<CrmSyncState['failure']> {
  const when = at.toISOString();
  if (error instanceof CrmHttpError) {
    if (error.kind === 'reconnect') return { kind: 'reconnect', reason: `${error.status ?? ''} ${error.reason}`.trim(), at: when };
    if (error.kind === 'rate-limited') return { kind: 'rate-limited', reason: error.reason, at: when };
    if (error.kind === 'host-not-connected') return { kind: 'reconnect', reason: error.reason, at: when };
    return { kind: 'error', reason: `${error.status ? `HTTP ${error.status}: ` : ''}${error.reason}`, at: when };
  }
  return { kind: 'error', reason: error instanceof Error ? error.message : String(error), at: when };
}
