import { HandoffError } from '@/lib/messaging/errors';
import { localDay } from '@/lib/dates';

/** `handoff-backup-2026-11-21.json`, dated in the user's time zone. */
export function backupFileName(now: Date = new Date()): string {
  return `handoff-backup-${localDay(now)}.json`;
}

export interface ImportCounts {
  added: number;
  updated: number;
  skipped: number;
  rejected: number;
}

export function formatCounts(c: ImportCounts): string {
  return `Added ${c.added}, updated ${c.updated}, skipped ${c.skipped}, rejected ${c.rejected}`;
}

export const DELETE_ALL_PHRASE = 'delete all data';

export function deleteConfirmed(typed: string): boolean {
  return typed.trim().toLowerCase() === DELETE_ALL_PHRASE;
}

/** What to show for a failure from the background. */
export interface ShownError {
  /** A short heading: "Storage is full", "Not saved", … */
  title: string;
  message: string;
  quota: boolean;
  problems: ReadonlyArray<{ field: string; message: string }>;
}

export function describeError(e: unknown, fallbackTitle = 'Something went wrong'): ShownError {
  if (e instanceof HandoffError) {
    if (e.code === 'quota') return { title: 'Storage is full', message: e.message, quota: true, problems: e.problems };
    return {
      title: e.code === 'invalid' ? 'Not saved: check the fields' : fallbackTitle,
      message: e.message,
      quota: false,
      problems: e.problems,
    };
  }
  return { title: fallbackTitle, message: e instanceof Error ? e.message : String(e), quota: false, problems: [] };
}
