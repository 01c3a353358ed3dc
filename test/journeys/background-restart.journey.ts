import { expect } from 'vitest';
import { ASANA_PILOT, ASANA_PROJECT } from './asana.journey';
import type { Journey } from './driver';

const DEAL_NAME = '[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]';

/**
 * The background is stopped between writes as the browser stops it when
 * idle (Chrome's service worker, Firefox's event page): every acknowledged
 * write is kept, the next message wakes a fresh instance, and an open tab
 * hears a change made through it.
 */
export const backgroundRestartJourney: Journey = {
  name: 'loses no acknowledged write when the background is stopped between writes, and tabs follow the new one',
  start: { sample: true },
  async run(d) {
    const asana = await d.open(`https://app.asana.com/0/${ASANA_PROJECT}/${ASANA_PILOT}`);
    const view = await asana.view();
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 10_000 }).toContain('Acme');
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = `sw-${i}`;
      await d.send('requests.save', {
        request: {
          id, loggedAt: new Date().toISOString(), from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, dealId: 'acme-platform',
          label: 'pre-contract-work', summary: `write ${i}`, source: { kind: 'manual', url: null }, status: 'open', note: '',
        },
      });
      ids.push(id);
      await d.markBackground();
      await d.stopBackground();
      expect(await d.send('ping', {})).toMatchObject({ version: expect.any(String) });
      // A fresh background answered, not the one that acknowledged the write.
      expect(await d.isBackgroundMarked()).toBe(false);
    }
    const stored = await d.send<Array<{ id: string }>>('requests.list', {});
    expect(stored.map((r) => r.id)).toEqual(expect.arrayContaining(ids));

    // The open tab hears a change made through the restarted background.
    const deal = await d.send<Record<string, unknown>>('deals.get', { id: 'acme-platform' });
    await d.send('deals.save', { deal: { ...deal, name: 'Acme after restart' } });
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 2_000 }).toBe('Acme after restart');
    await asana.close();
  },
};
