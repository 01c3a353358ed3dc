import { z } from 'zod';
import { isoInstant, namedEmail, nonEmpty } from './primitives';

export const REQUEST_LABELS = [
  'pre-contract-work',
  'promise-without-check',
  'estimate-request',
  'status-request',
  'none',
] as const;
export const REQUEST_STATUSES = ['open', 'accepted', 'declined', 'redirected', 'done'] as const;
export const SOURCE_KINDS = ['gmail', 'jira', 'asana', 'manual'] as const;

export const salesRequestSchema = z.looseObject({
  id: nonEmpty('id'),
  loggedAt: isoInstant,
  from: namedEmail,
  dealId: z.string().nullable(),
  label: z.enum(REQUEST_LABELS),
  summary: z.string(),
  source: z.looseObject({
    kind: z.enum(SOURCE_KINDS),
    url: z.string().nullable(),
  }),
  status: z.enum(REQUEST_STATUSES),
  note: z.string(),
});

export type SalesRequest = z.infer<typeof salesRequestSchema>;
export type RequestLabel = SalesRequest['label'];
export type RequestStatus = SalesRequest['status'];
