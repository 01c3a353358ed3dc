import type { Locator, Page } from 'playwright-core';
import { handoffView } from './handoff-view';

export const SITE_CONFIRM = '[data-handoff="site-confirm"]';

/**
 * Presses the Jira sidebar's "Show Handoff on …" button as a user does:
 * a real mouse click at the button's box (Handoff ignores synthetic
 * clicks), then waits for the button to go.
 */
export async function confirmJiraSite(page: Page): Promise<void> {
  const view = await handoffView(page);
  await view.click(SITE_CONFIRM, { timeout: 10_000 });
  await view.waitFor(SITE_CONFIRM, { state: 'detached', timeout: 10_000 });
}

/** A real mouse click at the middle of an element's box (light DOM: extension pages), scrolled into view first. */
export async function realClick(page: Page, target: Locator): Promise<void> {
  await target.waitFor({ timeout: 10_000 });
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error('the element to click has no box');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
