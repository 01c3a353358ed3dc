// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Sidebar } from '@/components/sidebar/Sidebar';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import SIDEBAR_CSS from '@/components/sidebar/sidebar.css?inline';
import type { SidebarState } from '@/components/sidebar/types';
import { click, linked, mount, rerender, text } from './helpers';

const panelOf = (root: Element) => root.querySelector('[data-handoff-panel]')!;

describe('Sidebar states', () => {
  it.each([
    [{ kind: 'loading' }, 'loading', 'Looking for the deal'],
    [{ kind: 'unreadable', reason: 'No e-mail is open.' }, 'unreadable', 'Handoff could not read this page'],
    [{ kind: 'unlinked', pageLabel: 'this thread' }, 'unlinked', 'No linked deal'],
    [linked(), 'linked', 'Acme data platform rollout'],
  ] as Array<[SidebarState, string, string]>)('state %j', (state, kind, shown) => {
    const root = mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} />);
    expect(panelOf(root).getAttribute('data-state')).toBe(kind);
    expect(text(root)).toContain(shown);
  });

  it('shows nothing but the reason when the page is unreadable', () => {
    const root = mount(<Sidebar state={{ kind: 'unreadable', reason: 'Gmail changed its layout.' }} collapsed={false} onToggleCollapsed={() => {}} />);
    expect(root.querySelector('[data-handoff-field="deal-name"], form')).toBeNull();
    expect(text(root.querySelector('[data-handoff-field="reason"]'))).toBe('Gmail changed its layout.');
  });

  it('renders its children above the deal', () => {
    const root = mount(
      <Sidebar state={linked()} collapsed={false} onToggleCollapsed={() => {}}>
        <div data-handoff="flag" data-label="pre-contract-work">
          Sales request
        </div>
      </Sidebar>,
    );
    const flag = root.querySelector('[data-handoff="flag"]')!;
    const name = root.querySelector('[data-handoff-field="deal-name"]')!;
    expect(flag.compareDocumentPosition(name) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe('Sidebar collapsing', () => {
  it.each([
    [linked(), 'danger'],
    [linked({ stage: 'signed', specialTerms: [{ id: 't', text: 'x', dueOn: '2026-11-24' }], deliverables: [], stakeholders: [] }), 'warning'],
    [linked({ stage: 'signed', specialTerms: [], deliverables: [], stakeholders: [] }), 'none'],
    [{ kind: 'loading' }, 'none'],
    [{ kind: 'unlinked', pageLabel: 'this issue' }, 'none'],
  ] as Array<[SidebarState, string]>)('shows a small Handoff tab colored by the worst alert (%#)', async (state, level) => {
    const onToggle = vi.fn();
    const root = mount(<Sidebar state={state} collapsed onToggleCollapsed={onToggle} />);
    const panel = panelOf(root);
    expect(panel.getAttribute('data-collapsed')).toBe('true');
    expect(root.querySelector('[data-handoff-field="deal-name"]')).toBeNull();
    const tab = root.querySelector('button')!;
    expect(text(tab)).toMatch(/^Handoff/);
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.getAttribute('data-level')).toBe(level);
    await click(tab);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });

  it('collapses from the header button and moves focus to the control that replaces it', async () => {
    let collapsed = false;
    const root = mount(<div />);
    const draw = () =>
      rerender(
        root,
        <Sidebar
          state={linked()}
          collapsed={collapsed}
          onToggleCollapsed={() => {
            collapsed = !collapsed;
            draw();
          }}
        />,
      );
    await act(draw);
    const collapse = root.querySelector<HTMLButtonElement>('button[aria-expanded="true"]')!;
    expect(collapse.getAttribute('aria-label')).toBe('Collapse Handoff');
    expect(collapse.getAttribute('aria-controls')).toBe(root.querySelector('.hf-body')!.id);
    collapse.focus();
    await click(collapse);
    const tab = root.querySelector<HTMLButtonElement>('button[aria-expanded="false"]')!;
    expect(tab).not.toBeNull();
    expect(document.activeElement).toBe(tab);
    await click(tab);
    expect(panelOf(root).getAttribute('data-collapsed')).toBe('false');
    expect(document.activeElement).toBe(root.querySelector('button[aria-expanded="true"]'));
  });
});

describe('the sidebar\'s CSS', () => {
  // What mountPanel puts in the shadow root: the tokens (colours, light and dark), then the sidebar's own.
  const PANEL_CSS = TOKENS_CSS + SIDEBAR_CSS;

  it.each([
    [':host([data-theme="dark"])'],
    ['prefers-color-scheme: dark'],
    ['var(--handoff-top, 64px)'],
    ['position: fixed'],
    ['overflow-y: auto'],
    [':focus-visible'],
    ['system-ui'],
  ])('has %s', (needle) => {
    expect(PANEL_CSS).toContain(needle);
  });

  it.each([['url('], ['@import'], ['@font-face'], ['http']])('loads nothing external (%s)', (needle) => {
    expect(PANEL_CSS).not.toContain(needle);
  });

  it('uses tokens that exist and no colour of its own', () => {
    for (const [, name] of SIDEBAR_CSS.matchAll(/var\(--([\w-]+)/g)) {
      if (name!.startsWith('handoff-')) continue; // the host may set the panel's position and width (with defaults)
      expect(TOKENS_CSS, `--${name}`).toContain(`--${name}:`);
    }
    expect(SIDEBAR_CSS).not.toMatch(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
  });
});
