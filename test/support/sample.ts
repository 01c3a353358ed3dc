import { readFileSync } from 'node:fs';
import type { Backup } from '@/lib/model';

export const SAMPLE_BACKUP_PATH = new URL('../fixtures/sample-backup.json', import.meta.url);
export const sampleBackupText = (): string => readFileSync(SAMPLE_BACKUP_PATH, 'utf8');
export const sampleBackup = (): Backup => JSON.parse(sampleBackupText()) as Backup;
