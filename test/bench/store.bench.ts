import { ExtensionBrowser } from '../support/browser';
import { benchBackup } from './generate';
import { median, type BenchRow, type BenchSuite } from './types';

const DEALS = 10_000;
const IMPORT_RUNS = 5;
const LOOKUPS = 300;

/**
 * Store figures in the real thing: the built extension in Chromium, its
 * IndexedDB, measured from an extension page through the message protocol
 * (what the options page and content scripts pay).
 */
export const suite: BenchSuite = {
  name: 'store',
  async run(): Promise<BenchRow[]> {
    const browser = await ExtensionBrowser.launch();
    try {
      const page = await browser.openOptions();
      const text = JSON.stringify(benchBackup(DEALS));
      const importMs: number[] = [];
      for (let run = 0; run < IMPORT_RUNS; run++) {
        await browser.send(page, 'data.deleteAll', { confirm: 'delete all data' });
        importMs.push(
          await page.evaluate(async (text) => {
            const t0 = performance.now();
            const reply = (await chrome.runtime.sendMessage({ handoff: 1, type: 'backup.import', payload: { text, fileName: 'bench.json' } })) as { ok: boolean; data: { ok: boolean } };
            if (!reply.ok || !reply.data.ok) throw new Error(`import failed: ${JSON.stringify(reply).slice(0, 300)}`);
            return performance.now() - t0;
          }, text),
        );
      }
      const lookupMs = await page.evaluate(
        async ({ n, lookups }) => {
          const out: number[] = [];
          for (let i = 0; i < lookups; i++) {
            const k = (i * 7919) % n;
            const contexts = [
              { kind: 'gmail', threadId: null, participants: [`lee@customer${k}.com`, 'dana.ruiz@northwind.io'] },
              { kind: 'jira', issueKey: `C${k}-12`, projectKey: null },
              { kind: 'asana', taskGid: '1', projectGid: `${1208800000000000 + k}` },
            ];
            const context = contexts[i % 3];
            const t0 = performance.now();
            const reply = (await chrome.runtime.sendMessage({ handoff: 1, type: 'link.resolve', payload: { context } })) as { ok: boolean; data: { link: { deal: { id: string } } | null } };
            out.push(performance.now() - t0);
            if (!reply.ok || reply.data.link?.deal.id !== `deal-${k}`) throw new Error(`lookup ${i} found ${JSON.stringify(reply).slice(0, 200)}`);
          }
          return out;
        },
        { n: DEALS, lookups: LOOKUPS },
      );
      return [
        { suite: 'store', name: `import ${DEALS.toLocaleString('en')} deals (one file, Chromium IndexedDB)`, median: median(importMs), unit: 'ms', budget: 2000 },
        { suite: 'store', name: `deal lookup by link, ${DEALS.toLocaleString('en')} stored (message round trip)`, median: median(lookupMs), unit: 'ms', budget: 2 },
      ];
    } finally {
      await browser.close();
    }
  },
};

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
