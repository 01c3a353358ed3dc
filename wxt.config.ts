import { defineConfig } from 'wxt';
import { noHtmlSinks } from './build/no-html-sinks';

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
    // Preact without its HTML sinks (build/no-html-sinks.ts).
    plugins: [noHtmlSinks()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});
