import { ExtensionBrowser } from '../support/browser';
import { sampleBackup } from '../support/sample';
import { benchDeal } from './generate';
import { bigTextEditorRows } from './scale/big-text-editor';
import { openProbedGmail } from './scale/gmail-open';
import { importThroughPage, openProbedOptions, reloadUntilList } from './scale/options-probe';
import { workerHeapBytes } from './scale/worker-heap';
import { median, type BenchRow, type BenchSuite } from './types';

/**
 * Issue 18: what a PM meets at 500, 2,000 and 10,000 deals (a CRM sync
 * brings thousands), warm (the worker running) and cold (stopped first, as
 * Chrome stops an idle worker after 30 s): the Gmail sidebar, the options
 * page's deals list, an import through the options page, and the worker's
 * JS heap. Each figure at 10,000 also says how it grew from 500 (×20 deals).
 * Then the deal editor on a deal with three 1 MB texts (scale/big-text-editor.ts).
 */
/** `SCALE_SIZES=10000` while working on one size (`SCALE_SIZES=` for none: the editor only); the growth column needs 500 and 10,000. */
const SIZES: readonly number[] = process.env.SCALE_SIZES?.split(',').map(Number).filter((n) => n > 0) ?? [500, 2_000, 10_000];
const RUNS = Number(process.env.SCALE_RUNS ?? 5);
const BIG = 10_000;

/** A backup of `n` deals: the sample's three (linked to the replicas' threads, issues and tasks) and n − 3 generated ones. */
function backupText(n: number): string {
  const sample = sampleBackup();
  return JSON.stringify({ ...sample, deals: [...sample.deals, ...Array.from({ length: n - sample.deals.length }, (_, i) => benchDeal(i))] });
}

interface Figures {
  importWarm: number[];
  importCold: number[];
  listWarm: number[];
  listCold: number[];
  sidebarWarm: number[];
  sidebarCold: number[];
  heapKB: number;
}

async function measure(n: number): Promise<Figures> {
  const text = backupText(n);
  const browser = await ExtensionBrowser.launch();
  try {
    const options = await openProbedOptions(browser);
    const f: Figures = { importWarm: [], importCold: [], listWarm: [], listCold: [], sidebarWarm: [], sidebarCold: [], heapKB: 0 };
    for (let run = 0; run < RUNS * 2; run++) {
      const cold = run % 2 === 1;
      await browser.send(options, 'data.deleteAll', { confirm: 'delete all data' });
      // The page reloads its lists after every change: let that settle so the figure is the import's.
      await options.waitForTimeout(1500);
      if (cold) await browser.stopServiceWorker(options);
      (cold ? f.importCold : f.importWarm).push(await importThroughPage(options, `bench-${n}-${run}.json`, text));
      await options.waitForTimeout(1500);
    }
    await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io' } });
    // Warm: the worker running and its cache warmed (one load first, then a pause); cold: stopped before each.
    await reloadUntilList(options);
    await options.waitForTimeout(2000);
    for (let run = 0; run < RUNS; run++) f.listWarm.push(await reloadUntilList(options));
    for (let run = 0; run < RUNS; run++) {
      await options.waitForTimeout(500);
      await browser.stopServiceWorker(options);
      f.listCold.push(await reloadUntilList(options));
    }
    const gmail = await openProbedGmail(browser);
    await gmail.open(false);
    await gmail.page.waitForTimeout(2000);
    for (let run = 0; run < RUNS; run++) f.sidebarWarm.push(await gmail.open(false));
    for (let run = 0; run < RUNS; run++) f.sidebarCold.push(await gmail.open(true));
    // Everything the worker keeps once warm: a Jira board's badges and a filtered list need every deal.
    await browser.send(options, 'link.resolve', { context: { kind: 'asana', taskGid: null, projectGid: '1208812345678901' } });
    await options.reload();
    await options.waitForTimeout(3000);
    f.heapKB = (await workerHeapBytes(browser, options)) / 1024;
    return f;
  } finally {
    await browser.close();
  }
}

export const suite: BenchSuite = {
  name: 'scale',
  async run(): Promise<BenchRow[]> {
    const by = new Map<number, Figures>();
    for (const n of SIZES) {
      process.stderr.write(`bench: scale, ${n} deals…\n`);
      by.set(n, await measure(n));
    }
    const rows: BenchRow[] = [];
    const figure = (name: string, pick: (f: Figures) => number, unit: BenchRow['unit'], budget?: number) => {
      for (const n of SIZES) {
        const value = pick(by.get(n)!);
        const growth = n === BIG && by.has(500) ? { 'x from 500': value / pick(by.get(500)!) } : undefined;
        rows.push({ suite: 'scale', name: `${name}, ${n.toLocaleString('en')} deals`, median: value, unit, extra: growth, budget: n === BIG ? budget : undefined });
      }
    };
    figure('Gmail sidebar, thread DOM → deal shown, warm', (f) => median(f.sidebarWarm), 'ms', 100);
    figure('Gmail sidebar, thread DOM → deal shown, cold (worker stopped)', (f) => median(f.sidebarCold), 'ms', 100);
    figure('options page, reload → deals list shows, warm', (f) => median(f.listWarm), 'ms', 300);
    figure('options page, reload → deals list shows, cold (worker stopped)', (f) => median(f.listCold), 'ms', 300);
    figure('import through the options page (file chosen → result shown), warm', (f) => median(f.importWarm), 'ms', 1000);
    figure('import through the options page, cold (worker stopped)', (f) => median(f.importCold), 'ms', 1000);
    figure('worker JS heap after GC, cache warm', (f) => f.heapKB, 'KB', 40 * 1024);
    rows.push(...(await bigTextEditorRows('scale')));
    return rows;
  },
};
