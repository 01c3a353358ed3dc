import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KNOWN_SELECTORS, MAX_ENTRIES, SelectorHealth, type HealthStorage } from '@/lib/background/selector-health';
import { SELECTOR_HEALTH_KEY } from '@/lib/messaging/limits';
import { ASANA } from '@/lib/sites/asana/selectors';
import { GMAIL } from '@/lib/sites/gmail/selectors';
import { JIRA } from '@/lib/sites/jira/selectors';
import { sel } from '@/lib/sites/runtime/selectors';

/** storage.local as a plain object, so tests can look at what was written. */
function memoryStorage(): HealthStorage & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => void Object.assign(data, structuredClone(items)),
    remove: async (key) => void delete data[key],
  };
}

let clock = new Date('2026-12-03T09:00:00Z');
const now = () => clock;

beforeEach(() => {
  clock = new Date('2026-12-03T09:00:00Z');
  fakeBrowser.reset();
});

describe('selector health log', () => {
  it('counts each miss per selector, with its CSS, source and the first and last time', async () => {
    const storage = memoryStorage();
    const health = new SelectorHealth(storage, now);
    expect(await health.record(['asana.dueDateField'])).toBe(1);
    clock = new Date('2026-12-05T17:30:00Z');
    await health.record(['asana.dueDateField', 'asana.taskPane']);
    const misses = await health.list();
    const due = misses.find((m) => m.name === 'asana.dueDateField')!;
    expect(due).toEqual({
      name: 'asana.dueDateField',
      site: 'asana',
      css: [...ASANA.dueDateField.css],
      seen: ASANA.dueDateField.seen,
      source: ASANA.dueDateField.source,
      count: 2,
      firstSeen: '2026-12-03T09:00:00.000Z',
      lastSeen: '2026-12-05T17:30:00.000Z',
    });
    expect(misses.find((m) => m.name === 'asana.taskPane')?.count).toBe(1);
  });

  it('counts only selectors Handoff ships: a made-up name writes nothing', async () => {
    const storage = memoryStorage();
    const health = new SelectorHealth(storage, now);
    expect(await health.record(['gmail.madeUp', 'evil.selector'])).toBe(0);
    expect(storage.data).toEqual({});
    expect(await health.list()).toEqual([]);
  });

  it('is written before it answers, and reports from two tabs at once both count', async () => {
    const storage = memoryStorage();
    const health = new SelectorHealth(storage, now);
    await Promise.all([health.record(['gmail.sender']), health.record(['gmail.sender']), health.record(['gmail.subject'])]);
    const stored = storage.data[SELECTOR_HEALTH_KEY] as { misses: Array<{ name: string; count: number }> };
    expect(Object.fromEntries(stored.misses.map((m) => [m.name, m.count]))).toEqual({ 'gmail.sender': 2, 'gmail.subject': 1 });
  });

  it('stays bounded: at most MAX_ENTRIES selectors, the oldest dropped first', async () => {
    const many = new Map(Array.from({ length: MAX_ENTRIES + 20 }, (_, i) => [`jira.s${i}`, { ...sel('2026-12', 'test', `.s${i}`), name: `jira.s${i}` }] as const));
    const storage = memoryStorage();
    const health = new SelectorHealth(storage, now, many);
    for (let i = 0; i < many.size; i++) {
      clock = new Date(Date.UTC(2026, 11, 1, 0, i));
      await health.record([`jira.s${i}`]);
    }
    const misses = await health.list();
    expect(misses).toHaveLength(MAX_ENTRIES);
    expect(misses[0]!.name).toBe(`jira.s${MAX_ENTRIES + 19}`);
    expect(misses.some((m) => m.name === 'jira.s0')).toBe(false);
    expect(JSON.stringify(storage.data).length).toBeLessThan(100_000);
  });

  it('reads past a stored entry it cannot parse, and Clear empties the log', async () => {
    const storage = memoryStorage();
    storage.data[SELECTOR_HEALTH_KEY] = { misses: [{ name: 'gmail.sender', count: 'lots' }] };
    const health = new SelectorHealth(storage, now);
    expect(await health.list()).toEqual([]);
    await health.record(['gmail.sender']);
    expect((await health.list())[0]).toMatchObject({ name: 'gmail.sender', count: 1 });
    await health.clear();
    expect(await health.list()).toEqual([]);
    expect(storage.data).toEqual({});
  });

  it('lives in storage.local by default', async () => {
    await new SelectorHealth(undefined, now).record(['gmail.sender']);
    const stored = await fakeBrowser.storage.local.get(SELECTOR_HEALTH_KEY);
    expect(stored[SELECTOR_HEALTH_KEY]).toMatchObject({ misses: [{ name: 'gmail.sender', count: 1 }] });
  });

  it('knows every selector of the three sites by its table key (gmail.subject), each once', () => {
    const tables = { gmail: GMAIL, jira: JIRA, asana: ASANA };
    let total = 0;
    for (const [site, table] of Object.entries(tables)) {
      for (const [key, s] of Object.entries(table)) {
        expect(s.name).toBe(`${site}.${key}`);
        expect(KNOWN_SELECTORS.get(s.name)).toBe(s);
        total++;
      }
    }
    expect(KNOWN_SELECTORS.size).toBe(total);
  });
});
