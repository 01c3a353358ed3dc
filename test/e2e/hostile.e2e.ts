import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { confirmJiraSite } from '../support/jira-site';
import { allProbes, BIG, cases, count, countMix, hostileBackup, hostileCsv, MIX, mixProbes, PAYLOADS, shortProbes } from '../support/hostile/payloads';
import { parseCsv } from '../support/csv';
import { sampleBackup } from '../support/sample';
import { expectInert, guard, problems } from '../support/hostile/inert';

/**
 * Hostile content (issue 9, item 1): deal fields, people, requests, CSV
 * cells and the three hosts' own texts carry HTML, script, `javascript:`
 * links, CSS, bidi overrides, 1 MB strings and spreadsheet formulas. Nothing
 * may run (no dialog, no page or console error, `window.__pwned` unset, no
 * injected element in Handoff's UI), everything shows as text, and the
 * requests CSV export defuses formulas.
 */

// ---------------------------------------------------------------- the run

let browser: ExtensionBrowser;
let dir: string;
let options: Page;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  browser.context.on('weberror', (e) => problems.push(`weberror: ${e.error().message.slice(0, 300)}`));
  dir = mkdtempSync(join(tmpdir(), 'handoff-hostile-'));
}, 60_000);
afterAll(async () => {
  const total = [...cases.values()].reduce((a, b) => a + b, 0);
  console.log(
    `hostile content: ${total} cases\n${[...cases.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => `  ${c.padEnd(16)} ${n}`)
      .join('\n')}`,
  );
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('hostile content', () => {
  it('imports a hostile backup and a hostile CRM CSV through the options page, showing the CSV preview as text', async () => {
    options = guard(await browser.openOptions('data'), 'options');
    const input = options.locator('input[type=file][data-handoff="import"]');
    await input.setInputFiles(write('hostile-backup.json', JSON.stringify(hostileBackup())));
    const result = options.locator('[data-handoff="import-result"]');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    expect(await result.textContent()).toMatch(/added/i);

    await input.setInputFiles(write('hostile-deals.csv', hostileCsv()));
    const preview = options.locator('[data-handoff-options="csv-preview"]');
    await expect.poll(() => preview.isVisible(), { timeout: 30_000 }).toBe(true);
    await expectInert(options, 'options, CSV preview', '[data-handoff-options="csv-preview"]', shortProbes);
    await preview.locator('[data-handoff-options="csv-confirm"]').click();
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const deals = await browser.send<Array<{ id: string; name: string }>>(options, 'deals.list', {});
    for (const [k, p] of PAYLOADS.entries()) {
      expect(deals.find((d) => d.id === `hubspot-${9000 + k}`)?.name, `CSV row ${k}`).toBe(p.text);
      expect(deals.find((d) => d.id === `hostile-${k}`)?.name, `backup deal ${k}`).toBe(p.text);
    }
    await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });
  }, 300_000);

  it('refuses a hostile link value where the schema has a pattern', async () => {
    const bad = sampleBackup() as unknown as { deals: Array<{ id: string; links: { domains: string[] } }> };
    bad.deals = [{ ...bad.deals[0]!, id: 'hostile-link' }];
    bad.deals[0]!.links = { ...bad.deals[0]!.links, domains: [`javascript:window.__pwned='link'`] };
    count('javascript-link');
    const outcome = await browser.seed(options, JSON.stringify(bad)).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    const ids = (await browser.send<Array<{ id: string }>>(options, 'deals.list', {})).map((d) => d.id);
    expect(ids, `outcome: ${outcome}`).not.toContain('hostile-link');
  });

  it('shows the deals list, the deal editor, people, requests and the weekly sync as text', async () => {
    const page = guard(await browser.openOptions('deals'), 'options');
    await page.locator('tr[data-deal-id="acme-platform"]').waitFor({ timeout: 20_000 });
    await expectInert(page, 'options, all views', null, allProbes);
    // The same as Playwright sees it.
    expect(await page.getByText('<img src=x onerror=').first().isVisible()).toBe(true);

    await page.locator('tr[data-deal-id="acme-platform"] button.link-button').click();
    const editor = page.locator('[data-handoff-options="deal-editor"]');
    await editor.waitFor({ timeout: 10_000 });
    await expectInert(page, 'options, Acme deal editor', '[data-handoff-options="deal-editor"]', [...mixProbes, BIG.slice(0, 80)]);
    await page.close();
    // A per-payload deal in its own editor, one per attack class (each
    // editor load renders the whole page and carries the 1 MB values here from the worker).
    const firstOfClass = new Set<string>();
    for (const [k, p] of PAYLOADS.entries()) {
      if (firstOfClass.has(p.cls) || !['html-img', 'script', 'javascript-link', 'big-1mb'].includes(p.cls)) continue;
      firstOfClass.add(p.cls);
      const one = guard(await browser.openOptions(`deals/hostile-${k}`), `options, editor of hostile-${k}`);
      await one.locator('[data-handoff-options="deal-editor"]').waitFor({ timeout: 30_000 });
      await expectInert(one, `options, editor of hostile-${k} (${p.cls})`, '[data-handoff-options="deal-editor"]', [p.probe]);
      await one.close();
    }
  }, 300_000);

  it('exports the requests CSV with every formula defused', async () => {
    const page = guard(await browser.openOptions('requests'), 'options, requests');
    const section = page.locator('section#requests');
    await page.locator('[data-handoff-options="requests-table"] tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), section.locator('[data-handoff-options="requests-export"]').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    expect(header).toContain('summary');
    const cells = rows.flat();
    const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(risky, 'cells a spreadsheet would read as a formula').toEqual([]);
    for (const p of PAYLOADS.filter((q) => q.cls === 'formula')) {
      count('formula', 3); // from.name, summary, note
      expect(cells).toContain(`'${p.text}`);
    }
    await expectInert(page, 'options, requests', null, shortProbes);
    await page.close();
  }, 120_000);

  it('Gmail: hostile subject, names and body beside a hostile deal; the popup over it', async () => {
    const gmail = guard(await browser.context.newPage(), 'gmail');
    await gmail.addInitScript(
      ([mix, big]) => {
        (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
          threads: [
            {
              token: 'FMfcgzQXHostileThreadTokenAbCdEf', legacyId: '18c2f0a9b3d4e5f6', subject: `SOW ${mix}`, labels: ['Inbox'], category: 'primary', unread: true,
              messages: [{
                id: '18c2f0a9b3d4e5f6', from: { name: `Dana ${mix}`, email: 'dana.ruiz@northwind.io' },
                to: [{ name: `Sam ${mix}`, email: 'sam.lee@northwind.io' }], cc: [{ name: `Lee ${mix}`, email: 'lee.park@acme.com' }], date: '2026-11-19T14:02:00Z',
                body: ['Hi Sam,', `Could you finish the SOW before they sign? ${mix}`, big, 'Dana'],
                quote: [`On Monday Lee ${mix} wrote:`, mix],
              }],
            },
          ],
        };
      },
      [MIX, BIG] as const,
    );
    countMix(6);
    count('big-1mb');
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.locator('tr.zA').first().waitFor();
    await gmail.waitForTimeout(500);
    await expectInert(gmail, 'gmail inbox', null, []);
    await gmail.evaluate(() => (location.hash = '#inbox/FMfcgzQXHostileThreadTokenAbCdEf'));
    const view = await handoffView(gmail); // inside the sidebar's closed root
    await expect.poll(() => view.text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]'), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await gmail.waitForTimeout(1000);
    await expectInert(gmail, 'gmail thread', '[data-handoff]', mixProbes);

    const popup = guard(await browser.openPopupOver(gmail), 'popup');
    const form = popup.locator('form[data-handoff="quick-log"]');
    await expect.poll(() => form.locator('[data-field="from.email"]').inputValue(), { timeout: 10_000 }).toBe('dana.ruiz@northwind.io');
    await popup.locator('[data-handoff="request-list"] li[data-request-id]').first().waitFor({ timeout: 10_000 });
    await expectInert(popup, 'popup', null, ['<img src=x onerror=']);
    await form.locator('[data-field="summary"]').fill(`Logged ${MIX}`);
    countMix(1);
    await form.locator('[data-field="summary"]').press('Enter');
    await expect.poll(() => popup.locator('[data-handoff="request-list"]').textContent(), { timeout: 10_000 }).toContain('Logged <img');
    await expectInert(popup, 'popup after logging', null, mixProbes);
    await popup.close();
    await gmail.close();
  }, 300_000);

  it('Jira: a hostile issue title and people beside the hostile deal', async () => {
    const jira = guard(await browser.context.newPage(), 'jira');
    await jira.addInitScript((mix) => {
      (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
        issues: [
          { key: 'NW-1', summary: `Kickoff ${mix}`, status: 'In Progress', type: 'Story', assignee: `Ava ${mix}`, reporter: `Dana ${mix}`, priority: 'Medium', points: 3, labels: [], description: [mix], comments: [{ author: `Lee ${mix}`, at: '2026-11-19T14:02:00Z', text: mix }] },
          { key: 'NW-2', summary: `=cmd|' /C calc'!A0`, status: 'To Do', type: 'Task', assignee: 'Sam Lee', reporter: 'Dana Ruiz', priority: 'Medium', points: 1, labels: [], description: [], comments: [] },
        ],
      };
    }, MIX);
    countMix(6);
    count('formula');
    await jira.goto('https://acme.atlassian.net/browse/NW-1');
    await confirmJiraSite(jira);
    const view = await handoffView(jira); // inside the sidebar's closed root
    await expect.poll(() => view.text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]'), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await jira.waitForTimeout(1000);
    await expectInert(jira, 'jira issue', '[data-handoff]', mixProbes);
    await jira.goto('https://acme.atlassian.net/jira/software/c/projects/NW/boards/1');
    await jira.locator('[data-testid="platform-board-kit.ui.card.card"]').first().waitFor({ timeout: 10_000 });
    await jira.waitForTimeout(1000);
    await expectInert(jira, 'jira board', '[data-handoff]', []);

    const popup = guard(await browser.openPopupOver(jira), 'popup over jira');
    await popup.locator('form[data-handoff="quick-log"]').waitFor();
    await popup.waitForTimeout(1000);
    await expectInert(popup, 'popup over jira', null, []);
    await popup.close();
    await jira.close();
  }, 300_000);

  it('Asana: a hostile task title beside the hostile deal', async () => {
    const asana = guard(await browser.context.newPage(), 'asana');
    await asana.addInitScript((mix) => {
      (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
        tasks: [
          { gid: '1208812345679001', name: `Pilot ${mix}`, project: '1208812345678901', section: 'Phase 1', assignee: 'Sam Lee', dueIn: 3, completed: false, description: [mix], comments: [{ id: '1208812345680001', author: `Dana ${mix}`, at: '2026-11-19T14:02:00Z', text: mix }] },
          { gid: '1208812345679002', name: '@SUM(1,2)', project: '1208812345678901', section: 'Phase 1', assignee: 'Sam Lee', dueIn: 5, completed: false, description: [], comments: [] },
        ],
      };
    }, MIX);
    countMix(4);
    count('formula');
    await asana.goto('https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001');
    const view = await handoffView(asana); // inside the sidebar's closed root
    await expect.poll(() => view.text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]'), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await asana.waitForTimeout(1000);
    await expectInert(asana, 'asana task', '[data-handoff]', mixProbes);

    const popup = guard(await browser.openPopupOver(asana), 'popup over asana');
    await popup.locator('form[data-handoff="quick-log"]').waitFor();
    await popup.waitForTimeout(1000);
    await expectInert(popup, 'popup over asana', null, []);
    await popup.close();
    await asana.close();
  }, 300_000);
});
