import { browser } from 'wxt/browser';
import type { Transport } from './client';
import type { Reply } from './protocol';
import { originOf, type SenderInfo } from './sender';

/**
 * A second way from an extension page to the background, for big payloads
 * (issue 18): postMessage to the extension's own service worker, which
 * copies a string by structured clone, where `runtime.sendMessage`
 * serialises it. A 10,000-deal backup (~3 MB) took 250-350 ms from the
 * options page's send to the worker's router that way (measured
 * 2026-12-05, headless Chromium 156); this takes a few. Messages go through
 * the same router, checks and handlers.
 *
 * Only pages of the extension's own origin can reach its service worker
 * like this (a content script's `navigator.serviceWorker` is the host
 * page's); the worker checks the origin all the same. Firefox's background
 * is an event page, not a service worker: there `fallback` is used.
 */
export function workerPortTransport(
  fallback: Transport = (message) => browser.runtime.sendMessage(message),
  container: Pick<ServiceWorkerContainer, 'getRegistration'> | undefined = globalThis.navigator?.serviceWorker,
): Transport {
  return async (message) => {
    const registration = await container?.getRegistration().catch(() => undefined);
    const worker = registration?.active;
    if (!worker) return fallback(message);
    const channel = new MessageChannel();
    const reply = new Promise<unknown>((resolve) => {
      channel.port1.onmessage = (e: MessageEvent) => resolve(e.data);
    });
    // A stopped worker is started by the message, as by a runtime message.
    worker.postMessage(message, [channel.port2]);
    try {
      return await reply;
    } finally {
      channel.port1.close();
    }
  };
}

/** For extension pages' messages that carry or bring back megabytes (a backup, every deal). */
export const bigMessages: Transport = workerPortTransport();

/** What the worker needs of a `message` event from one of its clients. */
export interface PortMessageEvent {
  data: unknown;
  origin: string;
  source: { url?: string } | null;
  ports: ReadonlyArray<{ postMessage(message: unknown): void }>;
  waitUntil(promise: Promise<unknown>): void;
}

/**
 * The worker's side: a message with a reply port goes to `route` as if it
 * had come from `runtime.onMessage` from an extension page of this origin
 * (the sender id is ours: no other extension's page can reach this
 * worker), so `checkSender` refuses any other origin. Register it
 * synchronously at the top level, like every listener.
 */
export function portMessageListener(route: (message: unknown, sender: SenderInfo) => Promise<Reply>, ownId: string): (event: PortMessageEvent) => void {
  return (event) => {
    const port = event.ports[0];
    if (!port) return;
    const sender: SenderInfo = { id: ownId, origin: event.origin || originOf(event.source?.url) || undefined, url: event.source?.url };
    event.waitUntil(route(event.data, sender).then((reply) => port.postMessage(reply)));
  };
}

interface PortScope {
  addEventListener(type: 'message', listener: (event: PortMessageEvent) => void): void;
}

/** The service worker's global scope, or null in Firefox's event page (a window, where postMessage means something else). */
export function serviceWorkerScope(): PortScope | null {
  const SW = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown }).ServiceWorkerGlobalScope;
  return typeof SW === 'function' && globalThis instanceof SW ? (globalThis as unknown as PortScope) : null;
}
