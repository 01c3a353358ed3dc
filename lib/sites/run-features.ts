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
  ctx.addEventListener(window, 'wxt:locationchange', (e) => start(e.newUrl.href));
}
