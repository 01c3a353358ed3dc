import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';
import { playwrightDriver } from '../support/playwright-driver';
import { ASANA_PILOT as PILOT, ASANA_PROJECT as ACME, asanaSidebarJourney } from '../journeys/asana.journey';

const WS = '1200000000000001';
const MIGRATION = '1208812345679002'; // due Jan 20, 2027, after the phase 1 term (Jan 15)
const INTERNAL = '1208899999999999';
const INTERNAL_TASK = '1208899999990001';

const env = seededBrowser();

// Inside the sidebar's closed shadow root: the content script's world (test/support/handoff-view.ts).
const state = async (page: Page) => (await handoffView(page)).attr('[data-handoff="sidebar"] >> [data-handoff-panel]', 'data-state');
const dealName = async (page: Page) => (await handoffView(page)).text('[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]');
const alerts = async (page: Page) => (await handoffView(page)).texts('[data-handoff="sidebar"] >> [data-handoff-field="alert"]');

describe('Asana', () => {
  // Shared with Firefox (test/journeys).
  it(asanaSidebarJourney.name, () => asanaSidebarJourney.run(playwrightDriver(env.browser)));

  it('shows the task of a pane opened over a URL that names no task, from its data-task-id, and goes with the pane', async () => {
    const asana = await env.browser.open(`https://app.asana.com/1/${WS}/project/${ACME}/list?pane=${PILOT}`);
    await expect.poll(() => dealName(asana), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await expect.poll(() => alerts(asana)).toEqual(expect.arrayContaining([expect.stringContaining('10 days after “Pilot dashboard” was promised')]));
    const close = (await asana.locator('.CloseTaskPaneButton').boundingBox())!;
    await asana.mouse.click(close.x + close.width / 2, close.y + close.height / 2);
    await expect.poll(() => asana.locator('[data-handoff="sidebar"]').count()).toBe(0);
    expect(asana.url()).toContain('?pane=');
    await asana.close();
  });

  it('follows navigation between a linked and an unlinked task, and checks each due date', async () => {
    const asana = await env.browser.open(`https://app.asana.com/1/${WS}/project/${ACME}/task/${PILOT}`);
    await expect.poll(() => dealName(asana), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await asana.locator('.SpreadsheetRow .SpreadsheetTaskName', { hasText: 'Data migration' }).click();
    await expect.poll(() => asana.url()).toContain(`/task/${MIGRATION}`);
    await expect.poll(() => alerts(asana)).toEqual(expect.arrayContaining([expect.stringContaining('5 days after the special term')]));

    await asana.evaluate((url) => {
      history.pushState({}, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, `/1/${WS}/project/${INTERNAL}/task/${INTERNAL_TASK}`);
    await expect.poll(() => state(asana), { timeout: 10_000 }).toBe('unlinked');
    await asana.goBack();
    await expect.poll(() => state(asana), { timeout: 10_000 }).toBe('linked');
    await asana.close();
  });

  it('mounts nothing on a page that is no task, and says so when the task pane is missing', async () => {
    const home = await env.browser.open('https://app.asana.com/0/home/1200000000000001');
    await home.waitForTimeout(500);
    expect(await home.locator('[data-handoff="sidebar"]').count()).toBe(0);
    await home.close();

    const broken = await env.browser.context.newPage();
    await broken.addInitScript(() => {
      // An Asana release that renamed the pane and dropped its label: the
      // selector and its fallbacks all miss.
      const rename = () => {
        for (const el of document.querySelectorAll('.TaskPane, [aria-label="Task details"]')) {
          el.classList.replace('TaskPane', 'TaskPane2');
          el.removeAttribute('aria-label');
        }
      };
      new MutationObserver(rename).observe(document, { childList: true, subtree: true });
    });
    await broken.goto(`https://app.asana.com/0/${ACME}/${PILOT}`);
    await expect.poll(() => state(broken), { timeout: 10_000 }).toBe('unreadable');
    await broken.close();
  });
});
