import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { sampleBackupText } from '../support/sample';

const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const SOW_THREAD = `${INBOX}/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd`; // Dana (Sales) asks Sam to finish the SOW
const CUSTOMER_THREAD = `${INBOX}/FMfcgzQXKbTrVwPmLsDnGhJkZxCvBqWe`; // Lee Park (Acme) asks a delivery question
const STATUS_THREAD = `${INBOX}/FMfcgzQXPoIuYtReWqAsDfGhJkLmNbVc`; // Marco (Sales) asks for a status update

let browser: ExtensionBrowser;
let options: Page;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  options = await browser.openOptions();
  await browser.seed(options, sampleBackupText());
  await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io' } });
});
afterAll(async () => {
  await browser?.close();
});

const sidebar = (page: Page) => page.locator('[data-handoff="sidebar"]');
const dealName = (page: Page) => sidebar(page).locator('[data-handoff-field="deal-name"]');
const flag = (page: Page) => sidebar(page).locator('[data-handoff="flag"]');

describe('Gmail', () => {
  it('shows the deal beside an opened thread, follows thread switches, and flags only the Sales ask', async () => {
    const gmail = await browser.open(INBOX);
    await gmail.locator('tr.zA').first().waitFor();
    expect(await sidebar(gmail).count()).toBe(0);

    await gmail.locator('tr.zA', { hasText: 'Acme SOW' }).click();
    await expect.poll(() => dealName(gmail).textContent(), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await expect.poll(() => flag(gmail).getAttribute('data-label'), { timeout: 10_000 }).toBe('pre-contract-work');
    expect(await flag(gmail).locator('mark').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/statement of work|sow/i)]));

    await gmail.evaluate((url) => (location.href = url), CUSTOMER_THREAD);
    await expect.poll(() => gmail.locator('h2.hP').textContent()).toContain('data export');
    await expect.poll(() => dealName(gmail).textContent()).toBe('Acme data platform rollout');
    // The customer's question is no Sales request: no flag once it was inspected.
    await gmail.waitForTimeout(500);
    expect(await flag(gmail).count()).toBe(0);
    await gmail.close();
  });

  it('logs a flagged request in one click and marks its row in the inbox', async () => {
    const gmail = await browser.open(SOW_THREAD);
    await flag(gmail).locator('[data-handoff-action="log"]').click();
    await expect.poll(() => flag(gmail).getAttribute('data-status')).toBe('logged');
    const requests = await browser.send<Array<{ id: string; label: string; dealId: string; from: { email: string }; source: { url: string } }>>(options, 'requests.list', {});
    expect(requests[0]).toMatchObject({ label: 'pre-contract-work', dealId: 'acme-platform', from: { email: 'dana.ruiz@northwind.io' } });
    expect(requests[0]!.source.url).toContain('mail.google.com');

    await gmail.evaluate(() => (location.hash = '#inbox'));
    const row = gmail.locator('tr.zA', { hasText: 'Acme SOW' });
    await expect.poll(() => row.locator('[data-handoff="row-flag"]').getAttribute('data-status')).toBe('logged');
    await gmail.close();
  });

  it('redirects: drafts the polite reply in Gmail’s reply box and logs the request as redirected', async () => {
    const gmail = await browser.open(SOW_THREAD);
    await flag(gmail).locator('[data-handoff-action="redirect"]').click();
    const box = gmail.locator('div[role="textbox"][aria-label="Message Body"]');
    await expect.poll(() => box.textContent(), { timeout: 5_000 }).toContain('Hi Dana');
    expect(await box.textContent()).toMatch(/Sales/);
    const requests = await browser.send<Array<{ id: string; status: string }>>(options, 'requests.list', {});
    expect(requests.find((r) => r.id === 'gmail-18c2f0a9b3d4e5f6')?.status).toBe('redirected');
    await gmail.close();
  });

  it('remembers "Not a request" across a reload', async () => {
    const gmail = await browser.open(STATUS_THREAD);
    await expect.poll(() => flag(gmail).getAttribute('data-label'), { timeout: 10_000 }).toBe('status-request');
    await flag(gmail).locator('[data-handoff-action="dismiss"]').click();
    await expect.poll(() => flag(gmail).getAttribute('data-status')).toBe('dismissed');
    await gmail.reload();
    await expect.poll(() => flag(gmail).getAttribute('data-status'), { timeout: 10_000 }).toBe('dismissed');
    expect(await browser.send(options, 'flags.stats', {})).toMatchObject({ dismissed: 1 });
    await gmail.close();
  });

  it('says it could not read a thread whose markup does not match, and Gmail keeps working', async () => {
    const gmail = await browser.context.newPage();
    await gmail.addInitScript(() => {
      // A Gmail release that renamed the thread's classes.
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver(() => {
          for (const h of document.querySelectorAll('h2.hP')) h.classList.replace('hP', 'hP2');
          for (const h of document.querySelectorAll('.ha')) h.classList.replace('ha', 'ha2');
        }).observe(document.body, { childList: true, subtree: true });
      });
    });
    const errors: string[] = [];
    gmail.on('pageerror', (e) => errors.push(e.message));
    await gmail.goto(SOW_THREAD);
    await expect.poll(() => sidebar(gmail).locator('[data-handoff-panel]').getAttribute('data-state'), { timeout: 10_000 }).toBe('unreadable');
    expect(await gmail.locator('.a3s').first().textContent()).toContain('Statement of Work');
    expect(errors).toEqual([]);
    await gmail.close();
  });
});
