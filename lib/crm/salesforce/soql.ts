import { salesforceOpportunityFields, type PropertyNames } from '../fields';

/**
 * The SOQL the Salesforce sync sends, built in one place. Nothing the user
 * types reaches a query as text: field names must be API names (the same
 * rule as lib/crm/account.ts), ids must look like Salesforce ids and
 * instants are written by us. SOQL reference:
 * developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/sforce_api_calls_soql_select.htm
 */

/** One segment of a field path: `Amount`, `Handoff_Special_Terms__c`, `ns__Field__c`. */
const API_NAME = /^[A-Za-z][A-Za-z0-9_]{0,99}$/;
const SALESFORCE_ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** A field or relationship path (`Account.Name`), refused unless every segment is an API name. */
export function soqlField(path: string): string {
  const segments = path.split('.');
  if (segments.length > 5 || !segments.every((s) => API_NAME.test(s))) throw new Error(`not a Salesforce field name: ${JSON.stringify(path)}`);
  return path;
}

/** A quoted id literal (SOQL string literals are single-quoted; an id has nothing to escape, so anything else is refused). */
export function soqlId(id: string): string {
  if (!SALESFORCE_ID.test(id)) throw new Error(`not a Salesforce id: ${JSON.stringify(id)}`);
  return `'${id}'`;
}

/**
 * A dateTime literal, `YYYY-MM-DDThh:mm:ssZ` (SOQL takes no quotes and no
 * fraction here). Floored to the second: callers only ask "after", so an
 * earlier bound at worst repeats a record.
 */
export function soqlDateTime(ms: number): string {
  if (!Number.isFinite(ms)) throw new Error(`not an instant: ${ms}`);
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** Salesforce writes `2026-06-01T10:00:00.000+0000`; JavaScript dates want `+00:00`. */
export function parseSalesforceDateTime(value: string): number {
  return Date.parse(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
}

/** The contact roles of each opportunity, in the same query (a child-relationship subquery). */
export const CONTACT_ROLES_SUBQUERY =
  '(SELECT Role, IsPrimary, Contact.Name, Contact.Email, Contact.Title FROM OpportunityContactRoles)';

/** Exists only in multi-currency orgs; elsewhere selecting it is an INVALID_FIELD error. */
export const CURRENCY_FIELD = 'CurrencyIsoCode';

/** Everything the mapping reads (lib/crm/fields.ts is the one table), plus what the sync itself needs. */
export function opportunityFields(names: PropertyNames, withCurrency: boolean): string[] {
  const fields = new Set(['Id', ...salesforceOpportunityFields(names), 'IsClosed', 'IsWon', 'SystemModstamp']);
  if (!withCurrency) fields.delete(CURRENCY_FIELD);
  return [...fields].map(soqlField);
}

export interface OpportunityQuery {
  names: PropertyNames;
  withCurrency: boolean;
}

function select({ names, withCurrency }: OpportunityQuery): string {
  return `SELECT ${[...opportunityFields(names, withCurrency), CONTACT_ROLES_SUBQUERY].join(', ')} FROM Opportunity`;
}

/**
 * First sync: every open opportunity and those that closed in the last
 * `recentlyClosedDays` (LAST_N_DAYS counts from midnight today). Ordered by
 * Id so paging is stable, and so a pass whose query locator expired can go
 * on from the last id stored (`afterId`).
 */
export function firstPassQuery(query: OpportunityQuery, recentlyClosedDays: number, afterId?: string): string {
  if (!Number.isInteger(recentlyClosedDays) || recentlyClosedDays < 0) throw new Error(`not a number of days: ${recentlyClosedDays}`);
  const filter = `(IsClosed = false OR CloseDate >= LAST_N_DAYS:${recentlyClosedDays})`;
  const after = afterId ? ` AND Id > ${soqlId(afterId)}` : '';
  return `${select(query)} WHERE ${filter}${after} ORDER BY Id`;
}

/** Incremental sync: opportunities changed after `fromMs` (the caller subtracts its look-back), oldest change first. */
export function changedSinceQuery(query: OpportunityQuery, fromMs: number): string {
  return `${select(query)} WHERE SystemModstamp > ${soqlDateTime(fromMs)} ORDER BY SystemModstamp, Id`;
}

/** Every stage with the won/closed flags (the stage comes from these, never from names: lib/crm/stage.ts). */
export const STAGES_QUERY = 'SELECT ApiName, MasterLabel, IsClosed, IsWon, DefaultProbability FROM OpportunityStage';
