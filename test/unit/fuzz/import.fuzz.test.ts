/**
 * Issue 9, item 2: 1,000 mutated backup files against importBackupText on a
 * seeded store. Each is imported whole (counts add up) or rejected naming
 * record and field, with the store unchanged.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbHandle, exportBackup, importBackupText } from '@/lib/store';
import type { HandoffDb } from '@/lib/store';
import { backupDataArb, freshDbName } from '../../support/arbitraries';
import { sampleBackupText } from '../../support/sample';

const NOW = new Date('2026-11-21T12:00:00Z');
type Rec = Record<string, unknown>;
const LISTS = ['deals', 'people', 'requests'] as const;

const MUTATIONS = ['field-retype', 'field-drop', 'field-null', 'field-huge', 'dup-id', 'truncate', 'format', 'version', 'list-retype', 'record-retype', 'pollute', 'exportedAt', 'none'] as const;
type Mutation = (typeof MUTATIONS)[number];

function mutate(file: Rec, how: Mutation, pick: number, value: unknown): string {
  const f = structuredClone(file);
  const nonEmpty = LISTS.filter((l) => (f[l] as unknown[]).length > 0);
  const list = nonEmpty[pick % Math.max(1, nonEmpty.length)];
  const records = list ? (f[list] as Rec[]) : [];
  const rec = records[pick % Math.max(1, records.length)];
  const keys = rec ? Object.keys(rec) : [];
  const key = keys[pick % Math.max(1, keys.length)];
  switch (how) {
    case 'field-retype': if (rec && key) rec[key] = value; break;
    case 'field-drop': if (rec && key) delete rec[key]; break;
    case 'field-null': if (rec && key) rec[key] = null; break;
    case 'field-huge': if (rec && key) rec[key] = 'x'.repeat(20_000); break;
    case 'dup-id': if (list && rec) records.push(structuredClone(rec)); break;
    case 'truncate': return JSON.stringify(f).slice(0, pick % Math.max(1, JSON.stringify(f).length));
    case 'format': f.format = value; break;
    case 'version': f.version = [0, 2, '1', null, 1.5][pick % 5]; break;
    case 'list-retype': f[LISTS[pick % 3]!] = value; break;
    case 'record-retype': if (list) records[pick % Math.max(1, records.length)] = value as Rec; break;
    case 'pollute': {
      const text = JSON.stringify(f);
      return text.replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},');
    }
    case 'exportedAt': f.exportedAt = value; break;
    case 'none': break;
  }
  return JSON.stringify(f);
}

const fileArb = backupDataArb.map((d) => ({ format: 'handoff-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', ...d }) as Rec);
const caseArb = fc.tuple(fileArb, fc.constantFrom(...MUTATIONS), fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(42, '', null, [], {}, true, 'nope')));

const snapshot = async (db: HandoffDb) => {
  const b = await exportBackup(db, NOW);
  return JSON.stringify({ ...b, exportedAt: null });
};

describe('import fuzz: 1,000 mutated backup files', () => {
  const handle = new DbHandle(freshDbName());
  let db: HandoffDb;
  beforeAll(async () => {
    db = await handle.get();
    expect(await importBackupText(db, sampleBackupText(), 'seed.json')).toMatchObject({ ok: true });
  });
  afterAll(() => handle.close());

  it('imports whole or rejects naming record and field, leaving the store unchanged', { timeout: 180_000 }, async () => {
    const tally = { imported: 0, rejected: 0, byMutation: {} as Record<string, { imported: number; rejected: number }> };
    await fc.assert(
      fc.asyncProperty(caseArb, async ([file, how, pick, value]) => {
        const text = mutate(file, how, pick, value);
        const before = await snapshot(db);
        const beforeCounts = JSON.parse(before) as Record<(typeof LISTS)[number], unknown[]>;
        const result = await importBackupText(db, text, 'fuzz.json');
        const t = (tally.byMutation[how] ??= { imported: 0, rejected: 0 });
        const after = await snapshot(db);
        if (result.ok) {
          tally.imported++; t.imported++;
          const parsed = JSON.parse(text) as Record<(typeof LISTS)[number], unknown[]>;
          const total = LISTS.reduce((n, l) => n + parsed[l].length, 0);
          const { added, updated, skipped, rejected } = result.counts;
          expect(rejected).toBe(0);
          expect(added + updated + skipped).toBe(total);
          const afterCounts = JSON.parse(after) as Record<(typeof LISTS)[number], unknown[]>;
          expect(LISTS.reduce((n, l) => n + afterCounts[l].length, 0)).toBe(LISTS.reduce((n, l) => n + beforeCounts[l].length, 0) + added);
        } else {
          tally.rejected++; t.rejected++;
          expect(after).toBe(before);
          expect(result.problems.length).toBeGreaterThan(0);
          expect(result.error).toMatch(/fuzz\.json/);
          const p = result.problems[0]!;
          // Record-level mutations must name record and field.
          if (['field-retype', 'field-drop', 'field-null', 'field-huge', 'dup-id'].includes(how)) {
            expect(p.record).toMatch(/^(deals|people|requests)\[\d+\]$/);
            expect(p.field).toEqual(expect.any(String));
          }
          if (how === 'record-retype') expect(p.record).toMatch(/^(deals|people|requests)\[\d+\]$/);
          if (how === 'format' || how === 'version' || how === 'exportedAt') expect(p.field).toBe(how);
          if (how === 'list-retype') expect(p.record === null ? p.field : p.record).toMatch(/^(deals|people|requests)/);
          if (how === 'none') throw new Error(`an unmutated generated backup was rejected: ${result.error}`);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1_000 },
    );
    console.log(`import fuzz: ${tally.imported} imported whole, ${tally.rejected} rejected; by mutation ${JSON.stringify(tally.byMutation)}`);
  });
});
