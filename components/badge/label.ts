export type BadgeLevel = 'info' | 'warning' | 'danger';

export interface BadgeInfo {
  dealId: string;
  dealName: string;
  level: BadgeLevel;
  /** One sentence: why this level (lib/deal/badge.ts). */
  text: string;
}

/**
 * The badge's short label. The level says how bad; the sentence (written by
 * lib/deal/badge.ts) says which rule fired, so it picks the words.
 * Any other sentence still gets its level's label.
 */
export function badgeLabel(level: BadgeLevel, text = ''): string {
  if (level === 'danger') return /past due|overdue/i.test(text) ? 'Term overdue' : 'Unsigned deal';
  if (level === 'warning') return /promised/i.test(text) && !/special term/i.test(text) ? 'Unconfirmed promise' : 'Term due';
  return 'Deal';
}

export const isBadgeLevel = (x: unknown): x is BadgeLevel => x === 'info' || x === 'warning' || x === 'danger';
