/**
 * The people roster as the quick-log form offers it: Sales first, then the
 * rest, each group by name. Pure.
 */
import { normalizeEmail, type Person, type PersonRole } from '@/lib/model';

const ROLE_ORDER: Readonly<Record<PersonRole, number>> = { sales: 0, exec: 1, pm: 2, other: 3 };

export function rosterOrder(people: readonly Person[]): Person[] {
  return [...people].sort(
    (a, b) =>
      (ROLE_ORDER[a.role] ?? 9) - (ROLE_ORDER[b.role] ?? 9) ||
      (a.name || a.email).localeCompare(b.name || b.email, undefined, { sensitivity: 'base' }),
  );
}

export function personByEmail(people: readonly Person[], email: string): Person | null {
  const wanted = normalizeEmail(email);
  if (!wanted) return null;
  return people.find((p) => normalizeEmail(p.email) === wanted) ?? null;
}

/** The one person with this name (case-insensitive); null when none or several. */
export function personByName(people: readonly Person[], name: string): Person | null {
  const wanted = name.trim().toLowerCase();
  if (!wanted) return null;
  const found = people.filter((p) => p.name.trim().toLowerCase() === wanted);
  return found.length === 1 ? found[0]! : null;
}
