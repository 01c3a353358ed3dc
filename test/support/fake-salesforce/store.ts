/**
 * The in-memory org behind the fake Salesforce (test/support/fake-salesforce/server.ts):
 * opportunities with account, owner and contact roles, the stage list with
 * its won/closed flags, the delete log, created Tasks, OAuth codes and
 * tokens, and the daily API usage. Written by us from the public REST API
 * and object reference; no Salesforce sample data is copied.
 */

export interface FakeContactRole {
  Id: string;
  Role: string | null;
  IsPrimary: boolean;
  Contact: { Name: string; Email: string | null; Title: string | null } | null;
}

/** A stored opportunity. IsClosed / IsWon are not stored: Salesforce derives them from the stage. */
export interface FakeOpportunity {
  Id: string;
  Name: string;
  StageName: string;
  Amount: number | null;
  CurrencyIsoCode: string;
  /** `YYYY-MM-DD` */
  CloseDate: string;
  /** Epoch ms; bumped by every change. */
  SystemModstamp: number;
  Account: { Name: string; Website: string | null } | null;
  Owner: { Name: string; Email: string };
  /** Custom fields by API name (`Handoff_Special_Terms__c`). */
  custom: Record<string, string | null>;
  contactRoles: FakeContactRole[];
}

export interface FakeStage {
  ApiName: string;
  MasterLabel: string;
  IsClosed: boolean;
  IsWon: boolean;
  DefaultProbability: number;
  IsActive: boolean;
}

export interface FakeTask {
  Id: string;
  WhatId: string;
  Subject: string;
  Description: string;
  Status: string;
  ActivityDate: string | null;
}

export const DEFAULT_STAGES: FakeStage[] = [
  { ApiName: 'Prospecting', MasterLabel: 'Prospecting', IsClosed: false, IsWon: false, DefaultProbability: 10, IsActive: true },
  { ApiName: 'Needs Analysis', MasterLabel: 'Needs Analysis', IsClosed: false, IsWon: false, DefaultProbability: 20, IsActive: true },
  { ApiName: 'Proposal', MasterLabel: 'Proposal', IsClosed: false, IsWon: false, DefaultProbability: 75, IsActive: true },
  { ApiName: 'Contract Sent', MasterLabel: 'Contract Sent', IsClosed: false, IsWon: false, DefaultProbability: 90, IsActive: true },
  { ApiName: 'Closed Won', MasterLabel: 'Closed Won', IsClosed: true, IsWon: true, DefaultProbability: 100, IsActive: true },
  { ApiName: 'Closed Lost', MasterLabel: 'Closed Lost', IsClosed: true, IsWon: false, DefaultProbability: 0, IsActive: true },
];

export const CUSTOM_FIELDS = ['Handoff_Special_Terms__c', 'Handoff_Promised_Deliverables__c'];
const DAY = 86_400_000;

/** An 18-character id with the object's key prefix (006 Opportunity, 00T Task, 003 Contact …). */
export function fakeId(prefix: string, n: number): string {
  return `${prefix}${String(n).padStart(12, '0')}AAA`;
}

export interface OAuthState {
  consumerKey: string;
  /** When set, the only redirect_uri the app accepts (its callback URL). */
  callbackUrl: string | null;
  /** The user presses Deny on the consent page. */
  deny: boolean;
  /** Refresh token rotation: each refresh returns a new refresh token and ends the old one. */
  rotate: boolean;
  codes: Map<string, { challenge: string; method: string; redirectUri: string }>;
  accessTokens: Set<string>;
  refreshTokens: Set<string>;
}

export interface FakeSalesforceStore {
  now: () => number;
  opportunities: FakeOpportunity[];
  stages: FakeStage[];
  /** The delete log getDeleted reads. */
  deleted: Array<{ id: string; deletedDate: number }>;
  tasks: FakeTask[];
  /** Custom fields that exist on Opportunity; CurrencyIsoCode exists only when multiCurrency is on. */
  customFields: Set<string>;
  multiCurrency: boolean;
  usage: { used: number; limit: number };
  oauth: OAuthState;
  /** A new access + refresh token pair, as if the user had connected (tests that skip the OAuth dance). */
  issueTokens(): { accessToken: string; refreshToken: string };
  /** Makes every access token invalid (the session timed out): the next API call answers 401. */
  expireAccessTokens(): void;
  /** `n` more opportunities, numbered on from those there; opportunity i was modified at baseMs + i s. */
  seedOpportunities(n: number, baseMs?: number): FakeOpportunity[];
  /** Changes an opportunity as a Sales rep would: new values and a new SystemModstamp. */
  updateOpportunity(id: string, changes: Partial<Omit<FakeOpportunity, 'Id' | 'SystemModstamp'>>, atMs?: number): FakeOpportunity;
  /** Deletes an opportunity: gone from queries, listed by getDeleted. */
  deleteOpportunity(id: string, atMs?: number): void;
}

let tokenCounter = 0;
const token = (kind: string) => `00D000000000001!${kind}.${++tokenCounter}.${Math.random().toString(36).slice(2, 12)}`;

export function createStore(options: { now?: () => number; consumerKey?: string; multiCurrency?: boolean; rotate?: boolean } = {}): FakeSalesforceStore {
  const now = options.now ?? Date.now;
  const store: FakeSalesforceStore = {
    now,
    opportunities: [],
    stages: DEFAULT_STAGES.map((s) => ({ ...s })),
    deleted: [],
    tasks: [],
    customFields: new Set(CUSTOM_FIELDS),
    multiCurrency: options.multiCurrency ?? true,
    usage: { used: 0, limit: 100_000 },
    oauth: {
      consumerKey: options.consumerKey ?? 'fake-consumer-key-0123456789',
      callbackUrl: null,
      deny: false,
      rotate: options.rotate ?? true,
      codes: new Map(),
      accessTokens: new Set(),
      refreshTokens: new Set(),
    },
    issueTokens() {
      const pair = { accessToken: token('access'), refreshToken: token('refresh') };
      store.oauth.accessTokens.add(pair.accessToken);
      store.oauth.refreshTokens.add(pair.refreshToken);
      return pair;
    },
    expireAccessTokens: () => store.oauth.accessTokens.clear(),
    seedOpportunities(n, baseMs = now() - 30 * DAY) {
      const start = store.opportunities.length + store.deleted.length;
      const added: FakeOpportunity[] = [];
      for (let k = 1; k <= n; k++) {
        const i = start + k;
        const stage = store.stages[i % store.stages.length]!;
        // Closed deals: half closed 10 days ago, half a year and more ago (outside a 90-day first sync).
        const closeMs = stage.IsClosed ? now() - (i % 4 < 2 ? 10 : 400) * DAY : now() + 30 * DAY;
        const account = i % 500;
        const opportunity: FakeOpportunity = {
          Id: fakeId('006', i),
          Name: `Opportunity ${i}`,
          StageName: stage.ApiName,
          Amount: 1000 * i,
          CurrencyIsoCode: 'EUR',
          CloseDate: new Date(closeMs).toISOString().slice(0, 10),
          SystemModstamp: baseMs + i * 1000,
          Account: { Name: `Account ${account}`, Website: `https://www.account${account}.example` },
          Owner: { Name: 'Owner Seven', Email: 'owner7@seller.example' },
          custom: { Handoff_Special_Terms__c: i % 10 === 0 ? '2026-09-01: net 60 payment terms' : null, Handoff_Promised_Deliverables__c: null },
          contactRoles: [0, 1].map((r) => ({
            Id: fakeId('00K', 2 * i + r),
            Role: r === 0 ? 'Decision Maker' : 'Evaluator',
            IsPrimary: r === 0,
            Contact: { Name: `Contact ${2 * i + r}`, Email: `person${2 * i + r}@account${account}.example`, Title: null },
          })),
        };
        store.opportunities.push(opportunity);
        added.push(opportunity);
      }
      return added;
    },
    updateOpportunity(id, changes, atMs = now()) {
      const opportunity = store.opportunities.find((o) => o.Id === id);
      if (!opportunity) throw new Error(`fake Salesforce: no opportunity ${id}`);
      Object.assign(opportunity, changes, { SystemModstamp: atMs });
      return opportunity;
    },
    deleteOpportunity(id, atMs = now()) {
      const index = store.opportunities.findIndex((o) => o.Id === id);
      if (index < 0) throw new Error(`fake Salesforce: no opportunity ${id}`);
      store.opportunities.splice(index, 1);
      store.deleted.push({ id, deletedDate: atMs });
    },
  };
  return store;
}

/** Salesforce's dateTime form in JSON: `2026-06-01T10:00:00.000+0000`. */
export function salesforceDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}
