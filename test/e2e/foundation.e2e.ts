import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { confirmJiraSite } from '../support/jira-site';
import { SAMPLE_BACKUP_PATH, sampleBackupText } from '../support/sample';
import { fileURLToPath } from 'node:url';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
});
afterAll(async () => {
  await browser?.close();
});

// Inside the sidebar's closed shadow root: the content script's world (test/support/handoff-view.ts).
const dealName = async (page: Page) => (await handoffView(page)).text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]');

describe('foundation, end to end in Chromium', () => {
  it('loads the extension with content scripts on the real host URLs only', async () => {
    const page = await browser.openOptions();
    const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): unknown } } }).chrome.runtime.getManifest());
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
    await page.close();
  });

  it('imports a backup through the options page, and refuses a bad one naming record and field', async () => {
    const page = await browser.openOptions('data');
    const input = page.locator('input[type=file][data-handoff="import"]');
    const dir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
    const bad = JSON.parse(sampleBackupText());
    bad.deals[2].stage = 'won';
    writeFileSync(join(dir, 'bad-backup.json'), JSON.stringify(bad));
    await input.setInputFiles(join(dir, 'bad-backup.json'));
    const result = page.locator('[data-handoff="import-result"]');
    await expect.poll(() => result.textContent()).toContain('deals[2] (id "initech-support"), field "stage"');
    expect(await browser.send<unknown[]>(page, 'deals.list', {})).toHaveLength(0);

    await input.setInputFiles(fileURLToPath(SAMPLE_BACKUP_PATH));
    await expect.poll(() => result.textContent()).toMatch(/added\D*9/i);
    expect(await browser.send<unknown[]>(page, 'deals.list', {})).toHaveLength(3);
    await page.close();
  });

  it('shows an edit made in the options page in an already-open replica tab, without reload', async () => {
    const jira = await browser.open('https://acme.atlassian.net/browse/NW-1');
    await confirmJiraSite(jira);
    await expect.poll(() => dealName(jira), { timeout: 10_000 }).toBe('Acme data platform rollout');
    let navigations = 0;
    jira.on('framenavigated', () => navigations++);

    const options = await browser.openOptions('deals/acme-platform');
    const editor = options.locator('[data-handoff-options="deal-editor"]');
    await editor.locator('[data-field="name"]').fill('Acme platform, phase 1');
    // Validated as typed: a bad currency disables Save and says why.
    await editor.locator('[data-field="value.currency"]').fill('dollars');
    await expect.poll(() => editor.locator('[data-handoff-options="save-deal"]').isDisabled()).toBe(true);
    await expect.poll(() => editor.textContent()).toContain('3-letter currency code');
    await editor.locator('[data-field="value.currency"]').fill('USD');
    const started = Date.now();
    await editor.locator('[data-handoff-options="save-deal"]').click();
    await expect.poll(() => dealName(jira), { timeout: 1_000, interval: 50 }).toBe('Acme platform, phase 1');
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(navigations).toBe(0);
    await jira.close();
    await options.close();
  });

  it('loses no acknowledged write when the service worker is stopped between writes, and tabs follow the new worker', async () => {
    const options = await browser.openOptions();
    const asana = await browser.open('https://app.asana.com/0/1208812345678901/1208812345679001');
    await expect.poll(() => dealName(asana), { timeout: 10_000 }).toContain('Acme');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = `sw-${i}`;
      await browser.send(options, 'requests.save', {
        request: {
          id, loggedAt: new Date().toISOString(), from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, dealId: 'acme-platform',
          label: 'pre-contract-work', summary: `write ${i}`, source: { kind: 'manual', url: null }, status: 'open', note: '',
        },
      });
      ids.push(id);
      await browser.markWorker();
      await browser.stopServiceWorker(options);
      expect(await browser.send(options, 'ping', {})).toMatchObject({ version: expect.any(String) });
      // A fresh worker answered, not the one that acknowledged the write.
      expect(await browser.isWorkerMarked()).toBe(false);
    }
    const stored = await browser.send<Array<{ id: string }>>(options, 'requests.list', {});
    expect(stored.map((r) => r.id)).toEqual(expect.arrayContaining(ids));

    // The open tab hears a change made through the restarted worker.
    const deal = await browser.send<Record<string, unknown>>(options, 'deals.get', { id: 'acme-platform' });
    await browser.send(options, 'deals.save', { deal: { ...deal, name: 'Acme after restart' } });
    await expect.poll(() => dealName(asana), { timeout: 2_000 }).toBe('Acme after restart');
    await asana.close();
    await options.close();
  });
});
