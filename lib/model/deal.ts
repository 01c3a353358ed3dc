import { z } from 'zod';
import { BILLING_MODELS, DEAL_STAGES, STAKEHOLDER_STATUSES } from './constants';
import { jiraLinkSchema } from './jira-site';
import { boundedNesting, email, isoDate, isoInstant, namedEmail, nonEmpty } from './primitives';


export const specialTermSchema = z.looseObject({
  id: nonEmpty('id'),
  text: nonEmpty('text'),
  dueOn: isoDate.nullable(),
  // Left absent when the file leaves it absent, so an export gives back the
  // same file; readers apply the user's default (14 unless changed).
  remindDaysBefore: z.int().min(0).max(365).optional(),
});

export const deliverableSchema = z.looseObject({
  id: nonEmpty('id'),
  name: nonEmpty('name'),
  promisedOn: isoDate.nullable(),
  promisedBy: email.nullable(),
  pmConfirmed: z.boolean(),
});

export const stakeholderSchema = z.looseObject({
  name: nonEmpty('name'),
  email: email.nullable(),
  role: z.string(),
  status: z.enum(STAKEHOLDER_STATUSES),
});

export const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * A Gmail thread id: the hex legacy id, or a 2026 `thread-a:r-<digits>` perm
 * id kept as is, since such threads have no hex id on the page
 * (lib/sites/gmail/thread-id.ts).
 */
export const GMAIL_THREAD_ID = /^([0-9a-f]{6,32}|thread-a:r--?\d{1,30})$/i;

export const linksSchema = z.looseObject({
  domains: z.array(z.string().regex(DOMAIN, { error: 'must be a domain such as acme.com' })),
  gmailThreads: z.array(z.string().regex(GMAIL_THREAD_ID, { error: 'must be a Gmail thread id (hex, or thread-a:r-<digits>)' })),
  jira: z.array(jiraLinkSchema),
  asana: z.array(z.string().regex(/^\d{1,32}$/, { error: 'must be an Asana gid (digits)' })),
});

export const dealSchema = z.looseObject({
  id: nonEmpty('id'),
  name: nonEmpty('name'),
  account: z.string(),
  stage: z.enum(DEAL_STAGES),
  signedOn: isoDate.nullable(),
  owner: namedEmail.nullable(),
  value: z
    .looseObject({
      amount: z.number().finite().min(0),
      currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter currency code such as USD' }),
    })
    .nullable(),
  billing: z
    .looseObject({
      model: z.enum(BILLING_MODELS),
      paymentTermsDays: z.int().min(0).max(3650).nullable(),
      notes: z.string(),
    })
    .nullable(),
  specialTerms: z.array(specialTermSchema),
  deliverables: z.array(deliverableSchema),
  stakeholders: z.array(stakeholderSchema),
  links: linksSchema,
  notes: z.string(),
  updatedAt: isoInstant,
}).check(boundedNesting);

export type Deal = z.infer<typeof dealSchema>;
export type DealStage = Deal['stage'];
export type SpecialTerm = z.infer<typeof specialTermSchema>;
export type Deliverable = z.infer<typeof deliverableSchema>;
export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type DealLinks = z.infer<typeof linksSchema>;

/** A blank deal for the editor's "new deal" form. */
export function emptyDeal(id: string, now: Date): Deal {
  return {
    id,
    name: '',
    account: '',
    stage: 'prospect',
    signedOn: null,
    owner: null,
    value: null,
    billing: null,
    specialTerms: [],
    deliverables: [],
    stakeholders: [],
    links: { domains: [], gmailThreads: [], jira: [], asana: [] },
    notes: '',
    updatedAt: now.toISOString(),
  };
}
