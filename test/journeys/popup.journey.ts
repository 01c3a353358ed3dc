import { expect } from 'vitest';
import type { Journey } from './driver';
import { SOW_THREAD } from './gmail.journey';

const FORM = 'form[data-handoff="quick-log"]';

/** The toolbar popup over a Gmail thread: prefilled, logged with Enter, and every view agrees. */
export const popupQuickLogJourney: Journey = {
  name: 'popup: opens prefilled from a Gmail thread and logs the request with Enter; the sidebar log and the popup list agree',
  start: { sample: true, ownEmail: 'sam.lee@northwind.io' },
  async run(d) {
    const gmail = await d.open(SOW_THREAD);
    // The flag is inside the sidebar's closed shadow root: the content script's world.
    const view = await gmail.view();
    await view.waitFor('[data-handoff="sidebar"] >> [data-handoff="flag"]', { timeout: 10_000 });
    const popup = await d.openPopupOver(gmail);
    await expect.poll(() => popup.value(`${FORM} [data-field="from.email"]`), { timeout: 5_000 }).toBe('dana.ruiz@northwind.io');
    expect(await popup.value(`${FORM} [data-field="label"]`)).toBe('pre-contract-work');
    expect(await popup.value(`${FORM} [data-field="dealId"]`)).toBe('acme-platform');
    expect(await popup.value(`${FORM} [data-field="summary"]`)).not.toBe('');

    await popup.press(`${FORM} [data-field="summary"]`, 'Enter');
    await expect.poll(() => popup.attr('[data-handoff="request-list"] li[data-request-id]', 'data-request-id')).toBe('gmail-18c2f0a9b3d4e5f6');
    // The sidebar hears that its message was logged.
    await expect.poll(() => view.attr('[data-handoff="flag"]', 'data-status')).toBe('logged');
    // And the options page's requests view lists it.
    const requests = await d.openOptions('requests');
    await expect.poll(() => requests.count('[data-handoff-options="requests-table"] tr[data-request-id="gmail-18c2f0a9b3d4e5f6"]')).toBe(1);
    await requests.close();
    await popup.close();
    await gmail.close();
  },
};
