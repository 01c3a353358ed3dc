import { z } from 'zod';

/**
 * Shapes of the Salesforce answers Handoff reads, written from the public
 * REST API and OAuth guides (URLs at each schema). Only the fields we use
 * are checked; the rest passes through (looseObject), so a field Salesforce
 * adds in a later release never breaks a sync.
 */

/**
 * The token endpoint's JSON (web server flow and refresh token flow):
 * help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_web_server_flow.htm and
 * help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_refresh_token_flow.htm.
 * `refresh_token` comes with the code exchange when the `refresh_token` scope
 * was granted, and with a refresh only when the app rotates refresh tokens.
 * `issued_at` is epoch milliseconds as a string.
 */
export const tokenResponse = z.looseObject({
  access_token: z.string().min(1),
  instance_url: z.url(),
  refresh_token: z.string().min(1).optional(),
  issued_at: z.string().regex(/^\d+$/).optional(),
  /** The identity URL, `https://login.salesforce.com/id/<org id>/<user id>`. */
  id: z.string().optional(),
  scope: z.string().optional(),
  token_type: z.string().optional(),
  signature: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponse>;

/** The token endpoint's failure body (RFC 6749 §5.2), e.g. `invalid_grant` / `expired access/refresh token`. */
export const tokenError = z.looseObject({ error: z.string(), error_description: z.string().optional() });

/** Any SOQL row: `attributes` plus the selected fields, relationship fields nested (`Account: { Name }`). */
const row = z.looseObject({ attributes: z.looseObject({ type: z.string() }).optional() });

/**
 * A query answer, top level or a child relationship (subquery):
 * developer.salesforce.com/docs/platform/api-rest/guide/dome-query.html.
 * While `done` is false, `nextRecordsUrl` (a path such as
 * `/services/data/v62.0/query/01gD0000002HU6KIAW-2000`) gives the rest.
 */
export function queryResult<R extends z.ZodType>(record: R) {
  return z.looseObject({
    totalSize: z.number().int().nonnegative(),
    done: z.boolean(),
    nextRecordsUrl: z.string().startsWith('/services/data/').optional(),
    records: z.array(record),
  });
}

export const contactRole = row.extend({
  Role: z.string().nullable().optional(),
  IsPrimary: z.boolean().optional(),
  Contact: z
    .looseObject({ Name: z.string().nullable().optional(), Email: z.string().nullable().optional(), Title: z.string().nullable().optional() })
    .nullable()
    .optional(),
});
export type ContactRoleRow = z.infer<typeof contactRole>;
export const contactRolePage = queryResult(contactRole);

/**
 * An Opportunity row as the sync selects it. The mapping reads it by the
 * paths in lib/crm/fields.ts, so only what the sync itself relies on is
 * checked here: the id, the modification stamp and the contact roles.
 * Salesforce returns an empty child relationship as null.
 */
export const opportunityRow = row.extend({
  Id: z.string().regex(/^[A-Za-z0-9]{15,18}$/),
  SystemModstamp: z.string(),
  OpportunityContactRoles: contactRolePage.nullable().optional(),
});
export type OpportunityRow = z.infer<typeof opportunityRow>;
export const opportunityPage = queryResult(opportunityRow);
export type OpportunityPage = z.infer<typeof opportunityPage>;

/** OpportunityStage (object reference: OpportunityStage), the won/closed flags the stage comes from. */
export const stageRow = row.extend({
  ApiName: z.string().optional(),
  MasterLabel: z.string(),
  IsClosed: z.boolean(),
  IsWon: z.boolean(),
  DefaultProbability: z.number().nullable().optional(),
});
export const stagePage = queryResult(stageRow);

/**
 * sObject Get Deleted:
 * developer.salesforce.com/docs/platform/api-rest/guide/resources-getdeleted.html.
 */
export const deletedResult = z.looseObject({
  deletedRecords: z.array(z.looseObject({ id: z.string(), deletedDate: z.string() })),
  earliestDateAvailable: z.string().nullable().optional(),
  latestDateCovered: z.string().nullable().optional(),
});
export type DeletedResult = z.infer<typeof deletedResult>;

/** sObject create (`POST /sobjects/Task`) answers 201 `{ id, success, errors }`. */
export const createResult = z.looseObject({ id: z.string().min(1), success: z.literal(true), errors: z.array(z.unknown()).optional() });
