import { localDay } from '@/lib/dates';
import type { SelectorMiss } from '@/lib/messaging/protocol';

const SITE_NAMES: Record<SelectorMiss['site'], string> = { gmail: 'Gmail', jira: 'Jira', asana: 'Asana' };

export const siteName = (site: SelectorMiss['site']): string => SITE_NAMES[site];

/** A stored instant as the user's calendar day (YYYY-MM-DD); the text as is when it is no date. */
export function dayOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : localDay(d);
}

/**
 * The Diagnostics report as plain text, for a bug report ("Gmail changed"):
 * per selector its site, name, count, first and last day seen missing, when
 * it last worked and the CSS tried, in order. No page content, no URLs.
 */
export function diagnosticsReport(misses: readonly SelectorMiss[], about: { version: string; browser: string; now: Date }): string {
  const head = [`Handoff ${about.version}: selector diagnostics, ${localDay(about.now)}`, `Browser: ${about.browser}`, ''];
  if (!misses.length) return [...head, 'No selector has missed.'].join('\n');
  const bySite = (['gmail', 'jira', 'asana'] as const).flatMap((site) => {
    const mine = misses.filter((m) => m.site === site);
    if (!mine.length) return [];
    return [
      `${siteName(site)}:`,
      ...mine.flatMap((m) => [
        `- ${m.name}: missed ${m.count} ${m.count === 1 ? 'time' : 'times'}, last ${dayOf(m.lastSeen)}, first ${dayOf(m.firstSeen)}; worked as of ${m.seen}`,
        ...m.css.map((css, i) => `    ${i === 0 ? 'tried' : 'then '} ${css}`),
        `    from ${m.source}`,
      ]),
      '',
    ];
  });
  return [...head, ...bySite].join('\n').trimEnd();
}
