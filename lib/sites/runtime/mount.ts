import { render, type VNode } from 'preact';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import { dockRight } from './dock';

export interface MountedPanel {
  host: HTMLElement;
  shadow: ShadowRoot;
  render(vnode: VNode): void;
}

/**
 * Mounts Handoff's panel in a closed shadow root, so the page's own scripts
 * can neither read the deal shown nor reach its buttons (`host.shadowRoot`
 * is null for them; tests read inside from this content script's isolated
 * world, test/e2e/UI-CONTRACT.md), with the design tokens and its
 * own CSS (`css`, which also styles the docked panel: `data-dock`) so the
 * host page's styles neither leak in nor get overridden. Removed on abort.
 *
 * Docked, so it covers none of the page's controls (issue 14), one of two ways:
 * - `dockBefore`: a column of the host's own flex row, before that element
 *   (Gmail, whose row beside its side panel is stable and made for columns);
 * - `dock: 'page'`: outside `<body>`, on the right, with the page narrowed
 *   beside it (Jira Cloud, Asana: full-viewport apps; lib/sites/runtime/dock.ts
 *   says why).
 */
export function mountPanel(
  css: string,
  {
    signal,
    theme,
    dockBefore,
    dock,
  }: { signal: AbortSignal; theme: 'light' | 'dark'; dockBefore?: Element | null; dock?: 'page' },
): MountedPanel {
  const host = document.createElement('handoff-panel');
  host.setAttribute('data-handoff', 'sidebar');
  host.setAttribute('data-theme', theme);
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  const style = document.createElement('style');
  style.textContent = TOKENS_CSS + css;
  const container = document.createElement('div');
  container.style.height = '100%';
  shadow.append(style, container);
  if (dockBefore?.parentElement) {
    host.setAttribute('data-dock', 'column');
    dockBefore.parentElement.insertBefore(host, dockBefore);
  } else if (dock === 'page') {
    // A child of <html>, after <body>: the app's renders, its `body > *`
    // rules and body's containment (dock.ts) do not reach it.
    host.setAttribute('data-dock', 'page');
    document.documentElement.append(host);
    dockRight(host, signal);
  } else {
    (document.body ?? document.documentElement).append(host);
  }
  signal.addEventListener(
    'abort',
    () => {
      render(null, container);
      host.remove();
    },
    { once: true },
  );
  return {
    host,
    shadow,
    render: (vnode) => {
      if (!signal.aborted) render(vnode, container);
    },
  };
}

const roots = new WeakMap<Element, ShadowRoot>();

/** A mounted panel's closed root, for this content script only (the Jira badge focuses into it). */
export function panelRoot(host: Element | null): ShadowRoot | null {
  return (host && roots.get(host)) ?? null;
}

/** Light or dark from the page's own background (Gmail and Jira have dark themes). */
export function pageTheme(el: Element = document.body): 'light' | 'dark' {
  const bg = getComputedStyle(el).backgroundColor;
  const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(bg);
  if (!m || m[4] === '0') return matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  const [r, g, b] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}
