import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { handoffView } from '../support/handoff-view';
import { seededBrowser } from '../support/seeded-browser';
import { confirmJiraSite } from '../support/jira-site';

/**
 * Issue 14, Jira: badges on every list that shows keys (backlog, issue
 * navigator, an epic's children, timeline), a board-card badge that never
 * opens the card's new-tab key link, and the backlog's detail view as a
 * side panel. The replica carries the structure of real Jira Cloud
 * (test/fixtures/real/jira-*.html).
 */
const SITE = 'https://acme.atlassian.net';
const NW_BACKLOG = `${SITE}/jira/software/c/projects/NW/boards/1/backlog`;
const NW_BOARD = `${SITE}/jira/software/c/projects/NW/boards/1`;
const ACME = 'Acme data platform rollout';
const PANEL = '[data-testid="software-backlog.detail-view.issue-wrapper.backlog-issue"]';
const TITLE = '[data-testid="issue.views.issue-base.foundation.summary.heading"]';
const NW_KEYS = ['NW-1', 'NW-2', 'NW-3', 'NW-4', 'NW-5', 'NW-6', 'NW-7', 'NW-8', 'NW-9', 'NW-10', 'NW-11', 'NW-12'];

const badges = (scope: Page | ReturnType<Page['locator']>) => scope.locator('[data-handoff="badge"]');
const dealName = async (page: Page) => (await handoffView(page)).text('[data-handoff-field="deal-name"]');
/** Each badge as "KEY level", with the key its preceding sibling (the row's key link) names. */
const rowBadges = (page: Page) =>
  badges(page).evaluateAll((all) =>
    all.filter((b) => b.getAttribute('data-place') === 'row').map((b) => {
      const link = b.previousElementSibling;
      const own = link?.localName === 'a' ? link.getAttribute('href')?.replace('/browse/', '') : 'not after a link';
      return `${own} ${b.getAttribute('data-issue-key')} ${b.getAttribute('data-level')} ${b.closest('a') ? 'inside a link' : ''}`.trim();
    }),
  );
const expected = (keys: string[], level: string) => keys.map((k) => `${k} ${k} ${level}`);

/** `jira.badges` messages in the service worker: the number of keys each asked for. */
async function spyOnBadgeMessages(b: ExtensionBrowser): Promise<() => Promise<number[]>> {
  const worker = b.worker();
  if (!worker) throw new Error('no service worker');
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __rowCalls?: number[]; __rowSpy?: boolean; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } } };
    g.__rowCalls = [];
    if (g.__rowSpy) return;
    g.__rowSpy = true;
    g.chrome.runtime.onMessage.addListener((m) => {
      const msg = m as { type?: string; payload?: { issueKeys?: string[] } };
      if (msg?.type === 'jira.badges') g.__rowCalls!.push(msg.payload?.issueKeys?.length ?? 0);
    });
  });
  return () => worker.evaluate(() => (globalThis as unknown as { __rowCalls: number[] }).__rowCalls);
}

const env = seededBrowser();

describe('Jira lists and the backlog side panel (issue 14)', () => {
  beforeAll(async () => {
    const page = await env.browser.open(`${SITE}/browse/NW-3`);
    await confirmJiraSite(page);
    await page.close();
  });

  it('backlog: every row of a linked issue gets a badge after its key, from one batched lookup', async () => {
    const calls = await spyOnBadgeMessages(env.browser);
    const page = await env.browser.open(NW_BACKLOG);
    await expect.poll(() => rowBadges(page), { timeout: 10_000 }).toEqual(expected(NW_KEYS, 'danger'));
    expect(await calls()).toEqual([12]);
    await page.close();
  });

  it('issue navigator: levels per deal, none for an unlinked project, one lookup for the page', async () => {
    const calls = await spyOnBadgeMessages(env.browser);
    const page = await env.browser.open(`${SITE}/issues/?jql=order+by+created+DESC`);
    await expect.poll(() => page.locator('tr[data-testid="native-issue-table.ui.issue-row"]').count(), { timeout: 10_000 }).toBe(16);
    await expect.poll(() => rowBadges(page), { timeout: 10_000 }).toEqual([
      ...expected([...NW_KEYS, 'NW-900'], 'danger'), ...expected(['OPS-17'], 'danger'), ...expected(['OPS-18'], 'info'),
    ]);
    expect(await calls()).toEqual([16]);
    await page.close();
  });

  it('an epic’s children get badges beside the epic’s own title badge', async () => {
    const page = await env.browser.open(`${SITE}/browse/NW-900`);
    await expect.poll(() => rowBadges(page), { timeout: 10_000 }).toEqual(expected(['NW-2', 'NW-3', 'NW-4'], 'danger'));
    expect(await page.locator(TITLE).evaluate((h) => h.nextElementSibling?.getAttribute('data-issue-key'))).toBe('NW-900');
    await page.close();
  });

  it('timeline: project and plan timelines badge their rows (the key is only in a new-tab link)', async () => {
    const page = await env.browser.open(`${SITE}/jira/software/c/projects/OPS/timeline`);
    await expect.poll(() => rowBadges(page), { timeout: 10_000 }).toEqual([...expected(['OPS-17'], 'danger'), ...expected(['OPS-18'], 'info')]);
    await page.goto(`${SITE}/jira/plans/7/scenarios/173/timeline?vid=311`);
    await expect.poll(() => badges(page).count(), { timeout: 10_000 }).toBe(15);
    await page.close();
  });

  // The sidebar read `selectedIssue` from the URL before issue 14 too: this test guards the
  // side panel in the replica; the breadcrumb fallback (no key in the URL) is unit-tested on the fixture.
  it('backlog: the detail view is a side panel (no dialog); the sidebar shows its deal and its title gets a badge', async () => {
    const page = await env.browser.open(NW_BACKLOG);
    await page.locator('[data-testid="software-backlog.card-list.card.card-contents.card-container"]').nth(4).locator('.css-s').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selectedIssue')).toBe('NW-5');
    await expect.poll(() => page.locator(`${PANEL} ${TITLE}`).textContent(), { timeout: 10_000 }).toBe('Data migration: export historical records');
    expect(await page.locator('[role="dialog"]').count()).toBe(0);
    await expect.poll(() => dealName(page), { timeout: 10_000 }).toBe(ACME);
    await expect.poll(() => badges(page.locator(PANEL)).first().getAttribute('data-place'), { timeout: 10_000 }).toBe('title');
    expect(await badges(page.locator(PANEL)).first().getAttribute('data-issue-key')).toBe('NW-5');
    // Another row: the panel and the sidebar follow.
    await page.locator('[data-testid="software-backlog.card-list.card.card-contents.card-container"]').nth(6).locator('.css-s').click();
    await expect.poll(() => page.locator(`${PANEL} ${TITLE}`).textContent(), { timeout: 10_000 }).toBe('SSO integration with Acme Okta');
    await expect.poll(() => badges(page.locator(PANEL)).first().getAttribute('data-issue-key'), { timeout: 10_000 }).toBe('NW-7');
    await page.close();
  });
  it('a board card’s badge opens the card in place, no new tab, and the sidebar opens on it with focus', async () => {
    // The user keeps the sidebar collapsed.
    const issue = await env.browser.open(`${SITE}/browse/NW-1`);
    const view0 = await handoffView(issue);
    await view0.click('[data-handoff-action="collapse"]', { timeout: 10_000 });
    await expect.poll(() => view0.attr('[data-handoff-panel]', 'data-collapsed')).toBe('true');
    await issue.close();

    const page = await env.browser.open(NW_BOARD);
    const opened: string[] = [];
    env.browser.context.on('page', (p) => opened.push(p.url()));
    page.on('popup', (p) => opened.push(p.url()));
    const badge = page.locator('#card-NW-7 [data-handoff="badge"]');
    await expect.poll(() => badge.getAttribute('data-level'), { timeout: 10_000 }).toBe('danger');
    expect(await badge.evaluate((b) => b.closest('a'))).toBeNull();
    await badge.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('selectedIssue')).toBe('NW-7');
    await expect.poll(() => dealName(page), { timeout: 10_000 }).toBe(ACME);
    const view = await handoffView(page);
    await expect.poll(() => view.attr('[data-handoff-panel]', 'data-collapsed')).not.toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-handoff'))).toBe('sidebar');
    await page.waitForTimeout(500);
    expect(opened).toEqual([]);
    expect(new URL(page.url()).pathname).toBe('/jira/software/c/projects/NW/boards/1');

    // The key link itself does open a new tab, as on Jira: the check above means something.
    await page.keyboard.press('Escape');
    const tab = env.browser.context.waitForEvent('page');
    await page.locator('#card-NW-5 [data-testid="platform-card.common.ui.key.key"] a').click();
    expect((await tab).url()).toBe(`${SITE}/browse/NW-5`);
    await (await tab).close();
    await page.close();
  });

});
