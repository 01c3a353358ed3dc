import { describe, expect, it } from 'vitest';
import { describeProblem, parseBackupText, validateBackup } from '@/lib/model';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const withDeal = (patch: (d: Record<string, unknown>) => void) => {
  const b = sampleBackup() as unknown as { deals: Record<string, unknown>[] };
  patch(b.deals[1]!);
  return b;
};

describe('backup validation', () => {
  it('accepts the sample backup and keeps fields it does not know', () => {
    const b = sampleBackup() as unknown as Record<string, unknown>;
    (b.deals as Record<string, unknown>[])[0]!.crmId = 'HS-991';
    b.generator = 'a CRM converter';
    const r = validateBackup(b);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect((r.backup.deals[0] as Record<string, unknown>).crmId).toBe('HS-991');
      expect((r.backup as Record<string, unknown>).generator).toBe('a CRM converter');
    }
  });

  it.each([
    ['not JSON', '{"format": ', null, 'is not JSON'],
    ['another format', JSON.stringify({ format: 'other', version: 1 }), 'format', 'expected "handoff-backup"'],
    ['another version', JSON.stringify({ format: 'handoff-backup', version: 3 }), 'version', '3 is not supported'],
    ['a list missing', JSON.stringify({ format: 'handoff-backup', version: 1, exportedAt: '2026-11-21T10:00:00Z', people: [], deals: [] }), 'requests', 'is missing'],
  ])('rejects %s, naming the field', (_what, text, field, message) => {
    const r = parseBackupText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]!.field).toBe(field);
      expect(describeProblem('b.json', r.problems[0]!)).toContain(message);
    }
  });

  it.each([
    ['a bad stage', (d: Record<string, unknown>) => (d.stage = 'won'), 'stage'],
    ['a bad date', (d: Record<string, unknown>) => ((d.specialTerms as Record<string, unknown>[])[0]!.dueOn = '05/12/2026'), 'specialTerms[0].dueOn'],
    ['a missing name', (d: Record<string, unknown>) => delete d.name, 'name'],
    ['a bad Jira key', (d: Record<string, unknown>) => ((d.links as Record<string, string[]>).jira = ['not a key']), 'links.jira[0]'],
  ])('rejects a deal with %s, naming record and field', (_what, patch, field) => {
    const r = validateBackup(withDeal(patch));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ record: 'deals[1]', recordId: 'globex-crm', field });
      expect(r.rejected).toBe(1);
      expect(describeProblem('backup.json', r.problems[0]!)).toMatch(/^backup\.json: deals\[1\] \(id "globex-crm"\), field "/);
    }
  });

  it('rejects duplicate ids and e-mails that differ only in case', () => {
    const b = sampleBackup();
    b.deals.push({ ...b.deals[0]! });
    b.people.push({ ...b.people[0]!, email: b.people[0]!.email.toUpperCase() });
    const r = validateBackup(b);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems.map((p) => `${p.record} ${p.field}`)).toEqual(['people[5] email', 'deals[3] id']);
      expect(r.problems[1]!.message).toContain('duplicates deals[0]');
    }
  });

  it('accepts a byte-order mark', () => {
    expect(parseBackupText(`\uFEFF${sampleBackupText()}`).ok).toBe(true);
  });
});

describe('unknown fields', () => {
  it('are kept, but a value nested too deep is refused by name (it would overflow storage)', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 3000; i++) deep = (deep.a = {}) as Record<string, unknown>;
    const b = sampleBackup() as unknown as { requests: Record<string, unknown>[] };
    b.requests[0]!.x_extra = root;
    const r = validateBackup(b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ record: 'requests[0]', message: expect.stringContaining('nested more than') });
    b.requests[0]!.x_extra = { a: { b: [1, { c: 2 }] } };
    expect(validateBackup(b).ok).toBe(true);
  });
});
