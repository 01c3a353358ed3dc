import { z } from 'zod';

/** Calendar day, no time zone (backup-format.md "Dates"). */
export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

/** An instant with a zone, e.g. 2026-11-21T10:00:00.000Z. */
export const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with a zone' });

export const email = z.email({ error: 'must be an e-mail address' });

export const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

export const namedEmail = z.looseObject({
  name: z.string(),
  email,
});
