/**
 * The two CRM exports Handoff reads: HubSpot's deals export and
 * Salesforce's opportunities export (report export or Data Loader API
 * names). Headers are compared by `headerKey`, so case, spacing and
 * punctuation don't matter.
 */
import type { DealStageName } from '@/lib/model/constants';
import { csvColumnsFor, type CrmField, type CrmSource } from '@/lib/crm/fields';

// The field list and its column names are shared with the live sync (lib/crm/fields.ts).
export type { CrmField, CrmSource };

export interface SourceSpec {
  source: CrmSource;
  label: string;
  /** Prefix of deal ids: `hubspot-<Record ID>`. */
  idPrefix: string;
  columns: Record<CrmField, readonly string[]>;
  /** Standard columns Handoff reads but does not keep (not "unknown"). */
  ignored: readonly string[];
  /** Ignored column families such as HubSpot's "Date entered …". */
  ignoredPrefixes: readonly string[];
  /** Keys from `headerKey`. */
  stages: Record<string, DealStageName>;
  /** The columns a file must have. */
  required: readonly CrmField[];
}

/** "Deal owner" → "dealowner"; "Proposal/Price Quote" → "proposalpricequote". */
export function headerKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export const HUBSPOT: SourceSpec = {
  source: 'hubspot',
  label: 'HubSpot deals export',
  idPrefix: 'hubspot-',
  columns: csvColumnsFor('hubspot'),
  ignored: [
    'Pipeline', 'Create Date', 'createdate', 'Deal Type', 'dealtype', 'Last Activity Date', 'Last Modified Date', 'Deal probability',
    'Forecast amount', 'Forecast category', 'Amount in company currency', 'Annual recurring revenue', 'Monthly recurring revenue',
    'Annual contract value', 'Total contract value', 'Deal Description', 'Next step', 'Priority', 'Associated Contact',
    'Associated Contact IDs', 'Associated Company IDs', 'Associated Company IDs (Primary)', 'Associated Deal IDs',
    'Number of Sales Activities', 'Number of times contacted', 'Last Contacted', 'Next Activity Date', 'Is Closed Won', 'Is Deal Closed?',
    'Closed Won Reason', 'Closed Lost Reason', 'Deal source attribution', 'Original Source Type', 'Days to close', 'Weighted amount',
    'Team', 'Business units', 'Record source', 'Owner Assigned Date', 'Deal Tags',
  ],
  ignoredPrefixes: ['Date entered', 'Date exited', 'Time in', 'Cumulative time in', 'Latest time in'],
  stages: {
    appointmentscheduled: 'prospect',
    qualifiedtobuy: 'prospect',
    presentationscheduled: 'negotiation',
    decisionmakerboughtin: 'negotiation',
    contractsent: 'negotiation',
    closedwon: 'signed',
    closedlost: 'closed',
  },
  required: ['id', 'name', 'stage'],
};

export const SALESFORCE: SourceSpec = {
  source: 'salesforce',
  label: 'Salesforce opportunities export',
  idPrefix: 'sf-',
  columns: csvColumnsFor('salesforce'),
  ignored: [
    'Type', 'Probability (%)', 'Probability', 'Lead Source', 'LeadSource', 'Fiscal Period', 'Fiscal Year', 'Fiscal Quarter',
    'Created Date', 'CreatedDate', 'Created By', 'Last Modified Date', 'Last Modified By', 'LastModifiedDate', 'Next Step', 'NextStep',
    'Age', 'Expected Revenue', 'ExpectedRevenue', 'Owner Role', 'Account ID', 'AccountId', 'OwnerId', 'Forecast Category',
    'ForecastCategoryName', 'Description', 'Last Activity', 'Last Stage Change Date', 'Stage Duration', 'Primary Campaign Source',
    'Account Owner', 'Billing Country', 'Billing State/Province', 'Billing City', 'Industry', 'Closed', 'Won', 'IsClosed', 'IsWon',
    'Has Line Item', 'Private', 'Quantity', 'Contact ID', 'Campaign ID', 'Record Type', 'Opportunity Record Type',
  ],
  ignoredPrefixes: [],
  stages: {
    prospecting: 'prospect',
    qualification: 'prospect',
    needsanalysis: 'prospect',
    valueproposition: 'negotiation',
    iddecisionmakers: 'negotiation',
    perceptionanalysis: 'negotiation',
    proposalpricequote: 'negotiation',
    negotiationreview: 'negotiation',
    closedwon: 'signed',
    closedlost: 'closed',
  },
  required: ['id', 'name', 'stage'],
};

export const SOURCES: readonly SourceSpec[] = [HUBSPOT, SALESFORCE];

/** A CRM stage cell → a deal stage, or null when the source doesn't know it. */
export function mapStage(spec: SourceSpec, cell: string): DealStageName | null {
  // HubSpot labels may carry their pipeline: "Closed Won (Sales Pipeline)".
  const key = headerKey(cell);
  const bare = headerKey(cell.replace(/\s*\([^)]*\)\s*$/, ''));
  return spec.stages[key] ?? spec.stages[bare] ?? null;
}

export interface ColumnMap {
  /** For each header, by index: the field it fills, 'ignored', or null (unknown). */
  roles: Array<CrmField | 'ignored' | null>;
  /** The index of each field's column (the first when a header repeats). */
  index: Partial<Record<CrmField, number>>;
  unknown: string[];
}

export function mapColumns(spec: SourceSpec, header: readonly string[]): ColumnMap {
  const byKey = new Map<string, CrmField>();
  for (const [field, names] of Object.entries(spec.columns) as Array<[CrmField, readonly string[]]>) {
    for (const n of names) if (!byKey.has(headerKey(n))) byKey.set(headerKey(n), field);
  }
  const ignored = new Set(spec.ignored.map(headerKey));
  const prefixes = spec.ignoredPrefixes.map(headerKey);
  const roles: ColumnMap['roles'] = [];
  const index: ColumnMap['index'] = {};
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const key = headerKey(h);
    const field = byKey.get(key);
    if (field && index[field] === undefined) {
      index[field] = i;
      roles.push(field);
    } else if (field || ignored.has(key) || prefixes.some((p) => key.startsWith(p)) || !key) {
      roles.push('ignored');
    } else {
      roles.push(null);
      unknown.push(h.trim());
    }
  });
  return { roles, index, unknown };
}

/** Which export a header row comes from, by how many of its columns each knows; null if neither knows any. */
export function detectSource(header: readonly string[]): SourceSpec | null {
  let best: SourceSpec | null = null;
  let bestScore = 0;
  for (const spec of SOURCES) {
    const map = mapColumns(spec, header);
    // Mapped columns count double; the id and name columns decide a tie.
    const mapped = Object.keys(map.index).length;
    const known = map.roles.filter((r) => r !== null).length;
    const score = mapped * 2 + known + (map.index.id !== undefined ? 3 : 0) + (map.index.name !== undefined ? 3 : 0);
    if (mapped > 0 && score > bestScore) {
      best = spec;
      bestScore = score;
    }
  }
  return best;
}
