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
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications', ...(browser === 'firefox' ? ['identity'] : [])],
    // (MV2, the Firefox build, lists host permissions among the optional ones.)
    // identity: Salesforce sign-in (launchWebAuthFlow). Chrome: asked for in the Salesforce Connect
    // click only. Firefox does not accept it as optional (web-ext lint) and shows no warning for it.
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*'] } : { optional_host_permissions: ['https://*/*'], optional_permissions: ['identity'] }),
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
          // Nothing leaves the browser unless the user connects a CRM and turns write-back on; then the
          // asker's name and address and what was asked go to that CRM (PRIVACY.md, "What leaves your browser").
          data_collection_permissions: { required: ['none'], optional: ['personallyIdentifyingInfo', 'websiteContent'] },
        },
      },
    }),
  }),
  vite: () => ({
    // Preact without its HTML sinks (stripPreactHtmlSinks, below).
    plugins: [noHtmlSinks()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  }),
});

/**
 * Handoff never renders markup from data (page content is untrusted:
 * test/e2e/UI-CONTRACT.md), yet Preact keeps two ways to parse HTML from
 * props: the `dangerouslySetInnerHTML` sink, and its generic property path
 * (`setProperty`), which assigns any prop the element has as a DOM
 * property, `innerHTML`, `outerHTML` and an iframe's `srcdoc` among them,
 * and otherwise sets it as an attribute (`srcDoc` → the `srcdoc` attribute,
 * HTML attribute names ignoring case). This build step turns the first
 * into `textContent` and makes the second drop those three props, in any
 * case, so even a mistaken use shows text or nothing and runs nothing.
 * If a Preact release changes either code path, the build fails here
 * instead of quietly keeping the sink.
 */
export function stripPreactHtmlSinks(code: string): string {
  const text = code.replace(/([\w$]+)\.innerHTML=([\w$]+)\.__html/g, '$1.textContent=$2.__html');
  if (text === code) throw new Error('Preact changed: its dangerouslySetInnerHTML sink was not found (wxt.config.ts)');
  // setProperty(dom, name, value, oldValue, namespace): the one function that starts with the `style` prop.
  const setProperty = /function ([\w$]+)\(([\w$]+),([\w$]+),([\w$]+),([\w$]+),([\w$]+)\)\{(var [\w$,]+;)?if\("style"==\3\)/g;
  let found = 0;
  const out = text.replace(setProperty, (whole: string, _fn: string, _dom: string, name: string) => {
    found++;
    return whole.replace('{', `{if(/^(?:innerhtml|outerhtml|srcdoc)$/i.test(${name}))return;`);
  });
  if (found !== 1) throw new Error(`Preact changed: expected its one setProperty, found ${found} (wxt.config.ts)`);
  return out;
}

/** The Vite plugin: Preact's runtime (preact.mjs) through stripPreactHtmlSinks, or a failed build. */
function noHtmlSinks(): Plugin {
  return {
    name: 'handoff:no-html-sinks',
    transform(code, id) {
      if (!/[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0]!)) return null;
      try {
        return { code: stripPreactHtmlSinks(code), map: null };
      } catch (e) {
        this.error(e instanceof Error ? e.message : String(e));
      }
    },
  };
}
