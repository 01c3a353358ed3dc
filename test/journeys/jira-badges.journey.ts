import { expect } from 'vitest';
import type { Driver, Journey } from './driver';

export const JIRA_SITE = 'https://acme.atlassian.net';
const NW_ISSUE = `${JIRA_SITE}/browse/NW-3`; // Acme (negotiation, unsigned) through project NW
const OPS_BOARD = `${JIRA_SITE}/jira/software/c/projects/OPS/boards/2`; // OPS-17: Acme; OPS-18: Initech (signed)
const ZZ_BOARD = `${JIRA_SITE}/jira/software/c/projects/ZZ/boards/3`; // linked to no deal
const CARD = '[data-testid="platform-board-kit.ui.card.card"]';
const TITLE = '[data-testid="issue.views.issue-base.foundation.summary.heading"]';
const MODAL = '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]';
const BADGE = '[data-handoff="badge"]';
const SITE_CONFIRM = '[data-handoff="site-confirm"]';

/**
 * The sample's links are on acme.atlassian.net: the user allows the site
 * once, with a real click on its sidebar's "Show Handoff on …" (issue 13).
 */
export async function allowJiraSite(d: Driver): Promise<void> {
  if ((await d.send<string[]>('jira.sites.list', {})).includes(JIRA_SITE)) return;
  const page = await d.open(NW_ISSUE);
  const view = await page.view();
  await view.click(SITE_CONFIRM, { timeout: 10_000 });
  await view.waitFor(SITE_CONFIRM, { state: 'detached', timeout: 10_000 });
  await page.close();
}

/** Jira boards: a badge per linked card with the deal's level, none for an unlinked project until it is linked. */
export const jiraBadgesJourney: Journey = {
  name: 'Jira: levels per deal, no badge for an unlinked project, and a badge as soon as the project is linked',
  start: { sample: true },
  async run(d) {
    await allowJiraSite(d);
    const page = await d.open(OPS_BOARD);
    await expect.poll(() => page.count(BADGE), { timeout: 10_000 }).toBe(2);
    expect(await page.attr(`#card-OPS-17 ${BADGE}`, 'data-level')).toBe('danger');
    expect(await page.attr(`#card-OPS-18 ${BADGE}`, 'data-level')).toBe('info');
    // The badge's words are inside its closed shadow root: the content script's world.
    expect(await (await page.view()).text(`#card-OPS-18 ${BADGE} >> .label`)).toBe('Deal');

    await page.goto(ZZ_BOARD);
    await expect.poll(() => page.count(CARD), { timeout: 10_000 }).toBe(1);
    await page.wait(500);
    expect(await page.count(BADGE)).toBe(0);
    await page.click('#card-ZZ-1');
    await expect.poll(() => page.count(`${MODAL} ${TITLE}`)).toBe(1);
    await page.wait(300);
    expect(await page.count(BADGE)).toBe(0);

    // Linking the project elsewhere repaints the open board (lib/sync), no reload.
    await d.send('link.add', { dealId: 'initech-support', kind: 'jira', value: 'ZZ', site: JIRA_SITE });
    await expect.poll(() => page.attr(`#card-ZZ-1 ${BADGE}`, 'data-level'), { timeout: 10_000 }).toBe('info');
    await expect.poll(() => page.count(`${MODAL} ${BADGE}`)).toBe(1);
    await page.close();
  },
};
