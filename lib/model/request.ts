import { z } from 'zod';
import { REQUEST_LABELS, REQUEST_STATUSES, SOURCE_KINDS } from './constants';
import { boundedNesting, isoInstant, namedEmail, nonEmpty } from './primitives';

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
}).check(boundedNesting);

export type SalesRequest = z.infer<typeof salesRequestSchema>;
export type RequestLabel = SalesRequest['label'];
export type RequestStatus = SalesRequest['status'];
