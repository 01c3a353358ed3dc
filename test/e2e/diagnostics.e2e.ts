/**
 * Selector health, visible (issue 14): on a page whose markup broke under
 * one selector and all its fallbacks, the sidebar says plainly what it could
 * not read, and options' Diagnostics lists that selector with a count and
 * the day it was last seen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ASANA } from '@/lib/sites/asana/selectors';
import { GMAIL } from '@/lib/sites/gmail/selectors';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';

const ACME = '1208812345678901'; // project linked to the Acme deal in the sample backup
const PILOT = '1208812345679001'; // due Dec 20, after "Pilot dashboard" was promised (Dec 10): a warning when read
const PILOT_URL = `https://app.asana.com/0/${ACME}/${PILOT}`;
const CUSTOMER_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXKbTrVwPmLsDnGhJkZxCvBqWe'; // Lee Park (Acme)

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });

const NOTICE = '[data-handoff="sidebar"] >> [data-handoff="read-notice"]';
const inSidebar = async (page: Page) => handoffView(page);

/** A host release that dropped the markup `css` matches: every match is removed as it appears. */
async function openBroken(url: string, css: readonly string[]): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.addInitScript((list: string[]) => {
    const strip = () => {
      for (const el of document.querySelectorAll(list.join(', '))) el.remove();
    };
    new MutationObserver(strip).observe(document, { childList: true, subtree: true });
  }, [...css]);
  await page.goto(url);
  return page;
}

async function diagnosticsRow(name: string) {
  const options = env.options;
  await options.reload();
  const row = options.locator(`[data-handoff="diagnostics-list"] tr[data-selector="${name}"]`);
  await row.waitFor({ timeout: 10_000 });
  return {
    count: await row.locator('[data-field="count"]').textContent(),
    lastSeen: await row.locator('[data-field="last-seen"]').textContent(),
    site: await row.locator('[data-field="site"]').textContent(),
    css: await row.locator('[data-field="css"]').textContent(),
    today: await options.evaluate(() => new Date().toLocaleDateString('sv')),
  };
}

describe('selector health', () => {
  it('Asana without its due-date field: the sidebar says due-date warnings are off, Diagnostics counts the miss once per page view', async () => {
    const asana = await openBroken(PILOT_URL, ASANA.dueDateField.css);
    const view = await inSidebar(asana);
    await expect.poll(() => view.text(NOTICE), { timeout: 10_000 }).toContain("could not read this task's due date: due-date warnings are off");
    expect(await view.attr(NOTICE, 'data-selector')).toBe('asana.dueDateField');
    // What it could still work out stays: the task's deal, from the URL. No guessed due-date warning.
    expect(await view.text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]')).toBe('Acme data platform rollout');
    expect(await view.texts('[data-handoff="sidebar"] >> [data-handoff-field="alert"]')).not.toEqual(
      expect.arrayContaining([expect.stringContaining('after “Pilot dashboard” was promised')]),
    );

    const first = await diagnosticsRow('asana.dueDateField');
    expect(first).toMatchObject({ count: '1', site: 'Asana' });
    expect(first.lastSeen).toBe(first.today);
    expect(first.css).toContain(ASANA.dueDateField.css[0]);

    // A second page view counts once more; the same view never twice.
    await asana.reload();
    await expect.poll(async () => (await inSidebar(asana)).count(NOTICE), { timeout: 10_000 }).toBe(1);
    await asana.waitForTimeout(1000);
    expect((await diagnosticsRow('asana.dueDateField')).count).toBe('2');
    await asana.close();

    // A healthy task page counts nothing and shows no notice.
    const healthy = await env.browser.open(PILOT_URL);
    await expect.poll(async () => (await inSidebar(healthy)).texts('[data-handoff="sidebar"] >> [data-handoff-field="alert"]'), { timeout: 10_000 }).toEqual(
      expect.arrayContaining([expect.stringContaining('after “Pilot dashboard” was promised')]),
    );
    await healthy.waitForTimeout(3500);
    expect(await (await inSidebar(healthy)).count(NOTICE)).toBe(0);
    expect((await diagnosticsRow('asana.dueDateField')).count).toBe('2');
    await healthy.close();
  });

  it('Gmail without senders and recipients: the sidebar says it cannot find the deal; Clear empties Diagnostics', async () => {
    const gmail = await openBroken(CUSTOMER_THREAD, [...GMAIL.sender.css, ...GMAIL.recipients.css]);
    const view = await inSidebar(gmail);
    await expect.poll(() => view.text(NOTICE), { timeout: 10_000 }).toContain("could not read this thread's participants, so it cannot find the deal");
    expect(await view.attr(NOTICE, 'data-selector')).toBe('gmail.sender');
    const row = await diagnosticsRow('gmail.sender');
    expect(row).toMatchObject({ count: '1', site: 'Gmail' });
    expect(row.lastSeen).toBe(row.today);
    await gmail.close();

    const options = env.options;
    await options.locator('[data-handoff="diagnostics-clear"]').click();
    await options.locator('[data-handoff="diagnostics-empty"]').waitFor();
    expect(await options.locator('[data-handoff="diagnostics-list"]').count()).toBe(0);
  });
});
