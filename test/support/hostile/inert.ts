import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { handoffView } from '../handoff-view';

/** What the hostile-content suite checks on every page: nothing ran, nothing was injected, hostile text shows as text. */

export const problems: string[] = [];
export const ownMessage = (text: string) => !/^\[replica\]/i.test(text);

export function guard(page: Page, where: string): Page {
  page.on('dialog', (d) => {
    problems.push(`${where}: dialog ${d.type()} "${d.message().slice(0, 200)}"`);
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => problems.push(`${where}: page error ${e.message.slice(0, 300)}`));
  page.on('console', (m) => {
    const text = m.text();
    if ((m.type() === 'error' || (m.type() === 'warning' && text.startsWith('[handoff]'))) && ownMessage(text)) {
      problems.push(`${where}: console ${m.type()} ${text.slice(0, 300)} @ ${m.location().url}`);
    }
  });
  return page;
}

export interface Scan {
  text: string;
  injected: string[];
  bodyHidden: boolean;
  pwned: unknown;
}

/**
 * Walks the document and every shadow root, closed ones included: on a host
 * page from Handoff's content-script world (test/support/handoff-view.ts),
 * where `deep.open` opens closed roots; on an extension page (options,
 * popup) in the page itself, where only open roots exist. `injected` lists
 * elements a payload would have created; `text` is the text (and form
 * values) of `textRoot`'s matches (Handoff's UI), shadow roots included.
 */
export async function scan(page: Page, textRoot: string | null): Promise<Scan> {
  const found = /^https?:/.test(page.url())
    ? await (await handoffView(page)).evaluate(WALK, textRoot)
    : ((await page.evaluate(`(${WALK.toString()})(${JSON.stringify(textRoot)}, { open: (el) => el.shadowRoot })`)) as Walked);
  // What a payload would have done runs in the page's own world.
  const world = await page.evaluate(() => ({
    bodyHidden: getComputedStyle(document.body).display === 'none',
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
  }));
  return { ...found, ...world };
}

type Walked = Pick<Scan, 'text' | 'injected'>;

/** Serialized into the page: no closures. */
function WALK(textRoot: string | null, deep: { open(el: Element): ShadowRoot | null }): Walked {
  const injected: string[] = [];
  const describe = (el: Element) => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;
  const check = (el: Element) => {
    const tag = el.tagName.toLowerCase();
    if (tag === 'img' && el.getAttribute('src') === 'x') injected.push(describe(el));
    if (tag === 'svg' && el.hasAttribute('onload')) injected.push(describe(el));
    for (const a of el.attributes) if (/^on/i.test(a.name) && a.value.includes('pwned')) injected.push(describe(el));
    if (tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) injected.push(describe(el));
    if (tag === 'script' && (el.textContent ?? '').includes('pwned')) injected.push(describe(el));
    if (tag === 'style' && (el.textContent ?? '').includes('body{display:none}')) injected.push(describe(el));
    if ((el.getAttribute('style') ?? '').includes('expression(')) injected.push(describe(el));
  };
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      check(el);
      const shadow = deep.open(el);
      if (shadow) walk(shadow);
    }
  };
  walk(document);
  const textOf = (node: Element | ShadowRoot): string => {
    let s = node instanceof Element ? (node.textContent ?? '') : [...node.childNodes].map((n) => (n.nodeName === 'STYLE' ? '' : (n.textContent ?? ''))).join('');
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) s += `\n${el.value}`;
      const shadow = deep.open(el);
      if (shadow) s += `\n${textOf(shadow)}`;
    }
    const own = node instanceof Element ? deep.open(node) : null;
    if (own) s += `\n${textOf(own)}`;
    return s;
  };
  const roots = textRoot ? [...document.querySelectorAll(textRoot)] : [document.body];
  return { text: roots.map(textOf).join('\n'), injected };
}

/** Nothing ran, nothing injected; each probe shown as text. */
export async function expectInert(page: Page, where: string, textRoot: string | null, probes: string[]): Promise<void> {
  const s = await scan(page, textRoot);
  expect(s.injected, `${where}: injected elements`).toEqual([]);
  expect(s.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(s.bodyHidden, `${where}: body hidden by injected CSS`).toBe(false);
  const missing = probes.filter((p) => !s.text.includes(p));
  expect(missing, `${where}: hostile text not shown as text`).toEqual([]);
  expect(problems, `${where}: dialogs / errors`).toEqual([]);
}
