import type { SenderRole } from '@/lib/classify';
import { emailDomain, normalizeEmail, ownDomainOf, type Deal, type Settings } from '@/lib/model';
import { getPerson, type HandoffDb } from '@/lib/store';

/**
 * What the roster says about a sender, for the classifier: the roster's
 * role; the user is a PM; an address at the deal's customer domain (or one
 * of its stakeholders) is the customer; otherwise unknown, and the
 * classifier reads the signature.
 */
export async function roleOf(db: HandoffDb, address: string, settings: Settings, deal: Deal | null): Promise<SenderRole | null> {
  const email = normalizeEmail(address);
  if (settings.ownEmail && email === normalizeEmail(settings.ownEmail)) return 'pm';
  const person = await getPerson(db, email);
  if (person) return person.role;
  const domain = emailDomain(email);
  if (deal && domain) {
    if (deal.links.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`))) return 'customer';
    if (deal.stakeholders.some((s) => s.email && normalizeEmail(s.email) === email)) return 'customer';
  }
  const own = ownDomainOf(settings);
  if (own && domain && (domain === own || domain.endsWith(`.${own}`))) return null;
  return null;
}

/**
 * The PM reading the mail, for the classifier's addressee model: the own
 * address from settings, with the roster's name for it when there is one.
 * Null when no own address is set (then no ask is judged as someone else's).
 */
export async function readerOf(db: HandoffDb, settings: Settings): Promise<{ name: string; email: string } | null> {
  if (!settings.ownEmail) return null;
  const person = await getPerson(db, normalizeEmail(settings.ownEmail));
  return { name: person?.name ?? '', email: settings.ownEmail };
}
