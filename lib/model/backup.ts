import { z } from 'zod';
import { dealSchema, type Deal } from './deal';
import { personSchema, type Person } from './person';
import { isoInstant, normalizeEmail } from './primitives';
import { salesRequestSchema, type SalesRequest } from './request';

export const BACKUP_FORMAT = 'handoff-backup';
export const BACKUP_VERSION = 1;

export const backupSchema = z.looseObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: isoInstant,
  people: z.array(personSchema),
  deals: z.array(dealSchema),
  requests: z.array(salesRequestSchema),
});

export type Backup = z.infer<typeof backupSchema>;

/** One thing wrong with a backup file, naming where. */
export interface BackupProblem {
  /** e.g. `deals[3]` or null for the file itself. */
  record: string | null;
  /** The record's id (or e-mail for people), when it has one. */
  recordId: string | null;
  /** Path inside the record, e.g. `specialTerms[0].dueOn`; null for the whole record. */
  field: string | null;
  message: string;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[]; rejected: number };

const LISTS = [
  { key: 'people', schema: personSchema, idOf: (r: Person) => normalizeEmail(r.email), idName: 'email' },
  { key: 'deals', schema: dealSchema, idOf: (r: Deal) => r.id, idName: 'id' },
  { key: 'requests', schema: salesRequestSchema, idOf: (r: SalesRequest) => r.id, idName: 'id' },
] as const;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'is missing';
  return issue.message;
}

function idFor(raw: unknown, idName: string): string | null {
  if (raw && typeof raw === 'object' && idName in raw) {
    const v = (raw as Record<string, unknown>)[idName];
    if (typeof v === 'string') return v;
  }
  return null;
}

/**
 * Checks a parsed JSON value against backup-format.md, record by record, so
 * that every problem names its record and field. Any problem rejects the
 * whole file: the caller writes nothing.
 */
export function validateBackup(json: unknown): ParsedBackup {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, rejected: 0, problems: [{ record: null, recordId: null, field: null, message: 'is not a JSON object' }] };
  }
  const top = json as Record<string, unknown>;
  const fileProblems: BackupProblem[] = [];
  if (top.format !== BACKUP_FORMAT) {
    fileProblems.push({
      record: null, recordId: null, field: 'format',
      message: `is ${JSON.stringify(top.format)}, expected "${BACKUP_FORMAT}" (is this a Handoff backup?)`,
    });
  } else if (top.version !== BACKUP_VERSION) {
    fileProblems.push({
      record: null, recordId: null, field: 'version',
      message: `${JSON.stringify(top.version)} is not supported; this Handoff reads version ${BACKUP_VERSION}`,
    });
  }
  if (fileProblems.length) return { ok: false, rejected: 0, problems: fileProblems };
  if (!isoInstant.safeParse(top.exportedAt).success) {
    fileProblems.push({ record: null, recordId: null, field: 'exportedAt', message: 'must be an ISO 8601 instant with a zone' });
  }
  for (const list of LISTS) {
    if (!Array.isArray(top[list.key])) {
      fileProblems.push({ record: null, recordId: null, field: list.key, message: top[list.key] === undefined ? 'is missing' : 'must be a list' });
    }
  }
  if (fileProblems.length) return { ok: false, rejected: 0, problems: fileProblems };

  const problems: BackupProblem[] = [];
  const rejectedRecords = new Set<string>();
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    (top[list.key] as unknown[]).forEach((raw, i) => {
      const record = `${list.key}[${i}]`;
      const recordId = idFor(raw, list.idName);
      const result = list.schema.safeParse(raw);
      if (!result.success) {
        rejectedRecords.add(record);
        for (const issue of result.error.issues) {
          problems.push({ record, recordId, field: formatPath(issue.path) || null, message: describeIssue(issue) });
        }
        return;
      }
      const id = (list.idOf as (r: unknown) => string)(result.data);
      const first = seen.get(id);
      if (first !== undefined) {
        rejectedRecords.add(record);
        problems.push({ record, recordId, field: list.idName, message: `duplicates ${list.key}[${first}]; ${list.idName}s must be unique` });
      } else {
        seen.set(id, i);
      }
    });
  }
  if (problems.length) return { ok: false, problems, rejected: rejectedRecords.size };
  return { ok: true, backup: backupSchema.parse(json) };
}

export function parseBackupText(text: string): ParsedBackup {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      ok: false, rejected: 0,
      problems: [{ record: null, recordId: null, field: null, message: `is not JSON (${(e as Error).message})` }],
    };
  }
  return validateBackup(json);
}

/** "backup.json: deals[3] (id "acme"), field "stage": must be …" */
export function describeProblem(fileName: string, p: BackupProblem): string {
  const where = [
    p.record ? `${p.record}${p.recordId ? ` (${p.record.startsWith('people') ? 'email' : 'id'} "${p.recordId}")` : ''}` : '',
    p.field ? `field "${p.field}"` : '',
  ].filter(Boolean).join(', ');
  return `${fileName}: ${where ? `${where}: ` : ''}${p.message}`;
}

export function makeBackup(data: { people: Person[]; deals: Deal[]; requests: SalesRequest[] }, now: Date): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), ...data };
}
