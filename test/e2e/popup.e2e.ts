import { describe, expect, it } from 'vitest';
import { playwrightDriver } from '../support/playwright-driver';
import { seededBrowser } from '../support/seeded-browser';
import { popupQuickLogJourney } from '../journeys/popup.journey';

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });

describe('popup', () => {
  // Shared with Firefox (test/journeys).
  it(popupQuickLogJourney.name, () => popupQuickLogJourney.run(playwrightDriver(env.browser)));

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
