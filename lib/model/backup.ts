import { z } from 'zod';
import { dealSchema, type Deal } from './deal';
import { personSchema, type Person } from './person';
import { normalizeEmail } from './constants';
import { isoInstant } from './primitives';
import { salesRequestSchema, type SalesRequest } from './request';
import { upgradeV1 } from './backup-v1';

export const BACKUP_FORMAT = 'handoff-backup';
export const BACKUP_VERSION = 2;
/** Versions this Handoff reads; version 1 is upgraded on reading (backup-v1.ts). */
export const READABLE_BACKUP_VERSIONS: readonly unknown[] = [1, 2];

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

export type BackupListKey = (typeof LISTS)[number]['key'];
export type ValidRecord =
  | { list: 'people'; value: Person }
  | { list: 'deals'; value: Deal }
  | { list: 'requests'; value: SalesRequest };

/** The file-level checks: format, version, `exportedAt`, the three lists. */
export function checkBackupFile(json: unknown): BackupProblem[] {
  const fileProblem = (field: string | null, message: string): BackupProblem => ({ record: null, recordId: null, field, message });
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [fileProblem(null, 'is not a JSON object')];
  const top = json as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) {
    return [fileProblem('format', `is ${JSON.stringify(top.format)}, expected "${BACKUP_FORMAT}" (is this a Handoff backup?)`)];
  }
  if (!READABLE_BACKUP_VERSIONS.includes(top.version)) {
    return [fileProblem('version', `${JSON.stringify(top.version)} is not supported; this Handoff reads versions 1 and ${BACKUP_VERSION}`)];
  }
  const problems: BackupProblem[] = [];
  if (!isoInstant.safeParse(top.exportedAt).success) problems.push(fileProblem('exportedAt', 'must be an ISO 8601 instant with a zone'));
  for (const list of LISTS) {
    if (!Array.isArray(top[list.key])) problems.push(fileProblem(list.key, top[list.key] === undefined ? 'is missing' : 'must be a list'));
  }
  return problems;
}

/**
 * Checks every record of a file that passed checkBackupFile, naming record
 * and field for each problem, and hands each valid, not duplicated record
 * to `onValid` as it goes (the store writes while it checks, inside a
 * transaction it aborts if any problem turns up).
 */
export function checkBackupRecords(
  top: Record<string, unknown>,
  onValid: (record: ValidRecord) => void,
  onFirstProblem: () => void = () => {},
): { problems: BackupProblem[]; rejected: number } {
  const problems: BackupProblem[] = [];
  const rejectedRecords = new Set<string>();
  for (const list of LISTS) {
    const seen = new Map<string, number>();
    (top[list.key] as unknown[]).forEach((raw, i) => {
      const record = `${list.key}[${i}]`;
      const result = list.schema.safeParse(raw);
      if (!result.success) {
        if (!problems.length) onFirstProblem();
        rejectedRecords.add(record);
        for (const issue of result.error.issues) {
          problems.push({ record, recordId: idFor(raw, list.idName), field: formatPath(issue.path) || null, message: describeIssue(issue) });
        }
        return;
      }
      const id = (list.idOf as (r: unknown) => string)(result.data);
      const first = seen.get(id);
      if (first !== undefined) {
        if (!problems.length) onFirstProblem();
        rejectedRecords.add(record);
        problems.push({ record, recordId: idFor(raw, list.idName), field: list.idName, message: `duplicates ${list.key}[${first}]; ${list.idName}s must be unique` });
        return;
      }
      seen.set(id, i);
      onValid({ list: list.key, value: result.data } as ValidRecord);
    });
  }
  return { problems, rejected: rejectedRecords.size };
}

/**
 * Checks a parsed JSON value against lib/model/BACKUP-FORMAT.md, record by record, so
 * that every problem names its record and field. Any problem rejects the
 * whole file: the caller writes nothing.
 */
export function validateBackup(json: unknown): ParsedBackup {
  const fileProblems = checkBackupFile(json);
  if (fileProblems.length) return { ok: false, rejected: 0, problems: fileProblems };
  const raw = json as Record<string, unknown>;
  const top = raw.version === 1 ? upgradeV1(raw) : raw;
  const lists = { people: [] as Person[], deals: [] as Deal[], requests: [] as SalesRequest[] };
  const { problems, rejected } = checkBackupRecords(top, (r) => (lists[r.list] as unknown[]).push(r.value));
  if (problems.length) return { ok: false, problems, rejected };
  // Unknown top-level fields are kept too.
  return { ok: true, backup: { ...top, ...lists } as Backup };
}

/** JSON.parse that tolerates a byte-order mark; null with the reason when the text is not JSON. */
export function parseJson(text: string): { ok: true; json: unknown } | { ok: false; problem: BackupProblem } {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { ok: false, problem: { record: null, recordId: null, field: null, message: `is not JSON (${(e as Error).message})` } };
  }
}

export function parseBackupText(text: string): ParsedBackup {
  const parsed = parseJson(text);
  return parsed.ok ? validateBackup(parsed.json) : { ok: false, rejected: 0, problems: [parsed.problem] };
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
