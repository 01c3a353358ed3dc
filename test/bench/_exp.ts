import { ExtensionBrowser } from '../support/browser';
import { benchBackup } from './generate';
const browser = await ExtensionBrowser.launch();
try {
  const page = await browser.openOptions();
  const mem = await browser.worker()!.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? -1);
  console.log('performance.memory in worker:', mem);
  const cdp = await browser.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(browser.url('')))!;
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
  let id = 0;
  const pending = new Map<number, (m: unknown) => void>();
  cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const msg = JSON.parse(e.message) as { id?: number };
    if (msg.id) pending.get(msg.id)?.(msg);
  });
  const call = (method: string, params = {}) => new Promise<unknown>((res) => { const i = ++id; pending.set(i, res); void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: i, method, params }) }); });
  await call('HeapProfiler.collectGarbage');
  console.log('heap before', JSON.stringify(await call('Runtime.getHeapUsage')));
  const text = JSON.stringify(benchBackup(10000));
  await page.evaluate((t) => ((globalThis as unknown as { benchText: string }).benchText = t), text);
  const t0 = Date.now();
  console.log(await page.evaluate(`chrome.runtime.sendMessage({ handoff: 1, type: 'backup.import', payload: { text: globalThis.benchText, fileName: 'b.json' } }).then(r => JSON.stringify(r).slice(0, 200))`), Date.now() - t0, 'ms');
  await browser.send(page, 'link.resolve', { context: { kind: 'asana', taskGid: null, projectGid: '1208800000000001' } });
  await page.waitForTimeout(3000);
  await call('HeapProfiler.collectGarbage');
  console.log('heap after 10k + warm', JSON.stringify(await call('Runtime.getHeapUsage')));
} finally {
  await browser.close();
}
