import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { answerDescribe } from './describe';
import type { SiteFeature } from './feature';

/**
 * Runs a site's features for the current URL, and again on every SPA
 * navigation (`wxt:locationchange`, which uses the Navigation API where the
 * browser has it). Each run gets its own AbortSignal, aborted before the
 * next run and when the extension context is invalidated (update, removal),
 * so nothing of an old run lingers on the page.
 */
export function runFeatures(ctx: ContentScriptContext, features: readonly SiteFeature[]): void {
  let run: AbortController | null = null;
  const start = (href: string) => {
    run?.abort();
    run = new AbortController();
    const signal = AbortSignal.any([run.signal, ctx.signal]);
    for (const feature of features) {
      if (!feature.matches({ href })) continue;
      Promise.resolve()
        .then(() => feature.init(signal))
        .catch((e: unknown) => {
          // A broken feature must never break the host page or the others.
          if (!signal.aborted) console.warn(`[handoff] feature ${feature.id} failed`, e);
        });
    }
  };
  answerDescribe(ctx.signal);
  start(location.href);
  ctx.addEventListener(window, 'wxt:locationchange', (e) => {
    const href = e.newUrl.href;
    // The Navigation API announces a back/forward before the URL commits:
    // start once the page is at the new URL, so features read the right one.
    if (location.href === href) start(href);
    else void committed(href, ctx.signal).then(() => location.href === href && start(href));
  });
}

/** Resolves when `location.href` is `href` (or after a second, whichever is first). */
function committed(href: string, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = new AbortController();
    const check = () => {
      if (location.href !== href) return;
      done.abort();
      resolve();
    };
    const opts = { signal: AbortSignal.any([done.signal, signal]) };
    for (const type of ['popstate', 'hashchange'] as const) window.addEventListener(type, check, opts);
    (globalThis as { navigation?: EventTarget }).navigation?.addEventListener('currententrychange', check, opts);
    setTimeout(() => {
      done.abort();
      resolve();
    }, 1000);
  });
}
