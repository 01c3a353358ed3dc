import type { Plugin } from 'vite';

/**
 * Handoff never renders markup from data (page content is untrusted:
 * ui-contract, issue 9), yet Preact keeps an `innerHTML` sink for
 * `dangerouslySetInnerHTML`. This build step turns that sink into
 * `textContent`, so even a mistaken use shows text and runs nothing, and
 * `web-ext lint` finds no unsafe HTML assignment. If a Preact release
 * changes the code, the build fails here instead of quietly keeping it.
 */
export function noInnerHtml(): Plugin {
  return {
    name: 'handoff:no-inner-html',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0]!)) return null;
      const out = code.replace(/([\w$]+)\.innerHTML=([\w$]+)\.__html/g, '$1.textContent=$2.__html');
      if (out === code) this.error('Preact changed: its innerHTML sink was not found (lib/build/no-inner-html.ts)');
      return { code: out, map: null };
    },
  };
}
