// @vitest-environment happy-dom
/**
 * The build's Preact (stripPreactHtmlSinks in wxt.config.ts) parses no HTML from props:
 * the real preact.mjs, transformed as the build transforms it, renders
 * `innerHTML`, `outerHTML`, `srcdoc` and `dangerouslySetInnerHTML` props
 * without markup; the untransformed one does parse them, so the test
 * would notice a transform that changed nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as PreactModule from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { stripPreactHtmlSinks } from '../../../wxt.config';

type Preact = typeof PreactModule;

const PREACT = readFileSync(createRequire(import.meta.url).resolve('preact').replace(/preact\.js$/, 'preact.mjs'), 'utf8');

/** Runs preact.mjs (one module, no imports) as a function: its `export{a as B}` becomes `return {B: a}`. */
function load(code: string): Preact {
  let exported = 0;
  const body = code.replace(/export\{([^}]*)\};?/, (_all, list: string) => {
    exported++;
    return `return {${list.split(',').map((pair) => { const [local, name] = pair.split(' as '); return `${name ?? local}:${local}`; }).join(',')}};`;
  });
  if (exported !== 1) throw new Error('preact.mjs has no single export statement');
  return new Function(body)() as Preact;
}
const original = load(PREACT);
const safe = load(stripPreactHtmlSinks(PREACT));

const HOSTILE = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
const roots: HTMLElement[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.remove()));

function renderWith(preact: Preact, type: string, props: Record<string, unknown>): HTMLElement {
  // Detached: happy-dom would try to load an attached iframe.
  const root = document.createElement('div');
  roots.push(root);
  preact.render(preact.h(type, props), root);
  return root;
}

describe('Preact without HTML sinks (stripPreactHtmlSinks in wxt.config.ts)', () => {
  it('the untransformed Preact parses an innerHTML prop and sets srcdoc (the control)', () => {
    expect(renderWith(original, 'div', { innerHTML: HOSTILE }).querySelector('img')).not.toBeNull();
    expect((renderWith(original, 'iframe', { srcdoc: HOSTILE }).firstElementChild as HTMLIFrameElement).srcdoc).toBe(HOSTILE);
    expect(renderWith(original, 'iframe', { srcDoc: HOSTILE }).firstElementChild!.getAttribute('srcdoc')).toBe(HOSTILE);
  });

  it.each([
    ['div', { innerHTML: HOSTILE }],
    ['div', { INNERHTML: HOSTILE }],
    ['span', { outerHTML: HOSTILE }],
    ['div', { dangerouslySetInnerHTML: { __html: HOSTILE } }],
    ['iframe', { srcdoc: HOSTILE }],
    ['iframe', { srcDoc: HOSTILE }],
  ])('renders <%s %o> without markup', (type, props) => {
    const root = renderWith(safe, type, props);
    expect(root.querySelector('img, b')).toBeNull();
    const el = root.firstElementChild!;
    expect(el.tagName.toLowerCase()).toBe(type);
    expect(el.getAttribute('srcdoc')).toBeNull();
    if (type === 'iframe') expect((el as HTMLIFrameElement).srcdoc ?? '').toBe('');
  });

  it('keeps the rest of Preact: text, attributes, properties, events', () => {
    const { h, render } = safe;
    const root = document.createElement('div');
    roots.push(root);
    let clicked = 0;
    render(h('button', { title: 'Log', class: 'b', onClick: () => clicked++, disabled: false }, HOSTILE), root);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe(HOSTILE);
    expect(button.title).toBe('Log');
    button.click();
    expect(clicked).toBe(1);
  });

  it('fails, rather than passing Preact through, when the code it rewrites is not there', () => {
    expect(() => stripPreactHtmlSinks('export const x = 1;')).toThrow(/Preact changed/);
    expect(() => stripPreactHtmlSinks('a.innerHTML=b.__html;')).toThrow(/setProperty/);
  });
});
