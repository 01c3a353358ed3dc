import { normalizeEmail, personSchema, type Person } from '@/lib/model';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { abortQuietly, settled, StoreError, withStoreErrors } from './errors';
import { conflict, sameContent } from './revision';

export async function listPeople(db: HandoffDb): Promise<Person[]> {
  return (await db.getAll('people')).map((s) => s.person);
}

export async function getPerson(db: HandoffDb, email: string): Promise<Person | null> {
  return (await db.get('people', normalizeEmail(email)))?.person ?? null;
}

/**
 * Saves a person; `previousEmail` renames (the old entry goes in the same
 * transaction). A person has no timestamp, so an edit names the version it
 * started from in `expected`: the stored person as the form read it, or
 * null for a new one. The save is refused as `conflict` when the roster
 * changed since (that person edited or removed, or the e-mail taken
 * elsewhere). Without `expected` the person is written as given.
 */
export async function savePerson(db: HandoffDb, input: unknown, previousEmail?: string, expected?: unknown): Promise<Person> {
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) throw invalid('person', parsed.error.issues);
  const person = parsed.data;
  const key = normalizeEmail(person.email);
  const oldKey = previousEmail ? normalizeEmail(previousEmail) : key;
  return withStoreErrors(async () => {
    const tx = db.transaction('people', 'readwrite');
    settled(tx);
    if (expected !== undefined) {
      const [before, taken] = await Promise.all([tx.store.get(oldKey), oldKey === key ? null : tx.store.get(key)]);
      const refusal =
        expected !== null && !before ? new StoreError('not-found', `No person with e-mail "${previousEmail ?? person.email}": removed elsewhere`)
        : !sameContent(before?.person ?? null, expected) || taken ? conflict(`The roster entry for ${person.email}`)
        : null;
      if (refusal) {
        abortQuietly(tx);
        throw refusal;
      }
    }
    const ops: Promise<unknown>[] = [tx.store.put({ key, person })];
    if (oldKey !== key) ops.push(tx.store.delete(oldKey));
    await Promise.all([...ops, tx.done]);
    return person;
  });
}

export async function deletePerson(db: HandoffDb, email: string): Promise<void> {
  return withStoreErrors(async () => {
    await db.delete('people', normalizeEmail(email));
  });
}
