import { z } from 'zod';
import { PERSON_ROLES } from './constants';
import { boundedNesting, email } from './primitives';


// looseObject: readers keep fields they do not know (lib/model/BACKUP-FORMAT.md).
export const personSchema = z.looseObject({
  email,
  name: z.string(),
  role: z.enum(PERSON_ROLES),
}).check(boundedNesting);

export type Person = z.infer<typeof personSchema>;
export type PersonRole = Person['role'];
