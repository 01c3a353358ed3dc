import { describe, expect, it } from 'vitest';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';

const SOW_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd';

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });

describe('popup', () => {
  it('opens prefilled from a Gmail thread and logs the request with Enter; the sidebar log and the popup list agree', async () => {
    const gmail = await env.browser.open(SOW_THREAD);
    // The flag is inside the sidebar's closed shadow root (test/support/handoff-view.ts).
    const view = await handoffView(gmail);
    await view.waitFor('[data-handoff="sidebar"] >> [data-handoff="flag"]', { timeout: 10_000 });
    const popup = await env.browser.openPopupOver(gmail);
    const form = popup.locator('form[data-handoff="quick-log"]');
    await expect.poll(() => form.locator('[data-field="from.email"]').inputValue(), { timeout: 5_000 }).toBe('dana.ruiz@northwind.io');
    expect(await form.locator('[data-field="label"]').inputValue()).toBe('pre-contract-work');
    expect(await form.locator('[data-field="dealId"]').inputValue()).toBe('acme-platform');
    expect(await form.locator('[data-field="summary"]').inputValue()).not.toBe('');

    await form.locator('[data-field="summary"]').press('Enter');
    const list = popup.locator('[data-handoff="request-list"]');
    await expect.poll(() => list.locator('li[data-request-id]').first().getAttribute('data-request-id')).toBe('gmail-18c2f0a9b3d4e5f6');
    // The sidebar hears that its message was logged.
    await expect.poll(() => view.attr('[data-handoff="flag"]', 'data-status')).toBe('logged');
    // And the options page's requests view lists it.
    const requests = await env.browser.openOptions('requests');
    await expect.poll(() => requests.locator('[data-handoff-options="requests-table"] tr[data-request-id="gmail-18c2f0a9b3d4e5f6"]').count()).toBe(1);
    await requests.close();
    await popup.close();
    await gmail.close();
  });

  it('opens blank over a page without Handoff, and lists requests newest first with their status changeable', async () => {
    const popup = await env.browser.openPopupOver(null);
    const form = popup.locator('form[data-handoff="quick-log"]');
    await form.locator('[data-field="from.email"]').fill('marco.bianchi@northwind.io');
    await form.locator('[data-field="summary"]').fill('Asked for a quote sheet for Initech phase 3');
    await form.locator('[data-field="summary"]').press('Enter');
    const rows = popup.locator('[data-handoff="request-list"] li[data-request-id]');
    await expect.poll(() => rows.first().textContent()).toContain('quote sheet');
    await rows.first().locator('select').selectOption('declined');
    await expect.poll(async () => (await env.browser.send<Array<{ summary: string; status: string }>>(env.options, 'requests.list', { limit: 1 }))[0]?.status).toBe('declined');
    await popup.close();
  });
});
