import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { replicaFor } from '../replicas';
import { handoffView } from '../support/handoff-view';
import { confirmJiraSite } from '../support/jira-site';
import { sampleBackup } from '../support/sample';
import { seededBrowser } from '../support/seeded-browser';

/**
 * Issue 13: the page cannot read or drive Handoff. A script in the page's
 * own world (an XSS on a Jira tenant, say) walks the whole DOM, every
 * attribute, text node, form value and every `element.shadowRoot` (null for
 * Handoff's closed roots), and finds no deal data; and the events it can
 * make (`el.click()`, `dispatchEvent` of mouse, pointer and key events,
 * even aimed at the exact point of a Handoff button) change nothing. Each
 * case also does the same thing for real (test/support/handoff-view.ts),
 * so a silent Handoff cannot pass it.
 */

const SOW_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmBnRvTqLpZcHxNwYtSd'; // Dana asks Sam to finish the SOW (Acme)
const NW_ISSUE = 'https://acme.atlassian.net/browse/NW-3'; // Acme, unsigned: a badge and the sidebar
const ZZ_ISSUE = 'https://acme.atlassian.net/browse/ZZ-1'; // linked to no deal: the link form
const ACME = 'Acme data platform rollout';

const env = seededBrowser({ ownEmail: 'sam.lee@northwind.io' });

/** What the sample backup says of its deals that a page must not learn. */
function secrets(): string[] {
  return sampleBackup().deals.flatMap((d) => [
    d.id,
    d.name,
    d.account,
    d.billing?.notes ?? '',
    d.notes,
    ...d.specialTerms.map((t) => t.text),
    ...d.stakeholders.map((s) => s.email),
  ]).filter((s): s is string => typeof s === 'string' && s.trim().length > 3);
}

interface PageWorldScan {
  /** Every attribute, text and form value the page's world reaches, shadow roots included where open. */
  everything: string;
  /** The same, of Handoff's own elements (`[data-handoff]`) only. */
  handoff: string;
  /** Handoff's host elements: tag, hook, and whether the page sees a shadow root. */
  hosts: Array<{ tag: string; hook: string | null; shadowRoot: boolean }>;
  /** Handoff's inner hooks the page can query (none once roots are closed). */
  innerHooks: number;
}

/** Runs in the page's own world: what any script on the page can read. */
function readAsThePage(page: Page): Promise<PageWorldScan> {
  return page.evaluate(() => {
    const dump = (node: Node, out: string[]) => {
      if (node instanceof Element) {
        for (const a of node.attributes) out.push(`${a.name}=${a.value}`);
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) out.push(node.value);
        if (node.shadowRoot) for (const c of node.shadowRoot.childNodes) dump(c, out);
      } else if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
      for (const c of node.childNodes) dump(c, out);
    };
    const everything: string[] = [];
    dump(document.documentElement, everything);
    const handoff: string[] = [];
    const hostEls = [...document.querySelectorAll('[data-handoff]')];
    for (const el of hostEls) dump(el, handoff);
    let innerHooks = 0;
    const count = (root: Document | ShadowRoot) => {
      innerHooks += root.querySelectorAll('[data-handoff-panel], [data-handoff-field], [data-handoff-action], [data-handoff="flag"]').length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) count(el.shadowRoot);
    };
    count(document);
    return {
      everything: everything.join('\n'),
      handoff: handoff.join('\n'),
      hosts: hostEls.map((el) => ({ tag: el.localName, hook: el.getAttribute('data-handoff'), shadowRoot: el.shadowRoot !== null })),
      innerHooks,
    };
  });
}

/** Checks a page-world scan: no secret in Handoff's elements, none anywhere unless the replica itself shows it. */
function expectNothingLeaks(scan: PageWorldScan, replicaUrl: string): void {
  const replica = readFileSync(replicaFor(replicaUrl)!.file, 'utf8');
  const all = secrets();
  expect(all.filter((s) => scan.handoff.includes(s)), 'deal data in Handoff elements the page reads').toEqual([]);
  // The replica's own mail names people of the deal (Lee Park writes from
  // lee.park@acme.com): that is the page's own text, not a leak.
  expect(all.filter((s) => !replica.includes(s) && scan.everything.includes(s)), 'deal data anywhere the page reads').toEqual([]);
  expect(scan.innerHooks, 'Handoff elements the page can query').toBe(0);
  for (const h of scan.hosts.filter((x) => x.hook === 'sidebar' || x.hook === 'badge')) expect(h, `${h.hook} host`).toMatchObject({ shadowRoot: false });
}

/**
 * From the page's world: every event it can make on Handoff's hosts, and at
 * `point` (a Handoff button's centre, as a script could guess it) on what
 * `elementFromPoint` gives the page there.
 */
function forgeEventsAsThePage(page: Page, point: { x: number; y: number } | null): Promise<number> {
  return page.evaluate((point) => {
    const targets = [...document.querySelectorAll<HTMLElement>('[data-handoff="sidebar"], [data-handoff="badge"]')];
    if (point) {
      const there = document.elementFromPoint(point.x, point.y);
      if (there instanceof HTMLElement) targets.push(there);
    }
    const at = point ? { clientX: point.x, clientY: point.y } : {};
    for (const el of targets) {
      el.click();
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const Ctor = type.startsWith('pointer') ? PointerEvent : MouseEvent;
        el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, view: window, ...at }));
      }
      el.focus();
      for (const key of ['Enter', ' ']) {
        for (const type of ['keydown', 'keypress', 'keyup']) el.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }));
      }
      el.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true, composed: true }));
    }
    return targets.length;
  }, point);
}

/** A Handoff control's centre, read inside its closed root (what the attacker would have to guess). */
async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const view = await handoffView(page);
  await view.waitFor(selector);
  return view.evaluate((s, deep) => {
    const box = deep.all(s)[0]!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
}

describe('the page world, on Gmail', () => {
  it('reads no deal data beside a flagged thread, and its events on Handoff log, redirect and dismiss nothing', async () => {
    const gmail = await env.browser.open(SOW_THREAD);
    const view = await handoffView(gmail);
    const FLAG = '[data-handoff="flag"]';
    // Handoff does show the deal and the flag (from its own world).
    await expect.poll(() => view.text('[data-handoff-field="deal-name"]'), { timeout: 10_000 }).toBe(ACME);
    await expect.poll(() => view.attr(FLAG, 'data-status'), { timeout: 10_000 }).toBe('open');

    const scan = await readAsThePage(gmail);
    expect(scan.hosts.map((h) => h.hook)).toContain('sidebar');
    expectNothingLeaks(scan, SOW_THREAD);

    const requestsBefore = await env.browser.send<Array<{ id: string }>>(env.options, 'requests.list', {});
    for (const action of ['log', 'redirect', 'dismiss']) {
      expect(await forgeEventsAsThePage(gmail, await centreOf(gmail, `${FLAG} >> [data-handoff-action="${action}"]`))).toBeGreaterThan(1);
    }
    await gmail.waitForTimeout(500);
    expect(await view.attr(FLAG, 'data-status')).toBe('open');
    expect(await env.browser.send(env.options, 'requests.list', {})).toEqual(requestsBefore);
    expect(await env.browser.send(env.options, 'flags.stats', {})).toMatchObject({ dismissed: 0 });
    // No reply drafted: Gmail's reply box, where the redirect writes, has no text from Handoff.
    expect(await gmail.locator('div[role="textbox"][aria-label="Message Body"]').allTextContents()).not.toContainEqual(expect.stringContaining('Hi Dana'));

    // The PM's real click logs it.
    await view.click(`${FLAG} >> [data-handoff-action="log"]`);
    await expect.poll(() => view.attr(FLAG, 'data-status')).toBe('logged');
    await gmail.close();
  });
});

describe('the page world, on Jira', () => {
  it('reads no deal data from the badge or the sidebar, and its events on them neither collapse nor expand the sidebar', async () => {
    const page = await env.browser.open(NW_ISSUE);
    const view = await handoffView(page);
    await confirmJiraSite(page); // the site is allowed from here on, for this file's browser
    const badge = page.locator('[data-handoff="badge"]');
    await expect.poll(() => badge.getAttribute('data-level'), { timeout: 10_000 }).toBe('danger');
    await expect.poll(() => view.text('[data-handoff-field="deal-name"]'), { timeout: 10_000 }).toBe(ACME);
    expect(await view.text('[data-handoff="badge"] >> [role="tooltip"]')).toMatch(/not signed yet/);

    const scan = await readAsThePage(page);
    expect(scan.hosts.map((h) => h.hook).sort()).toEqual(['badge', 'sidebar']);
    expectNothingLeaks(scan, NW_ISSUE);

    const collapsed = () => view.attr('[data-handoff-panel]', 'data-collapsed');
    const setting = async () => (await env.browser.send<{ sidebarCollapsed: boolean }>(env.options, 'settings.get', {})).sidebarCollapsed;
    // Collapse: a write (the setting), so the page's events on the button do nothing.
    await forgeEventsAsThePage(page, await centreOf(page, '[data-handoff-action="collapse"]'));
    await page.waitForTimeout(300);
    expect([await collapsed(), await setting()]).toEqual(['false', false]);
    await view.click('[data-handoff-action="collapse"]');
    await expect.poll(() => collapsed()).toBe('true');

    // Expand, by the tab or by the title badge: nothing for the page's events.
    await forgeEventsAsThePage(page, await centreOf(page, '[data-handoff-action="expand"]'));
    await page.waitForTimeout(300);
    expect([await collapsed(), await setting()]).toEqual(['true', true]);
    // The badge, for real: Enter opens the sidebar.
    await badge.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => collapsed()).toBe('false');
    await page.close();
  });

  it('links nothing when the page clicks "Link", however it aims', async () => {
    const page = await env.browser.open(ZZ_ISSUE);
    const view = await handoffView(page);
    await expect.poll(() => view.attr('[data-handoff-panel]', 'data-state'), { timeout: 10_000 }).toBe('unlinked');
    // The PM opens the picker (real input) and picks a deal (a choice, no write), so the Link buttons are live.
    await view.click('[data-handoff-action="open-picker"]');
    await view.waitFor('[data-handoff-field="deal-select"]', { timeout: 5_000 });
    await view.evaluate((_, deep) => {
      const select = deep.all('[data-handoff-field="deal-select"]')[0] as HTMLSelectElement;
      select.value = 'initech-support';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => view.attr('[data-handoff-action="link"]', 'disabled')).toBeNull();
    const links = async () => (await env.browser.send<{ links: { jira: Array<{ site: string | null; key: string }> } }>(env.options, 'deals.get', { id: 'initech-support' })).links.jira;
    const before = await links();

    for (const kind of ['jira-issue', 'jira-project']) {
      await forgeEventsAsThePage(page, await centreOf(page, `[data-handoff-action="link"][data-kind="${kind}"]`));
    }
    const scan = await readAsThePage(page);
    expectNothingLeaks(scan, ZZ_ISSUE);
    await page.waitForTimeout(500);
    expect(await links()).toEqual(before);
    expect(await view.attr('[data-handoff-panel]', 'data-state')).toBe('unlinked');

    // The PM's real click links the issue.
    await view.click('[data-handoff-action="link"][data-kind="jira-issue"]');
    await expect.poll(links, { timeout: 10_000 }).toEqual([...before, { site: 'https://acme.atlassian.net', key: 'ZZ-1' }]);
    await page.close();
  });
});
