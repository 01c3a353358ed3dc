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
  let current = location.href;
  const start = (href: string) => {
    current = href;
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
    // The same view with another query in the hash (a compose window or an
    // attachment preview opening over a Gmail thread): the features keep
    // running, with no teardown and no re-render.
    if (sameView(current, href)) {
      current = href;
      return;
    }
    // The Navigation API announces a back/forward before the URL commits:
    // start once the page is at the new URL, so features read the right one.
    if (location.href === href) start(href);
    else void committed(href, ctx.signal).then(() => location.href === href && start(href));
  });
}

/**
 * Whether two URLs show the same view: equal up to a `?query` inside the
 * hash. Gmail adds `?compose=new` or `?projector=1` to `#inbox/TOKEN`
 * while the thread stays open (lib/sites/HOSTS.md, "Seen on real saved
 * pages"); no route of the other hosts puts a query in its hash.
 */
export function sameView(a: string, b: string): boolean {
  const view = (href: string) => {
    const hash = href.indexOf('#');
    if (hash < 0) return { base: href, route: '', query: false };
    const fragment = href.slice(hash + 1);
    const q = fragment.indexOf('?');
    return { base: href.slice(0, hash), route: q < 0 ? fragment : fragment.slice(0, q), query: q >= 0 };
  };
  const x = view(a);
  const y = view(b);
  return a !== b && x.base === y.base && x.route === y.route && (x.query || y.query);
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
