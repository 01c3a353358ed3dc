import type { Page } from 'puppeteer-core';
import { contentView, type ContentView } from '../content-view';
import { inContentWorld } from '../view-scripts';

/**
 * Firefox's reader of Handoff's closed shadow roots (the calls:
 * test/support/content-view.ts). WebDriver BiDi lists no content-script
 * realm in Firefox (`script.getRealms` gives the page's window and BiDi's own
 * sandboxes), so the world is reached from inside the extension instead: an
 * extension page calls `tabs.executeScript(tabId, { code })`, which Firefox
 * runs in the extension's content-script sandbox of that tab, the very
 * global Handoff's content script runs in (Firefox gives an extension one
 * sandbox per frame). There `el.openOrClosedShadowRoot` opens closed roots;
 * `el.shadowRoot` stays null, as for the page.
 *
 * `tabs.executeScript` needs a host permission for the tab, which a
 * manifest content-script match does not give in Firefox's MV2; the test
 * grants the hosts it reads (test/support/firefox/driver.ts). The tab is
 * found by a name the test gives its window (`window.name`, which Handoff
 * never reads), read back from each tab in the content world.
 */
export function firefoxView(page: Page, extensionPage: () => Promise<Page>): ContentView {
  let tabId: number | undefined;
  const token = `handoff-test-tab-${Math.random().toString(36).slice(2)}`;

  const exec = async <T>(id: number, code: string): Promise<{ value: T } | { error: string }> =>
    (await extensionPage()).evaluate(
      async ({ id, code }) => {
        const api = (globalThis as unknown as { browser: { tabs: { executeScript(id: number, d: { code: string }): Promise<unknown[]> } } }).browser;
        try {
          const [value] = await api.tabs.executeScript(id, { code });
          return { value: value as never };
        } catch (e) {
          return { error: String(e) };
        }
      },
      { id, code },
    );

  /** This page's tab id, found by its window name (set again after a navigation to another site cleared it). */
  const findTab = async (): Promise<number | undefined> => {
    await page.evaluate((name) => void (window.name = name), token).catch(() => {});
    const ids = await (await extensionPage()).evaluate(async () => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).browser;
      return (await api.tabs.query({})).map((t) => t.id);
    });
    for (const id of ids.reverse()) {
      const r = await exec<string>(id, 'window.name');
      if ('value' in r && r.value === token) return id;
    }
    return undefined;
  };

  return contentView({
    async run<T>(fnSource: string, arg: unknown) {
      tabId ??= await findTab();
      if (tabId === undefined) return null;
      const r = await exec<T>(tabId, inContentWorld(fnSource, arg));
      if ('value' in r) return { value: r.value };
      // Mid-navigation, or on a page of a host not granted: no world to read (yet).
      if (/Missing host permission|Frame not found|No window matching|Message manager disconnected|Invalid tab ID/i.test(r.error)) return null;
      throw new Error(`in the content script's world: ${r.error}`);
    },
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    async replaceText(value) {
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      if (value) await page.keyboard.type(value);
      else await page.keyboard.press('Delete');
    },
  });
}
