import { expect } from 'vitest';
import type { Journey } from './driver';

export const INBOX = 'https://mail.google.com/mail/u/0/#inbox';
export const SOW_THREAD = `${INBOX}/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd`; // Dana (Sales) asks Sam to finish the SOW
const CUSTOMER_THREAD = `${INBOX}/FMfcgzQXKbTrVwPmLsDnGhJkZxCvBqWe`; // Lee Park (Acme) asks a delivery question
const SIDEBAR = '[data-handoff="sidebar"]';
const DEAL_NAME = '[data-handoff-field="deal-name"]';
const FLAG = '[data-handoff="flag"]';
const OWN_EMAIL = 'sam.lee@northwind.io';

/** The Gmail sidebar: the thread's deal, the pre-contract flag with its phrases, none for a customer's question. */
export const gmailSidebarJourney: Journey = {
  name: 'Gmail: shows the deal beside an opened thread, follows thread switches, and flags only the Sales ask',
  start: { sample: true, ownEmail: OWN_EMAIL },
  async run(d) {
    const gmail = await d.open(INBOX);
    await gmail.waitFor('tr.zA');
    expect(await gmail.count(SIDEBAR)).toBe(0);

    await gmail.click('tr.zA', { hasText: 'Acme SOW' });
    // Inside the sidebar's closed shadow root: read from the content script's world.
    const view = await gmail.view();
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 10_000 }).toBe('Acme data platform rollout');
    await expect.poll(() => view.attr(FLAG, 'data-label'), { timeout: 10_000 }).toBe('pre-contract-work');
    expect(await view.texts(`${FLAG} >> mark`)).toEqual(expect.arrayContaining([expect.stringMatching(/statement of work|sow/i)]));

    await gmail.evaluate((url) => void (location.href = url), CUSTOMER_THREAD);
    await expect.poll(() => gmail.text('h2.hP')).toContain('data export');
    await expect.poll(() => view.text(DEAL_NAME)).toBe('Acme data platform rollout');
    // The customer's question is no Sales request: no flag once it was inspected.
    await gmail.wait(500);
    expect(await view.count(FLAG)).toBe(0);
    await gmail.close();
  },
};

/** Log: one click stores the request against the deal, and the inbox row carries the mark. */
export const gmailLogJourney: Journey = {
  name: 'Gmail: logs a flagged request in one click and marks its row in the inbox',
  start: { sample: true, ownEmail: OWN_EMAIL },
  async run(d) {
    const gmail = await d.open(SOW_THREAD);
    const view = await gmail.view();
    await view.click(`${FLAG} >> [data-handoff-action="log"]`);
    await expect.poll(() => view.attr(FLAG, 'data-status')).toBe('logged');
    const requests = await d.send<Array<{ label: string; dealId: string; from: { email: string }; source: { url: string } }>>('requests.list', {});
    expect(requests[0]).toMatchObject({ label: 'pre-contract-work', dealId: 'acme-platform', from: { email: 'dana.ruiz@northwind.io' } });
    expect(requests[0]!.source.url).toContain('mail.google.com');

    await gmail.evaluate(() => void (location.hash = '#inbox'));
    const rowStatus = () =>
      gmail.evaluate(() =>
        [...document.querySelectorAll('tr.zA')].find((r) => r.textContent?.includes('Acme SOW'))?.querySelector('[data-handoff="row-flag"]')?.getAttribute('data-status') ?? null,
      );
    await expect.poll(rowStatus).toBe('logged');
    await gmail.close();
  },
};
