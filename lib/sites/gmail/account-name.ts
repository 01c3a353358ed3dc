/** Free mail providers never name a customer account. */
const FREE_MAIL = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'icloud.com', 'proton.me', 'protonmail.com', 'aol.com', 'gmx.com', 'live.com']);

/**
 * The customer's domains among a thread's participants (not the user's own
 * company, not free mail), most frequent first.
 */
export function customerDomains(participants: readonly string[], ownDomain: string | null): string[] {
  const counts = new Map<string, number>();
  for (const p of participants) {
    const domain = p.slice(p.lastIndexOf('@') + 1).toLowerCase();
    if (!domain || !p.includes('@') || FREE_MAIL.has(domain)) continue;
    if (ownDomain && (domain === ownDomain || domain.endsWith(`.${ownDomain}`))) continue;
    counts.set(domain, (counts.get(domain) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([d]) => d);
}

/** `acme.com` → "Acme", `blue-river.co.uk` → "Blue River": a starting point the user edits. */
export function accountFromDomain(domain: string): string {
  const labels = domain.toLowerCase().split('.');
  const secondLevel = new Set(['co', 'com', 'org', 'net', 'ac', 'gov']);
  let name = labels.length >= 3 && secondLevel.has(labels[labels.length - 2]!) ? labels[labels.length - 3]! : labels[labels.length - 2] ?? labels[0]!;
  name = name.replace(/[-_]+/g, ' ');
  return name.replace(/\b\w/g, (c) => c.toUpperCase());
}
