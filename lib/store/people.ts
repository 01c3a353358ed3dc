import { normalizeEmail, personSchema, type Person } from '@/lib/model';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { settled, withStoreErrors } from './errors';

export async function listPeople(db: HandoffDb): Promise<Person[]> {
  return (await db.getAll('people')).map((s) => s.person);
}

export async function getPerson(db: HandoffDb, email: string): Promise<Person | null> {
  return (await db.get('people', normalizeEmail(email)))?.person ?? null;
}

/** Saves a person; `previousEmail` renames (the old entry goes in the same transaction). */
export async function savePerson(db: HandoffDb, input: unknown, previousEmail?: string): Promise<Person> {
  const parsed = personSchema.safeParse(input);
  if (!parsed.success) throw invalid('person', parsed.error.issues);
  const person = parsed.data;
  const key = normalizeEmail(person.email);
  return withStoreErrors(async () => {
    const tx = db.transaction('people', 'readwrite');
    settled(tx);
    const ops: Promise<unknown>[] = [tx.store.put({ key, person })];
    if (previousEmail && normalizeEmail(previousEmail) !== key) ops.push(tx.store.delete(normalizeEmail(previousEmail)));
    await Promise.all([...ops, tx.done]);
    return person;
  });
}

export async function deletePerson(db: HandoffDb, email: string): Promise<void> {
  return withStoreErrors(async () => {
    await db.delete('people', normalizeEmail(email));
  });
}
