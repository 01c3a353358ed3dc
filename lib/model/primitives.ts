import { z } from 'zod';

/** Calendar day, no time zone (lib/model/BACKUP-FORMAT.md "Dates"). */
export const isoDate = z.iso.date({ error: 'must be a date YYYY-MM-DD' });

/** An instant with a zone, e.g. 2026-11-21T10:00:00.000Z. */
export const isoInstant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 instant with a zone' });

export const email = z.email({ error: 'must be an e-mail address' });

export const nonEmpty = (what: string) => z.string().trim().min(1, { error: `${what} must not be empty` });

export const namedEmail = z.looseObject({
  name: z.string(),
  email,
});

/** Nesting a record may have, counting fields Handoff does not know. */
export const MAX_RECORD_DEPTH = 24;

/**
 * Readers keep fields they do not know, but a value nested thousands deep
 * overflows the browser's structured clone when it is stored or exported
 * (found by fuzzing the router), so a record may nest MAX_RECORD_DEPTH
 * levels at most. Walked with an explicit stack: the check itself cannot
 * overflow.
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

export const boundedNesting = (ctx: { value: unknown; issues: unknown[] }) => {
  if (nestedDeeperThan(ctx.value, MAX_RECORD_DEPTH)) {
    ctx.issues.push({ code: 'custom', message: `is nested more than ${MAX_RECORD_DEPTH} levels deep`, input: ctx.value });
  }
};
