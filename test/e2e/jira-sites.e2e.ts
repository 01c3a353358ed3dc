import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { handoffView } from '../support/handoff-view';
import { confirmJiraSite, realClick, SITE_CONFIRM } from '../support/jira-site';
import { sampleBackup } from '../support/sample';
import { seededBrowser } from '../support/seeded-browser';

/**
 * Issue 13: a Jira key means nothing without its site. Any `*.atlassian.net`
 * host is served by the same Jira replica (test/replicas), so
 * evil.atlassian.net shows the very keys of the sample's acme.atlassian.net.
 */
const ACME = 'https://acme.atlassian.net';
const EVIL = 'https://evil.atlassian.net';
const DEAL_NAMES = sampleBackup().deals.map((d) => d.name);

const view = (page: Page) => handoffView(page);
const dealName = async (page: Page) => (await view(page)).text('[data-handoff-field="deal-name"]');
/** Everything the sidebar shows as text, read inside its closed root from the content script's world. */
const sidebarText = async (page: Page) => (await (await view(page)).text('[data-handoff="sidebar"] >> [data-handoff-panel]')) ?? '';
const badgeLevels = (page: Page) => page.locator('[data-handoff="badge"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-level') ?? 'none'));
/** Waits for the site-confirm button inside the sidebar. */
const confirmButton = async (page: Page) => (await view(page)).waitFor(SITE_CONFIRM, { timeout: 10_000 });

/** No deal name anywhere in the page (its DOM, the sidebar's text, the popup's description) and no badge with a level. */
async function expectNothingOfTheUsers(page: Page, where: string): Promise<void> {
  const text = `${await page.evaluate(() => document.documentElement.outerHTML)}\n${await sidebarText(page)}`;
  for (const name of DEAL_NAMES) expect(text, `${where}: shows "${name}"`).not.toContain(name);
  expect((await badgeLevels(page)).filter((l) => l !== 'none'), `${where}: badges`).toEqual([]);
}

const env = seededBrowser();

describe('Jira sites (issue 13)', () => {
  it('evil.atlassian.net with the same keys shows nothing of the user’s data, only the confirm button for itself', async () => {
    const page = await env.browser.open(`${EVIL}/browse/OPS-17`);
    await confirmButton(page);
    expect((await (await view(page)).text(SITE_CONFIRM))?.trim()).toBe('Show Handoff on evil.atlassian.net');
    await page.waitForTimeout(800);
    await expectNothingOfTheUsers(page, 'evil issue');
    expect(await (await view(page)).count('[data-handoff-field="deal-name"]')).toBe(0);

    // A script clicking the button (synthetic, untrusted) allows nothing.
    await (await view(page)).evaluate((sel, deep) => (deep.all(sel)[0] as HTMLElement).click(), SITE_CONFIRM);
    await page.waitForTimeout(500);
    expect(await env.browser.send(env.options, 'jira.sites.list', {})).toEqual([]);

    await page.goto(`${EVIL}/jira/software/c/projects/NW/boards/1`);
    await expect.poll(() => page.locator('[data-testid="platform-board-kit.ui.card.card"]').count(), { timeout: 10_000 }).toBe(12);
    await page.waitForTimeout(800);
    await expectNothingOfTheUsers(page, 'evil board');
    await page.close();
  });

  it('on the real site the user confirms once, then the deal shows; evil stays dark; removing the site in options hides Handoff again', async () => {
    const acme = await env.browser.open(`${ACME}/browse/OPS-17`);
    await confirmButton(acme);
    await expectNothingOfTheUsers(acme, 'acme before confirm');
    await confirmJiraSite(acme);
    await expect.poll(() => dealName(acme), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await expect.poll(() => badgeLevels(acme), { timeout: 10_000 }).toEqual(['danger']);

    const evil = await env.browser.open(`${EVIL}/browse/OPS-17`);
    await confirmButton(evil);
    await evil.waitForTimeout(800);
    await expectNothingOfTheUsers(evil, 'evil after acme was allowed');
    await evil.close();

    const options = await env.browser.openOptions('settings');
    const panel = options.locator('[data-handoff-options="jira-allowed-sites"]');
    const item = panel.locator(`li[data-site="${ACME}"]`);
    await item.waitFor({ timeout: 10_000 });
    expect(await panel.locator('li[data-site]').count()).toBe(1);
    const remove = item.locator('[data-handoff-options="jira-allowed-site-remove"]');
    await realClick(options, remove);
    await panel.locator('[data-handoff-options="jira-allowed-sites-empty"]').waitFor({ timeout: 10_000 });

    // The open tab follows the change (lib/sync): the deal goes, the button comes back.
    await confirmButton(acme);
    await expect.poll(() => badgeLevels(acme), { timeout: 10_000 }).toEqual([]);
    await acme.reload();
    await confirmButton(acme);
    await acme.waitForTimeout(800);
    await expectNothingOfTheUsers(acme, 'acme after removal');
    await acme.close();
    await options.close();
  });
});
