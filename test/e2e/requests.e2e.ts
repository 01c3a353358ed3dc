import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seededBrowser } from '../support/seeded-browser';

/** `YYYY-MM-DD` of the local day `days` from now (the page counts days in its local zone). */
function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

const TERM_DUE = dayFromNow(10);
const TERM_TEXT = 'Go-live sign-off by the customer or the second invoice slips';
const DANA_SUMMARY = 'E2E: finish the SOW, "draft 2" before signature';
const MARCO_SUMMARY = 'E2E: quote for the Globex phase 3 estimate';

const env = seededBrowser();
beforeAll(async () => {
  const { browser, options: setup } = env;
  await browser.send(setup, 'deals.save', {
    create: true,
    deal: {
      id: 'e2e-soon',
      name: 'Umbrella analytics pilot',
      account: 'Umbrella Inc',
      stage: 'signed',
      signedOn: dayFromNow(-20),
      owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      value: null,
      billing: null,
      specialTerms: [{ id: 't-soon', text: TERM_TEXT, dueOn: TERM_DUE, remindDaysBefore: 14 }],
      deliverables: [],
      stakeholders: [],
      links: { domains: ['umbrella.example'], gmailThreads: [], jira: [], asana: [] },
      notes: '',
      updatedAt: new Date().toISOString(),
    },
  });
  const now = Date.now();
  await browser.send(setup, 'requests.save', {
    request: {
      id: 'e2e-dana',
      loggedAt: new Date(now - 60_000).toISOString(),
      from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
      dealId: 'acme-platform',
      label: 'pre-contract-work',
      summary: DANA_SUMMARY,
      source: { kind: 'manual', url: null },
      status: 'open',
      note: '',
    },
  });
  await browser.send(setup, 'requests.save', {
    request: {
      id: 'e2e-marco',
      loggedAt: new Date(now).toISOString(),
      from: { name: 'Marco Bianchi', email: 'marco.bianchi@northwind.io' },
      dealId: 'globex-crm',
      label: 'estimate-request',
      summary: MARCO_SUMMARY,
      source: { kind: 'manual', url: null },
      status: 'open',
      note: '',
    },
  });
});

const rows = (page: Page) => page.locator('[data-handoff-options="requests-table"] tbody tr');

describe('requests view and weekly sync', () => {
  it('opens at #requests, filters by rep and exports the filtered rows as CSV', async () => {
    const page = await env.browser.openOptions('requests');
    const section = page.locator('section#requests');
    await rows(page).first().waitFor({ timeout: 10_000 });
    // #requests brings the section to the top of the window.
    await expect.poll(() => section.evaluate((el) => Math.round(el.getBoundingClientRect().top)), { timeout: 5_000 }).toBeLessThan(40);
    expect(await page.locator('nav a[href="#requests"]').textContent()).toBe('Requests');
    expect(await page.locator('nav a[href="#weekly-sync"]').textContent()).toBe('Weekly sync');

    expect(await rows(page).count()).toBe(3); // the sample's request and the two logged here
    await section.locator('[data-handoff-options="requests-filter-sender"]').selectOption('marco.bianchi@northwind.io');
    await expect.poll(() => rows(page).count()).toBe(1);
    expect(await rows(page).first().textContent()).toContain(MARCO_SUMMARY);

    await section.locator('[data-handoff-options="requests-filter-sender"]').selectOption('dana.ruiz@northwind.io');
    await expect.poll(() => rows(page).count()).toBe(2);
    expect(await section.locator('svg[role=img] title').first().textContent()).toBe('Requests per Sales rep and label');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.locator('[data-handoff-options="requests-export"]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^handoff-requests-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('id,loggedAt,fromName,fromEmail,deal,label,status,summary,note,sourceKind,sourceUrl');
    expect(text).toContain(',"E2E: finish the SOW, ""draft 2"" before signature",');
    expect(text).not.toContain(MARCO_SUMMARY);
    expect(lines.filter(Boolean)).toHaveLength(3);
    await page.close();
  });

  it('changes a status in place', async () => {
    const page = await env.browser.openOptions('requests');
    const row = page.locator('[data-handoff-options="requests-table"] tr[data-request-id="e2e-marco"]');
    await row.locator('select[data-field="status"]').selectOption('accepted');
    await expect
      .poll(async () => (await env.browser.send<Array<{ id: string; status: string }>>(page, 'requests.list', {})).find((r) => r.id === 'e2e-marco')?.status)
      .toBe('accepted');
    await page.close();
  });

  it('writes the weekly Markdown with the logged request and the special term due in 10 days, and copies it', async () => {
    const page = await env.browser.openOptions('weekly-sync');
    const area = page.locator('textarea[data-handoff-options="weekly-markdown"]');
    await area.waitFor({ timeout: 10_000 });
    const md = await area.inputValue();
    expect(md).toContain(DANA_SUMMARY);
    expect(md).toContain('### Umbrella analytics pilot (Umbrella Inc)');
    expect(md).toContain(`(${TERM_DUE}), 10 days left: ${TERM_TEXT}`);
    // The sample's Acme special term is due 2027-01-15: in the agenda only within 30 days of it.
    const acmeDue = Math.round((Date.parse('2027-01-15T00:00:00Z') - Date.parse(`${dayFromNow(0)}T00:00:00Z`)) / 86_400_000);
    expect(md.includes('Phase 1 must be live by 2027-01-15')).toBe(acmeDue >= 0 && acmeDue <= 30);

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => {});
    await page.locator('[data-handoff-options="weekly-copy"]').click();
    const status = page.locator('[data-handoff-options="weekly-copy-status"]');
    await expect.poll(() => status.textContent()).toMatch(/Copied|Could not copy/);
    if ((await status.textContent()) === 'Copied') {
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md);
    }
    await page.close();
  });
});
