/**
 * A live CRM record → a Handoff deal, through the one field table shared
 * with the CSV import (lib/crm/fields.ts) and the same cell readers
 * (lib/crm-csv/values.ts), so an amount, date or website reads the same
 * whichever way it came. Pure: the sync fetches, this maps, lib/crm/merge.ts
 * keeps the PM's work. The stage comes from the pipeline flags
 * (lib/crm/stage.ts), unlike the CSV import, whose exports carry only names.
 */
import { dealSchema, email, emailDomain, emptyDeal, formatPath, type Deal, type Stakeholder } from '@/lib/model';
import { readAmount, readCurrency, readDate, readDomains } from '@/lib/crm-csv/values';
import { livePaths, type CrmField, type CrmSource, type LiveOnlyField, type PropertyNames } from './fields';
import { hubspotDealStage, salesforceDealStage, type HubspotPipeline, type SalesforceOpportunityStage } from './stage';
import { parseDeliverables, parseSpecialTerms } from './terms';

/** Where a synced deal came from, kept on the deal (a loose field, lib/model/deal.ts) for the merge. */
export interface CrmOrigin {
  source: CrmSource;
  remoteId: string;
  /** The domains the CRM gave, so a re-sync replaces them and keeps those the PM added. */
  domains: string[];
}

export type SyncedDeal = Deal & { crm: CrmOrigin };

export const LIVE_ID_PREFIX: Record<CrmSource, string> = { hubspot: 'hubspot:', salesforce: 'salesforce:' };
const CSV_ID_PREFIX: Record<CrmSource, string> = { hubspot: 'hubspot-', salesforce: 'sf-' };

export function liveDealId(source: CrmSource, remoteId: string): string {
  return LIVE_ID_PREFIX[source] + remoteId;
}

/** The id the CSV import gave the same record (lib/crm-csv/sources.ts), so the sync can take that deal over. */
export function csvImportedId(source: CrmSource, remoteId: string): string {
  return CSV_ID_PREFIX[source] + remoteId;
}

export interface MappingOptions extends PropertyNames {
  now: Date;
  /** The account's currency, for deals that name none (HubSpot: account-info; Salesforce: the org's). */
  defaultCurrency?: string;
  /** The PM's own company domains: a colleague on a deal must not link every internal thread to it. */
  ownDomains?: readonly string[];
}

export type Mapped = { ok: true; deal: SyncedDeal; warnings: string[] } | { ok: false; reason: string };

type Props = Record<string, string | null | undefined>;

export interface HubspotDealInput {
  id: string;
  properties: Props;
  pipelines: readonly HubspotPipeline[];
  /** Associated companies, the primary first. */
  companies: ReadonlyArray<{ id: string; properties: Props }>;
  contacts: ReadonlyArray<{ id: string; properties: Props }>;
  /** Resolved from `hubspot_owner_id` with the owners API. */
  owner: { name: string; email: string } | null;
}

export interface SalesforceContactRole {
  Role?: string | null;
  IsPrimary?: boolean;
  Contact?: { Name?: string | null; Email?: string | null; Title?: string | null } | null;
}

export interface SalesforceOpportunityInput {
  /** The Opportunity as SOQL returns it, relationship fields nested (`Account: { Name }`). */
  record: Record<string, unknown>;
  stages: readonly SalesforceOpportunityStage[];
  contactRoles: readonly SalesforceContactRole[];
}

/**
 * Mail services anyone can sign up to: a contact's address there says
 * nothing about the customer, and linking the domain would tie every
 * gmail.com thread to the deal.
 */
const SHARED_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com', 'icloud.com', 'me.com',
  'aol.com', 'proton.me', 'protonmail.com', 'gmx.de', 'gmx.net', 'web.de', 'yandex.ru', 'mail.ru', 'qq.com', '163.com',
]);

/** Reads a dotted path; numbers and booleans as text, anything else as ''. */
function at(record: unknown, path: string | undefined): string {
  if (!path) return '';
  let v: unknown = record;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'string' ? v.trim() : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
}

const isEmail = (s: string) => email.safeParse(s).success;

interface Shared {
  source: CrmSource;
  get: (f: CrmField | LiveOnlyField) => string;
  stage: Deal['stage'] | null;
  people: Stakeholder[];
}

function buildDeal({ source, get, stage, people }: Shared, opts: MappingOptions): Mapped {
  const label = source === 'hubspot' ? 'HubSpot' : 'Salesforce';
  const remoteId = get('id');
  if (!remoteId) return { ok: false, reason: `a ${label} record without an id` };
  if (!stage) return { ok: false, reason: `${label} ${remoteId}: stage "${get('stage')}" is in no known pipeline` };
  const warnings: string[] = [];

  const amount = readAmount(get('amount'));
  if (!amount.ok) warnings.push(`amount "${get('amount')}" ${amount.reason}: left out`);
  const currency = readCurrency(get('currency'));
  if (!currency.ok) warnings.push(`currency "${get('currency')}" ${currency.reason}`);
  const amountValue = amount.ok ? amount.value : null;
  const currencyValue = (currency.ok ? currency.value : null) ?? amountValue?.currency ?? opts.defaultCurrency ?? 'USD';

  const close = readDate(get('closeDate'));
  const ownerEmail = get('ownerEmail');
  const owner = ownerEmail && isEmail(ownerEmail) ? { name: get('owner'), email: ownerEmail } : null;
  if (!owner && (ownerEmail || get('owner'))) warnings.push(`owner "${get('owner') || ownerEmail}" has no usable e-mail`);

  const own = new Set((opts.ownDomains ?? []).map((d) => d.toLowerCase()));
  const { domains: companyDomains, rejected } = readDomains(get('domain'));
  if (rejected.length) warnings.push(`website "${rejected.join(' ')}" is not a domain: left out`);
  const domains: string[] = [];
  const contactDomains = people.map((p) => (p.email ? emailDomain(p.email) : null));
  for (const d of [...companyDomains, ...contactDomains]) {
    if (d && !own.has(d) && !SHARED_MAIL_DOMAINS.has(d) && !domains.includes(d) && readDomains(d).domains[0] === d) domains.push(d);
  }

  const draft: SyncedDeal = {
    ...emptyDeal(liveDealId(source, remoteId), opts.now),
    name: get('name') || `(${label} deal ${remoteId} has no name)`,
    account: get('account'),
    stage,
    signedOn: stage === 'signed' && close.ok ? close.value : null,
    owner,
    value: amountValue ? { amount: amountValue.amount, currency: currencyValue } : null,
    specialTerms: parseSpecialTerms(get('specialTerms')),
    deliverables: parseDeliverables(get('deliverables'), owner?.email ?? null),
    stakeholders: people,
    links: { domains, gmailThreads: [], jira: [], asana: [] },
    crm: { source, remoteId, domains },
  };
  const checked = dealSchema.safeParse(draft);
  if (!checked.success) {
    const why = checked.error.issues.map((i) => `${formatPath(i.path) || 'deal'}: ${i.message}`).join('; ');
    return { ok: false, reason: `${label} ${remoteId}: ${why}` };
  }
  return { ok: true, deal: checked.data as SyncedDeal, warnings };
}

/** A contact → a stakeholder marked as the CRM's; null when it has neither a name nor an e-mail. */
function person(name: string, address: string, role: string): Stakeholder | null {
  const mail = isEmail(address) ? address.toLowerCase() : null;
  const shown = name || mail;
  return shown ? { name: shown, email: mail, role, status: 'active', fromCrm: true } : null;
}

function distinct(people: Array<Stakeholder | null>): Stakeholder[] {
  const seen = new Set<string>();
  return people.filter((p): p is Stakeholder => {
    if (!p) return false;
    const key = p.email ?? `name:${p.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function dealFromHubspot(input: HubspotDealInput, opts: MappingOptions): Mapped {
  const paths = livePaths('hubspot', opts);
  const view = { id: input.id, deal: input.properties, company: input.companies[0]?.properties ?? {}, owner: input.owner };
  // Every associated company's domain links threads, not only the primary's.
  const otherDomains = input.companies.slice(1).map((c) => at(c.properties, 'domain')).filter(Boolean);
  const get = (f: CrmField | LiveOnlyField) =>
    f === 'domain' ? [at(view, paths.domain), ...otherDomains].filter(Boolean).join(' ') : at(view, paths[f]);
  const people = distinct(
    input.contacts.map((c) => {
      const p = c.properties;
      return person([p.firstname, p.lastname].map((s) => s?.trim()).filter(Boolean).join(' '), at(p, 'email'), at(p, 'jobtitle'));
    }),
  );
  const stage = hubspotDealStage(input.pipelines, input.properties.pipeline, input.properties.dealstage);
  return buildDeal({ source: 'hubspot', get, stage, people }, opts);
}

export function dealFromSalesforce(input: SalesforceOpportunityInput, opts: MappingOptions): Mapped {
  const paths = livePaths('salesforce', opts);
  const get = (f: CrmField | LiveOnlyField) => at(input.record, paths[f]);
  // The primary contact role first, as Salesforce lists it on the opportunity.
  const roles = [...input.contactRoles].sort((a, b) => Number(!!b.IsPrimary) - Number(!!a.IsPrimary));
  const people = distinct(
    roles.map((r) => person(at(r.Contact, 'Name'), at(r.Contact, 'Email'), at(r, 'Role') || at(r.Contact, 'Title'))),
  );
  const stage = salesforceDealStage(input.stages, get('stage'));
  return buildDeal({ source: 'salesforce', get, stage, people }, opts);
}
