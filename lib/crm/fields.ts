/**
 * ONE description of the CRM fields Handoff reads, shared by the two
 * transports (issue 16: "one mapping, two transports"): the CSV import
 * (lib/crm-csv/sources.ts takes its column names from here) and the live
 * sync (lib/crm/mapping.ts reads the API records at these paths, and the
 * sync asks the API for exactly these properties / SOQL fields).
 *
 * Paths: HubSpot records are read as `{ id, deal, company, owner }`, where
 * `deal` is the deal's properties, `company` the primary associated
 * company's properties and `owner` the owner resolved from
 * `hubspot_owner_id` (owners API). Salesforce paths are SOQL field names on
 * Opportunity, relationship fields included (`Account.Name`).
 */

export type CrmSource = 'hubspot' | 'salesforce';

/** Deal fields a CSV column can fill. */
export type CrmField = 'id' | 'name' | 'account' | 'stage' | 'amount' | 'currency' | 'closeDate' | 'owner' | 'ownerEmail' | 'domain';

/** Fields only the live sync reads: the CSV exports don't carry them by these names. */
export type LiveOnlyField = 'specialTerms' | 'deliverables';

export interface TransportNames {
  /** Where the live record has it; null when the API has no such field. */
  path: string | null;
  /** CSV header names, compared by `headerKey` (lib/crm-csv/sources.ts). */
  csvColumns: readonly string[];
}

export interface FieldMapping {
  field: CrmField | LiveOnlyField;
  /** The deal field it fills (lib/model/deal.ts), for the reader. */
  dealField: string;
  hubspot: TransportNames;
  salesforce: TransportNames;
}

/** Defaults of the two multi-line properties; options may name others. */
export const DEFAULT_SPECIAL_TERMS_PROPERTY = { hubspot: 'handoff_special_terms', salesforce: 'Handoff_Special_Terms__c' };
export const DEFAULT_DELIVERABLES_PROPERTY = {
  hubspot: 'handoff_promised_deliverables',
  salesforce: 'Handoff_Promised_Deliverables__c',
};

export const CRM_FIELDS: readonly FieldMapping[] = [
  {
    field: 'id',
    dealField: 'id (hubspot:<id> / salesforce:<id>; the CSV import keeps hubspot-<id> / sf-<id>)',
    hubspot: { path: 'id', csvColumns: ['Record ID', 'Deal ID', 'hs_object_id'] },
    salesforce: { path: 'Id', csvColumns: ['Opportunity ID', 'Opportunity 18 Digit ID', 'Id'] },
  },
  {
    field: 'name',
    dealField: 'name',
    hubspot: { path: 'deal.dealname', csvColumns: ['Deal Name', 'dealname'] },
    salesforce: { path: 'Name', csvColumns: ['Opportunity Name', 'Name'] },
  },
  {
    field: 'account',
    dealField: 'account',
    hubspot: {
      path: 'company.name',
      csvColumns: ['Associated Company', 'Associated Company (Primary)', 'Associated Company Name', 'Company Name', 'Company'],
    },
    salesforce: { path: 'Account.Name', csvColumns: ['Account Name', 'Account'] },
  },
  {
    field: 'stage',
    dealField: 'stage (live: from the pipeline flags, lib/crm/stage.ts; CSV: from the stage name)',
    hubspot: { path: 'deal.dealstage', csvColumns: ['Deal Stage', 'dealstage'] },
    salesforce: { path: 'StageName', csvColumns: ['Stage', 'StageName', 'Opportunity Stage'] },
  },
  {
    field: 'amount',
    dealField: 'value.amount',
    hubspot: { path: 'deal.amount', csvColumns: ['Amount'] },
    salesforce: { path: 'Amount', csvColumns: ['Amount'] },
  },
  {
    field: 'currency',
    dealField: 'value.currency',
    hubspot: { path: 'deal.deal_currency_code', csvColumns: ['Currency', 'Deal Currency Code', 'Currency Code', 'deal_currency_code'] },
    // CurrencyIsoCode exists only in multi-currency orgs: the sync must leave it out of the query elsewhere.
    salesforce: { path: 'CurrencyIsoCode', csvColumns: ['Opportunity Currency', 'Currency', 'Amount Currency', 'CurrencyIsoCode'] },
  },
  {
    field: 'closeDate',
    dealField: 'signedOn (when signed)',
    hubspot: { path: 'deal.closedate', csvColumns: ['Close Date', 'closedate'] },
    salesforce: { path: 'CloseDate', csvColumns: ['Close Date', 'CloseDate'] },
  },
  {
    field: 'owner',
    dealField: 'owner.name',
    hubspot: { path: 'owner.name', csvColumns: ['Deal owner', 'Owner', 'Deal Owner Name'] },
    salesforce: { path: 'Owner.Name', csvColumns: ['Opportunity Owner', 'Owner Name', 'Owner Full Name', 'Owner'] },
  },
  {
    field: 'ownerEmail',
    dealField: 'owner.email',
    hubspot: { path: 'owner.email', csvColumns: ['Deal owner email', 'Owner Email', 'Deal Owner Email Address'] },
    salesforce: { path: 'Owner.Email', csvColumns: ['Opportunity Owner Email', 'Owner Email'] },
  },
  {
    field: 'domain',
    dealField: 'links.domains (plus, live, the domains of the contacts\' e-mail)',
    hubspot: { path: 'company.domain', csvColumns: ['Company Domain Name', 'Website', 'Website URL', 'Domain', 'Company Domain'] },
    salesforce: { path: 'Account.Website', csvColumns: ['Website', 'Account Website', 'Account: Website', 'Account Domain'] },
  },
  {
    field: 'specialTerms',
    dealField: 'specialTerms (lib/crm/terms.ts)',
    hubspot: { path: `deal.${DEFAULT_SPECIAL_TERMS_PROPERTY.hubspot}`, csvColumns: [] },
    salesforce: { path: DEFAULT_SPECIAL_TERMS_PROPERTY.salesforce, csvColumns: [] },
  },
  {
    field: 'deliverables',
    dealField: 'deliverables (lib/crm/terms.ts)',
    hubspot: { path: `deal.${DEFAULT_DELIVERABLES_PROPERTY.hubspot}`, csvColumns: [] },
    salesforce: { path: DEFAULT_DELIVERABLES_PROPERTY.salesforce, csvColumns: [] },
  },
];

/** The CSV header names of each CSV field, for one source. */
export function csvColumnsFor(source: CrmSource): Record<CrmField, readonly string[]> {
  const out: Partial<Record<CrmField, readonly string[]>> = {};
  for (const f of CRM_FIELDS) if (f[source].csvColumns.length) out[f.field as CrmField] = f[source].csvColumns;
  return out as Record<CrmField, readonly string[]>;
}

/** Options may name other properties for the two multi-line fields. */
export interface PropertyNames {
  specialTerms?: string;
  deliverables?: string;
}

/** Each field's path on a live record of `source`, with the options' property names. */
export function livePaths(source: CrmSource, names: PropertyNames = {}): Partial<Record<CrmField | LiveOnlyField, string>> {
  const out: Partial<Record<CrmField | LiveOnlyField, string>> = {};
  for (const f of CRM_FIELDS) if (f[source].path) out[f.field] = f[source].path!;
  const prefix = source === 'hubspot' ? 'deal.' : '';
  if (names.specialTerms) out.specialTerms = prefix + names.specialTerms;
  if (names.deliverables) out.deliverables = prefix + names.deliverables;
  return out;
}

/** The deal properties the HubSpot sync asks for (`properties=`). */
export function hubspotDealProperties(names: PropertyNames = {}): string[] {
  const own = Object.values(livePaths('hubspot', names)).filter((p) => p.startsWith('deal.')).map((p) => p.slice(5));
  return [...own, 'pipeline', 'hubspot_owner_id'];
}

/** The Opportunity fields the Salesforce sync selects (SOQL). */
export function salesforceOpportunityFields(names: PropertyNames = {}): string[] {
  return Object.values(livePaths('salesforce', names));
}
