import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { SAMPLE_BACKUP_PATH, sampleBackupText } from '../support/sample';
import type { Journey } from './driver';

/** Options → Data: a bad backup is refused whole, naming record and field; the sample imports. */
export const importBackupJourney: Journey = {
  name: 'imports a backup through the options page, and refuses a bad one naming record and field',
  start: { sample: false },
  async run(d) {
    const page = await d.openOptions('data');
    const input = 'input[type=file][data-handoff="import"]';
    const result = '[data-handoff="import-result"]';
    const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
    const bad = JSON.parse(sampleBackupText());
    bad.deals[2].stage = 'won';
    writeFileSync(join(dir, 'bad-backup.json'), JSON.stringify(bad));
    await page.upload(input, join(dir, 'bad-backup.json'));
    await expect.poll(() => page.text(result)).toContain('deals[2] (id "initech-support"), field "stage"');
    expect(await d.send<unknown[]>('deals.list', {})).toHaveLength(0);

    await page.upload(input, fileURLToPath(SAMPLE_BACKUP_PATH));
    await expect.poll(() => page.text(result)).toMatch(/added\D*9/i);
    expect(await d.send<unknown[]>('deals.list', {})).toHaveLength(3);
    await page.close();
  },
};
