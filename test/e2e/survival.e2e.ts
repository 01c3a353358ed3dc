import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { benchBackup } from '../bench/generate';
import { ExtensionBrowser } from '../support/browser';

let browser: ExtensionBrowser;
let page: Page;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  page = await browser.openOptions();
});
afterAll(async () => {
  await browser?.close();
});

type Outcome = { acked: boolean; reply?: { ok: boolean; data?: { ok?: boolean } }; error?: string };

/** Sends a message without waiting; the outcome lands in `globalThis[slot]`. */
async function sendLater(slot: string, type: string, payloadExpr: string): Promise<void> {
  // The expression ends in undefined: evaluate must not wait for the reply.
  await page.evaluate(`globalThis.${slot} = { acked: false, pending: true };
    chrome.runtime.sendMessage({ handoff: 1, type: ${JSON.stringify(type)}, payload: ${payloadExpr} })
      .then((reply) => (globalThis.${slot} = { acked: !!reply && reply.ok, reply }), (e) => (globalThis.${slot} = { acked: false, error: String(e) }));
    undefined`);
}

describe('the worker stopped mid-write (MV3 kills idle workers; DevTools protocol here)', () => {
  it('leaves a 5,000-deal import whole or absent, never half, and keeps every acknowledged one', async () => {
    await page.evaluate((t) => ((globalThis as unknown as { bigImport: string }).bigImport = t), JSON.stringify(benchBackup(5000)));
    const seen: Array<{ delayMs: number; acked: boolean; stored: number }> = [];
    for (const delayMs of [30, 120, 250, 500, 900]) {
      await browser.send(page, 'data.deleteAll', { confirm: 'delete all data' });
      await sendLater('importOutcome', 'backup.import', `{ text: globalThis.bigImport, fileName: 'big.json' }`);
      await page.waitForTimeout(delayMs);
      await browser.markWorker();
      await browser.stopServiceWorker(page);
      const outcome = (await page.evaluate('globalThis.importOutcome')) as Outcome;
      const stored = (await browser.send<unknown[]>(page, 'deals.list', {})).length;
      expect(await browser.isWorkerMarked()).toBe(false); // a fresh worker answered
      seen.push({ delayMs, acked: outcome.acked && !!outcome.reply?.data?.ok, stored });
      expect([0, 5000]).toContain(stored);
      if (outcome.acked && outcome.reply?.data?.ok) expect(stored).toBe(5000);
    }
    // The stops must have hit both sides: some imports cut off, some done.
    console.log('import stops', JSON.stringify(seen));
    expect(seen.some((s) => s.stored === 0)).toBe(true);
    expect(seen.some((s) => s.stored === 5000)).toBe(true);
  });

  it('keeps a request that was acknowledged, and never stores half of one', async () => {
    await browser.send(page, 'backup.import', { text: JSON.stringify(benchBackup(50)), fileName: 'small.json' });
    for (let i = 0; i < 6; i++) {
      const id = `stop-${i}`;
      await sendLater('logOutcome', 'requests.save', JSON.stringify({
        request: {
          id, loggedAt: new Date().toISOString(), from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' }, dealId: 'deal-1',
          label: 'pre-contract-work', summary: `interrupted ${i}`, source: { kind: 'manual', url: null }, status: 'open', note: '',
        },
      }));
      await page.waitForTimeout(i * 4);
      await browser.stopServiceWorker(page);
      const outcome = (await page.evaluate('globalThis.logOutcome')) as Outcome;
      const stored = (await browser.send<Array<{ id: string; summary: string }>>(page, 'requests.list', {})).find((r) => r.id === id);
      if (outcome.acked) expect(stored).toBeDefined();
      if (stored) expect(stored.summary).toBe(`interrupted ${i}`);
    }
  });
});

describe('the whole browser killed mid-import (a crash)', () => {
  it('restarts with the import whole or absent', async () => {
    let crashy = await ExtensionBrowser.launch();
    try {
      const results: number[] = [];
      for (const delayMs of [60, 300]) {
        let p = await crashy.openOptions();
        await crashy.send(p, 'data.deleteAll', { confirm: 'delete all data' });
        await p.evaluate((t) => ((globalThis as unknown as { bigImport: string }).bigImport = t), JSON.stringify(benchBackup(5000)));
        await p.evaluate(`chrome.runtime.sendMessage({ handoff: 1, type: 'backup.import', payload: { text: globalThis.bigImport, fileName: 'big.json' } }); undefined`);
        await p.waitForTimeout(delayMs);
        crashy = await crashy.crashAndRestart();
        p = await crashy.openOptions();
        const stored = (await crashy.send<unknown[]>(p, 'deals.list', {})).length;
        expect([0, 5000]).toContain(stored);
        results.push(stored);
      }
      console.log('crash mid-import', JSON.stringify(results));
    } finally {
      await crashy.close();
    }
  });
});
