import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '@/lib/background/handlers';
import { send } from '@/lib/messaging/client';
import { createRouter } from '@/lib/messaging/router';
import { portMessageListener, workerPortTransport, type PortMessageEvent } from '@/lib/messaging/worker-port';
import { DbHandle, listDeals } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackupText } from '../../support/sample';

const OWN = 'abcdefghijklmnop';
const EXT = `chrome-extension://${OWN}`;

function worker() {
  const db = new DbHandle(freshDbName());
  const route = createRouter(
    createHandlers({ db, announce: async () => {}, now: () => new Date('2026-12-05T12:00:00Z'), version: '0.1.0', openTab: async () => {}, registerJiraHosts: async () => {}, hasHostPermission: async () => true }),
    { ownId: OWN, extensionOrigin: EXT, log: () => {} },
  );
  const listener = portMessageListener(route, OWN);
  /** Delivers a message as a client of `origin` would post it, and answers what came back on its port. */
  const post = async (data: unknown, origin: string) => {
    let done: Promise<unknown> = Promise.resolve();
    const replies: unknown[] = [];
    const event: PortMessageEvent = { data, origin, source: { url: `${origin}/options.html` }, ports: [{ postMessage: (m) => replies.push(m) }], waitUntil: (p) => void (done = p) };
    listener(event);
    await done;
    return replies;
  };
  return { db, post };
}

describe('big messages by postMessage to the service worker (issue 18)', () => {
  it('imports a backup sent from an extension page and answers on the port', async () => {
    const w = worker();
    const [reply] = await w.post({ handoff: 1, type: 'backup.import', payload: { text: sampleBackupText(), fileName: 'b.json' } }, EXT);
    expect(reply).toMatchObject({ ok: true, data: { ok: true, counts: { added: expect.any(Number) } } });
    expect((await listDeals(await w.db.get())).length).toBeGreaterThan(0);
  });

  it('refuses a message from any other origin, and writes nothing', async () => {
    const w = worker();
    const [reply] = await w.post({ handoff: 1, type: 'backup.import', payload: { text: sampleBackupText(), fileName: 'b.json' } }, 'https://mail.google.com');
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await listDeals(await w.db.get())).toEqual([]);
  });

  it('ignores a message with no reply port (nothing to answer on)', () => {
    const route = vi.fn();
    portMessageListener(route, OWN)({ data: {}, origin: EXT, source: null, ports: [], waitUntil: () => {} });
    expect(route).not.toHaveBeenCalled();
  });
});

describe('the page side', () => {
  it('posts to the active service worker with a reply port', async () => {
    const w = worker();
    const container = {
      getRegistration: async () =>
        ({
          active: {
            postMessage: (data: unknown, [port]: [MessagePort]) => {
              void w.post(data, EXT).then(([reply]) => port.postMessage(reply));
            },
          },
        }) as unknown as ServiceWorkerRegistration,
    };
    const fallback = vi.fn();
    const result = await send('backup.import', { text: sampleBackupText(), fileName: 'b.json' }, workerPortTransport(fallback, container));
    expect(result).toMatchObject({ ok: true });
    expect(fallback).not.toHaveBeenCalled();
  });

  it('uses the runtime message where there is no service worker (Firefox event page)', async () => {
    const fallback = vi.fn(async () => ({ ok: true, data: { pong: 1 } }));
    await expect(workerPortTransport(fallback, { getRegistration: async () => undefined })({ handoff: 1 })).resolves.toEqual({ ok: true, data: { pong: 1 } });
    await expect(workerPortTransport(fallback, undefined)({ handoff: 1 })).resolves.toEqual({ ok: true, data: { pong: 1 } });
    expect(fallback).toHaveBeenCalledTimes(2);
  });
});
