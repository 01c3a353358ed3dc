import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
let dir: string;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  dir = mkdtempSync(join(tmpdir(), 'handoff-csv-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// Three good rows and one bad (a DD/MM date); the first row's unknown
// "Internal notes" cell holds a quoted line break, so the bad row starts on
// line 5 of the file, not 4.
const HUBSPOT_CSV = [
  '\uFEFFRecord ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company,Pipeline,Currency,Internal notes',
  '101,Acme data platform,closedwon,"180,000.00",2026-11-02,Dana Ruiz,Acme Corp,Sales Pipeline,USD,"two',
  'lines"',
  '102,Globex CRM rollout,contractsent,$45000,12/15/2026,Sam Lee,Globex,Sales Pipeline,,',
  '103,Initech support,closedwon,9000,31/12/2026,Sam Lee,Initech,Sales Pipeline,USD,',
  '104,Hooli pilot,appointmentscheduled,,,,Hooli,Sales Pipeline,,',
].join('\r\n') + '\r\n';

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('CRM CSV import, end to end in Chromium', () => {
  it('previews a HubSpot export without writing, then imports only the good rows and names the bad one', async () => {
    const page = await browser.openOptions('data');
    const input = page.locator('input[type=file][data-handoff="import"]');
    await input.setInputFiles(write('hubspot-deals.csv', HUBSPOT_CSV));

    const preview = page.locator('[data-handoff-options="csv-preview"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    expect(await preview.locator('[data-handoff-options="csv-source"]').textContent()).toContain('HubSpot');
    const bad = preview.locator('[data-handoff-options="csv-bad"] li');
    expect(await bad.count()).toBe(1);
    expect(await bad.first().getAttribute('data-line')).toBe('5');
    expect(await bad.first().textContent()).toMatch(/Line 5:.*bad date "31\/12\/2026"/);
    expect(await preview.locator('[data-handoff-options="csv-good"] tbody tr').count()).toBe(3);
    expect(await preview.locator('[data-handoff-options="csv-good"]').textContent()).toContain('Globex CRM rollout');
    expect(await preview.locator('[data-handoff-options="csv-unknown-columns"]').textContent()).toContain('Internal notes');
    // Nothing written before the user confirms.
    expect(await browser.send<unknown[]>(page, 'deals.list', {})).toHaveLength(0);

    const confirm = preview.locator('[data-handoff-options="csv-confirm"]');
    expect(await confirm.textContent()).toBe('Import 3 good deals');
    await confirm.click();

    const result = page.locator('[data-handoff="import-result"]');
    await expect.poll(() => result.getAttribute('data-state')).toBe('ok');
    const text = (await result.textContent()) ?? '';
    expect(text).toMatch(/added\D*3/i);
    expect(text).toContain('1 row not imported');
    expect(text).toMatch(/Line 5:.*bad date/);
    expect(await page.locator('[data-handoff-options="csv-preview"]').count()).toBe(0);

    const deals = await browser.send<Array<{ id: string; stage: string; signedOn: string | null; value: unknown }>>(page, 'deals.list', {});
    expect(deals.map((d) => d.id).sort()).toEqual(['hubspot-101', 'hubspot-102', 'hubspot-104']);
    const acme = deals.find((d) => d.id === 'hubspot-101')!;
    expect(acme).toMatchObject({ stage: 'signed', signedOn: '2026-11-02', value: { amount: 180000, currency: 'USD' } });
    await page.close();
  });

  it('writes nothing on Cancel, and refuses a file with a wrong delimiter', async () => {
    const page = await browser.openOptions('data');
    const before = (await browser.send<unknown[]>(page, 'deals.list', {})).length;
    const input = page.locator('input[type=file][data-handoff="import"]');

    await input.setInputFiles(write('more.csv', 'Record ID,Deal Name,Deal Stage\n201,Umbrella,closedwon\n'));
    const preview = page.locator('[data-handoff-options="csv-preview"]');
    await expect.poll(() => preview.isVisible()).toBe(true);
    await preview.locator('[data-handoff-options="csv-cancel"]').click();
    await expect.poll(() => preview.count()).toBe(0);
    expect(await browser.send<unknown[]>(page, 'deals.list', {})).toHaveLength(before);

    await input.setInputFiles(write('pipes.csv', 'Record ID|Deal Name|Deal Stage\n301|Soylent|closedwon\n'));
    const result = page.locator('[data-handoff="import-result"]');
    await expect.poll(() => result.getAttribute('data-state')).toBe('error');
    expect(await result.textContent()).toContain('reads as one column');
    expect(await browser.send<unknown[]>(page, 'deals.list', {})).toHaveLength(before);
    await page.close();
  });
});
