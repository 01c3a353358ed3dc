import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';

// Gmail as real pages have it (lib/sites/HOSTS.md, "Seen on real saved pages";
// test/fixtures/real/gmail-*.html): a compose window in the hash, collapsed
// messages, a German UI. The replica carries that markup (test/replicas/README.md).
const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
const SOW_THREAD = `${INBOX}/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd`; // Dana (Sales) asks Sam to finish the SOW, cc lee.park@acme.com
const DEAL_NAME = '[data-handoff-field="deal-name"]';
const FLAG = '[data-handoff="flag"]';

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });
const dealName = async (page: Page) => (await handoffView(page)).text(DEAL_NAME);

async function openWith(data: object, url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.addInitScript((d) => {
    (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = d;
  }, data);
  await page.goto(url);
  return page;
}

describe('Gmail, real-page markup', () => {
  it('a thread opened with ?compose=new shows the deal, and the sidebar stays mounted as compose opens and closes', async () => {
    const gmail = await env.browser.open(`${SOW_THREAD}?compose=new`);
    await expect.poll(() => dealName(gmail), { timeout: 10_000 }).toBe('Acme data platform rollout');
    expect(await gmail.locator('[role="dialog"] [g_editable="true"]').count()).toBe(1);
    // Page world: note the sidebar's host element and any removal of it.
    await gmail.evaluate(() => {
      const host = document.querySelector('[data-handoff="sidebar"]') as Element & { __kept?: boolean };
      host.__kept = true;
      const w = window as unknown as { __removed: number };
      w.__removed = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n === host) w.__removed++;
      }).observe(document.documentElement, { childList: true, subtree: true });
    });
    await gmail.evaluate(() => (location.hash = location.hash.split('?')[0]!));
    await expect.poll(() => gmail.locator('[role="dialog"]').count()).toBe(0);
    await gmail.evaluate(() => (location.hash += '?compose=new'));
    await expect.poll(() => gmail.locator('[role="dialog"]').count()).toBe(1);
    await gmail.waitForTimeout(500);
    const kept = await gmail.evaluate(() => {
      const host = document.querySelector('[data-handoff="sidebar"]') as (Element & { __kept?: boolean }) | null;
      return { same: host?.__kept === true, removed: (window as unknown as { __removed: number }).__removed };
    });
    expect(kept).toEqual({ same: true, removed: 0 });
    expect(await dealName(gmail)).toBe('Acme data platform rollout');
    await gmail.close();
  });

  it('links a thread to the deal when the customer wrote only in a collapsed message', async () => {
    const token = 'FMfcgzQXCollapsedCustomerThreadAbCd';
    const gmail = await openWith({
      threads: [{
        token, legacyId: '18c4a0b1c2d3e4f5', subject: 'Pilot timeline', labels: ['Inbox'], category: 'primary', unread: false,
        messages: [
          { id: '18c4a0b1c2d3e4f5', collapsed: true, from: { name: 'Lee Park', email: 'lee.park@acme.com' }, to: [{ name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }], cc: [], date: '2026-11-18T09:00:00Z', body: ['When does the pilot start?'] },
          { id: '18c4a0b1c2d3e4f6', from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, to: [{ name: 'Sam Lee', email: 'sam.lee@northwind.io' }], cc: [], date: '2026-11-19T10:00:00Z', body: ['Sam, can you answer Lee below about the pilot dates?', 'Dana'] },
        ],
      }],
    }, `${INBOX}/${token}`);
    await expect.poll(() => dealName(gmail), { timeout: 10_000 }).toBe('Acme data platform rollout');
    // The customer is on the page only in the collapsed message: no body, no div.adn.
    expect(await gmail.locator('div.kv[role="listitem"] div.adf.ads span.gD[email="lee.park@acme.com"]').count()).toBe(1);
    expect(await gmail.locator('div.adn.ads [email="lee.park@acme.com"]').count()).toBe(0);
    await gmail.close();
  });

  it('in a German Gmail UI, Redirect fills the reply box (aria-label "Nachrichtentext")', async () => {
    const gmail = await openWith({ lang: 'de' }, SOW_THREAD);
    expect(await gmail.locator('span.ams.bkH').textContent()).toBe('Antworten');
    expect(await gmail.locator('[aria-label="Reply"], [aria-label="Message Body"]').count()).toBe(0);
    await (await handoffView(gmail)).click(`${FLAG} >> [data-handoff-action="redirect"]`, { timeout: 10_000 });
    const box = gmail.locator('div[role="textbox"][aria-label="Nachrichtentext"]');
    await expect.poll(() => box.textContent(), { timeout: 5_000 }).toContain('Hi Dana');
    expect(await box.textContent()).toMatch(/Sales/);
    await gmail.close();
  });
});
