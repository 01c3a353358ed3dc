import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';
import { playwrightDriver } from '../support/playwright-driver';
import { gmailLogJourney, gmailSidebarJourney, INBOX, SOW_THREAD } from '../journeys/gmail.journey';

const STATUS_THREAD = `${INBOX}/FMfcgzQXPoIuYtReWqAsDfGhJkLmNbVc`; // Marco (Sales) asks for a status update

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });

// Inside the sidebar's closed shadow root: read from the content script's world (test/support/handoff-view.ts).
const sidebar = (page: Page) => page.locator('[data-handoff="sidebar"]');
const DEAL_NAME = '[data-handoff-field="deal-name"]';
const FLAG = '[data-handoff="flag"]';
const PANEL = '[data-handoff-panel]';
const view = (page: Page) => handoffView(page);
const dealName = async (page: Page) => (await view(page)).text(DEAL_NAME);
const flagAttr = async (page: Page, name: string) => (await view(page)).attr(FLAG, name);
const panelAttr = async (page: Page, name: string) => (await view(page)).attr(PANEL, name);
const press = async (page: Page, selector: string) => (await view(page)).click(selector);

describe('Gmail', () => {
  // Shared with Firefox (test/journeys).
  it(gmailSidebarJourney.name, () => gmailSidebarJourney.run(playwrightDriver(env.browser)));
  it(gmailLogJourney.name, () => gmailLogJourney.run(playwrightDriver(env.browser)));

  it('redirects: drafts the polite reply in Gmail’s reply box and logs the request as redirected', async () => {
    const gmail = await env.browser.open(SOW_THREAD);
    await press(gmail, `${FLAG} >> [data-handoff-action="redirect"]`);
    const box = gmail.locator('div[role="textbox"][aria-label="Message Body"]');
    await expect.poll(() => box.textContent(), { timeout: 5_000 }).toContain('Hi Dana');
    expect(await box.textContent()).toMatch(/Sales/);
    const requests = await env.browser.send<Array<{ id: string; status: string }>>(env.options, 'requests.list', {});
    expect(requests.find((r) => r.id === 'gmail-18c2f0a9b3d4e5f6')?.status).toBe('redirected');
    await gmail.close();
  });

  it('remembers "Not a request" across a reload', async () => {
    const gmail = await env.browser.open(STATUS_THREAD);
    await expect.poll(() => flagAttr(gmail, 'data-label'), { timeout: 10_000 }).toBe('status-request');
    await press(gmail, `${FLAG} >> [data-handoff-action="dismiss"]`);
    await expect.poll(() => flagAttr(gmail, 'data-status')).toBe('dismissed');
    await gmail.reload();
    await expect.poll(() => flagAttr(gmail, 'data-status'), { timeout: 10_000 }).toBe('dismissed');
    expect(await env.browser.send(env.options, 'flags.stats', {})).toMatchObject({ dismissed: 1 });
    await gmail.close();
  });

  it('says it could not read a thread whose markup does not match, and Gmail keeps working', async () => {
    const gmail = await env.browser.context.newPage();
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
    await expect.poll(() => panelAttr(gmail, 'data-state'), { timeout: 10_000 }).toBe('unreadable');
    expect(await gmail.locator('.a3s').first().textContent()).toContain('Statement of Work');
    expect(errors).toEqual([]);
    await gmail.close();
  });
});

describe('Gmail, other layouts and hostile mail', () => {
  it('follows the preview pane and the dark theme, leaves with the thread, and remembers a collapsed sidebar', async () => {
    const gmail = await env.browser.context.newPage();
    await gmail.addInitScript(() => {
      (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = { previewPane: true, theme: 'dark' };
    });
    await gmail.goto(SOW_THREAD);
    await expect.poll(() => dealName(gmail), { timeout: 10_000 }).toBe('Acme data platform rollout');
    expect(await gmail.locator('.Bu .hP').count()).toBeGreaterThan(0);
    expect(await sidebar(gmail).getAttribute('data-theme')).toBe('dark');

    await press(gmail, '[data-handoff-action="collapse"]');
    await expect.poll(() => panelAttr(gmail, 'data-collapsed')).toBe('true');
    await gmail.reload();
    await expect.poll(() => panelAttr(gmail, 'data-collapsed'), { timeout: 10_000 }).toBe('true');
    await press(gmail, '[data-handoff-action="expand"]');
    await expect.poll(() => panelAttr(gmail, 'data-collapsed')).not.toBe('true');

    await gmail.evaluate(() => (location.hash = '#inbox'));
    await expect.poll(() => sidebar(gmail).count()).toBe(0);
    await gmail.close();
  });

  it('shows hostile subjects, names and bodies as text, runs nothing, and classifies a 1 MB body', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>\u202Egnp.exe';
    const gmail = await env.browser.context.newPage();
    const dialogs: string[] = [];
    gmail.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await gmail.addInitScript(
      ([hostile, big]) => {
        (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
          threads: [
            {
              token: 'FMfcgzQXHostileThreadTokenAbCdEf', legacyId: '18c2f0a9b3d4e5f6', subject: `SOW ${hostile}`, labels: ['Inbox'], category: 'primary',
              messages: [{
                id: '18c2f0a9b3d4e5f6', from: { name: `Dana ${hostile}`, email: 'dana.ruiz@northwind.io' },
                to: [{ name: 'Sam Lee', email: 'sam.lee@northwind.io' }], cc: [{ name: 'Lee', email: 'lee.park@acme.com' }], date: '2026-11-19T14:02:00Z',
                body: ['Hi Sam,', `Could you finish the SOW before they sign? ${hostile} <a href="javascript:alert(1)">click</a>`, big, 'Dana'],
              }],
            },
          ],
        };
      },
      [hostile, 'lorem ipsum dolor sit amet '.repeat(40_000)] as const,
    );
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox/FMfcgzQXHostileThreadTokenAbCdEf');
    await expect.poll(() => flagAttr(gmail, 'data-label'), { timeout: 15_000 }).toBe('pre-contract-work');
    expect(await (await view(gmail)).count(`${FLAG} >> img, script, a[href^="javascript"]`)).toBe(0);
    expect(await (await view(gmail)).count('[data-handoff="sidebar"] >> img, script')).toBe(0);
    expect(await gmail.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await gmail.close();
  });
});
