import { browser } from 'wxt/browser';
import { z } from 'zod';
import { SELECTOR_HEALTH_KEY } from '@/lib/messaging/limits';
import { selectorMissSchema, type SelectorMiss } from '@/lib/messaging/protocol';
import { ASANA } from '@/lib/sites/asana/selectors';
import { GMAIL } from '@/lib/sites/gmail/selectors';
import { JIRA } from '@/lib/sites/jira/selectors';
import { SELECTOR_SITES, type Selector, type SelectorSite } from '@/lib/sites/runtime/selectors';

/**
 * Selector health (issue 14): how often each host-page selector missed,
 * with all its fallbacks, and when last, kept in `storage.local` so the
 * options page's Diagnostics can show a user what changed on Gmail, Jira
 * or Asana. Only selectors Handoff ships are counted: a page cannot write
 * names or CSS of its own here, and the list stays bounded.
 */

/** Every named selector, by name; the only names a miss may carry. */
export const KNOWN_SELECTORS: ReadonlyMap<string, Selector> = new Map(
  [...Object.values(GMAIL), ...Object.values(JIRA), ...Object.values(ASANA)].map((s) => [s.name, s] as const),
);

/** More entries than Handoff has selectors: room for names an older version counted. */
export const MAX_ENTRIES = 200;
/** A count stops here: enough to say "often", and it stays a safe integer. */
export const MAX_COUNT = 1_000_000_000;

export interface HealthStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const storedSchema = z.object({ misses: z.array(z.unknown()) });

export const siteOf = (name: string): SelectorSite | null => {
  const site = name.split('.')[0];
  return (SELECTOR_SITES as readonly string[]).includes(site ?? '') ? (site as SelectorSite) : null;
};

/** Reads stored misses, dropping any entry that does not parse (storage may hold an older shape). */
function parse(raw: unknown): SelectorMiss[] {
  const stored = storedSchema.safeParse(raw);
  if (!stored.success) return [];
  return stored.data.misses.flatMap((m) => {
    const r = selectorMissSchema.safeParse(m);
    return r.success ? [r.data] : [];
  });
}

const newestFirst = (a: SelectorMiss, b: SelectorMiss) => b.lastSeen.localeCompare(a.lastSeen) || a.name.localeCompare(b.name);

export class SelectorHealth {
  /** Writes run one after another: two tabs reporting at once must both be counted. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: HealthStorage = browser.storage.local as unknown as HealthStorage,
    private readonly now: () => Date = () => new Date(),
    private readonly known: ReadonlyMap<string, Selector> = KNOWN_SELECTORS,
  ) {}

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  private async read(): Promise<SelectorMiss[]> {
    return parse((await this.storage.get(SELECTOR_HEALTH_KEY))[SELECTOR_HEALTH_KEY]);
  }

  /**
   * Counts one miss of each known name (unknown names are ignored) and
   * resolves once it is written; resolves with how many were counted.
   */
  record(names: readonly string[]): Promise<number> {
    return this.serial(async () => {
      const wanted = [...new Set(names)].flatMap((n) => {
        const s = this.known.get(n);
        const site = siteOf(n);
        return s && site ? [{ name: n, site, s }] : [];
      });
      if (!wanted.length) return 0;
      const at = this.now().toISOString();
      const byName = new Map((await this.read()).map((m) => [m.name, m]));
      for (const { name, site, s } of wanted) {
        const old = byName.get(name);
        // CSS, date and source from this version's table: the report says what was tried now.
        byName.set(name, {
          name,
          site,
          css: [...s.css],
          seen: s.seen,
          source: s.source,
          count: Math.min(MAX_COUNT, (old?.count ?? 0) + 1),
          firstSeen: old?.firstSeen ?? at,
          lastSeen: at,
        });
      }
      const misses = [...byName.values()].sort(newestFirst).slice(0, MAX_ENTRIES);
      await this.storage.set({ [SELECTOR_HEALTH_KEY]: { misses } });
      return wanted.length;
    });
  }

  /** Every counted miss, newest first. */
  list(): Promise<SelectorMiss[]> {
    return this.serial(async () => (await this.read()).sort(newestFirst));
  }

  clear(): Promise<void> {
    return this.serial(() => this.storage.remove(SELECTOR_HEALTH_KEY));
  }
}
