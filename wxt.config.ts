import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

export default defineConfig({
  // One promise-based `browser` API in Chrome and Firefox.
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Handoff',
    description:
      'Keeps Sales’ pre-contract work with Sales, and shows PMs the deal’s terms in Gmail, Jira and Asana.',
    // storage: the sync signal (lib/sync); unlimitedStorage: IndexedDB past
    // the default quota for large CRM imports.
    // scripting: Handoff's Jira script on self-hosted Jira origins the user
    // grants at run time (optional_host_permissions), never a blanket match.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications'],
    // (MV2, the Firefox build, lists host permissions among the optional ones.)
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'] }),
    // The popup's quick-log form, rebindable at chrome://extensions/shortcuts.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Log a Sales request',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'handoff@handoff.local',
          strict_min_version: '142.0',
          // All data stays in the browser (README, "Where data lives").
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    plugins: [noInnerHtml()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});

/**
 * Handoff never renders markup from data (page content is untrusted:
 * test/e2e/UI-CONTRACT.md), yet Preact keeps an `innerHTML` sink for
 * `dangerouslySetInnerHTML`. This build step turns that sink into
 * `textContent`, so even a mistaken use shows text and runs nothing, and
 * `web-ext lint` finds no unsafe HTML assignment. If a Preact release
 * changes the code, the build fails here instead of quietly keeping it.
 */
function noInnerHtml(): Plugin {
  return {
    name: 'handoff:no-inner-html',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0]!)) return null;
      const out = code.replace(/([\w$]+)\.innerHTML=([\w$]+)\.__html/g, '$1.textContent=$2.__html');
      if (out === code) this.error('Preact changed: its innerHTML sink was not found (wxt.config.ts)');
      return { code: out, map: null };
    },
  };
}
