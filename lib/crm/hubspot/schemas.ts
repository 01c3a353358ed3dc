import { z } from 'zod';

/**
 * Shapes of the HubSpot CRM v3 responses Handoff reads, written from the
 * public guides (developers.hubspot.com/docs/api-reference/crm-deals-v3,
 * …/crm/search-the-crm, …/crm-pipelines-v3/guide, …/crm-notes-v3/guide).
 * Only the fields we use are checked; the rest passes through (looseObject),
 * so a new HubSpot field never breaks a sync.
 */

/** Property values are strings or null in v3 (numbers and dates included). */
const properties = z.record(z.string(), z.string().nullable());

const associationList = z.looseObject({
  results: z.array(z.looseObject({ id: z.string(), type: z.string() })),
});

export const crmObject = z.looseObject({
  id: z.string().min(1),
  properties,
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
  /** Only on list/read with `associations=`; keyed by the plural object type. */
  associations: z.record(z.string(), associationList).optional(),
});
export type CrmObject = z.infer<typeof crmObject>;

const paging = z.looseObject({
  next: z.looseObject({ after: z.string().min(1) }).optional(),
});

/** `GET /crm/v3/objects/{type}`: a page with an opaque `after` cursor for the next one. */
export const objectPage = z.looseObject({
  results: z.array(crmObject),
  paging: paging.optional(),
});
export type ObjectPage = z.infer<typeof objectPage>;

/** `POST /crm/v3/objects/{type}/search`: the same page plus `total` (capped at 10,000 reachable results). */
export const searchPage = objectPage.extend({ total: z.number().int().nonnegative() });
export type SearchPage = z.infer<typeof searchPage>;

/** `POST /crm/v3/objects/{type}/batch/read`: 200 COMPLETE, or 207 with per-id `errors` (e.g. deleted ids). */
export const batchRead = z.looseObject({
  status: z.string(),
  results: z.array(crmObject),
  errors: z.array(z.looseObject({ message: z.string().optional() })).optional(),
});
export type BatchRead = z.infer<typeof batchRead>;

/** Stage metadata values are strings in v3: `isClosed: "true"`, `probability: "1.0"`. */
const stage = z.looseObject({
  id: z.string().min(1),
  label: z.string(),
  displayOrder: z.number().optional(),
  archived: z.boolean().optional(),
  metadata: z.looseObject({
    isClosed: z.enum(['true', 'false']).optional(),
    probability: z.string().optional(),
  }),
});

export const pipelines = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string().min(1),
      label: z.string(),
      displayOrder: z.number().optional(),
      archived: z.boolean().optional(),
      stages: z.array(stage),
    }),
  ),
});
export type Pipelines = z.infer<typeof pipelines>;

/** `POST /crm/v3/objects/notes` answers 201 with the created object; we keep its id as the remote id. */
export const createdObject = crmObject;

/** `GET /crm/v3/owners/`: owner ids → names and e-mails (scope crm.objects.owners.read). */
export const ownersPage = z.looseObject({
  results: z.array(
    z.looseObject({
      id: z.string().min(1),
      email: z.string().nullish(),
      firstName: z.string().nullish(),
      lastName: z.string().nullish(),
    }),
  ),
  paging: paging.optional(),
});

/** `POST /crm/v4/associations/{from}/{to}/batch/read`: per deal, the associated ids (numbers in v4). */
export const associationsBatch = z.looseObject({
  status: z.string(),
  results: z.array(
    z.looseObject({
      from: z.looseObject({ id: z.string() }),
      to: z.array(z.looseObject({ toObjectId: z.union([z.number(), z.string()]).transform(String) })),
    }),
  ),
});

/** `GET /account-info/v3/details`: the account a token belongs to. */
export const accountDetails = z.looseObject({
  portalId: z.union([z.number(), z.string()]).transform(String),
  companyCurrency: z.string().nullish(),
});

/** `GET /crm/v3/properties/deals/{name}` (scope crm.schemas.deals.read): the property exists and has this type. */
export const propertyDefinition = z.looseObject({ name: z.string(), type: z.string(), fieldType: z.string().optional() });

/** Archived objects (`?archived=true`) carry when they were archived. */
export const archivedPage = z.looseObject({
  results: z.array(z.looseObject({ id: z.string().min(1), archivedAt: z.string().optional() })),
  paging: paging.optional(),
});
