import type { Deal } from '@/lib/model';
import { MAX_CHOICE_CHARS, MAX_DEAL_CHOICES, type DealChoice } from '@/lib/messaging/content-schemas';
import { clip } from '@/lib/text';

/**
 * The link picker's deals (issue 13): a content script sees the name and
 * account it needs to choose one, never a deal's terms, value or people.
 * Sorted by name for the picker; capped so a page's bundle of deal names
 * stays bounded (the options page lists them all).
 */
export function dealChoices(deals: readonly Deal[]): DealChoice[] {
  return deals
    .map((d) => ({ id: d.id, name: clip(d.name, MAX_CHOICE_CHARS), account: clip(d.account, MAX_CHOICE_CHARS) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, MAX_DEAL_CHOICES);
}

/** Whether a content script's tab is Gmail, the one host whose flag logs requests. */
export function isGmailPage(url: string | undefined): boolean {
  try {
    return !!url && new URL(url).origin === 'https://mail.google.com';
  } catch {
    return false;
  }
}
