// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { isUserInput, trusted } from '@/components/kit/trusted';
import { RequestFlag } from '@/components/gmail-flag/RequestFlag';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { SidebarState } from '@/components/sidebar/types';
import { asUserInput, scriptClick, userClick } from '../../support/user-events';
import { linked, mount } from './helpers';

/**
 * Issue 13: what a page's script (or another extension) can do to a button
 * it reaches, `el.click()`, `dispatchEvent`, `form.requestSubmit()`, does
 * nothing; the same button pressed for real (an event the browser marks
 * `isTrusted`) acts. happy-dom has no `isTrusted`, so every event here is a
 * script's unless test/support/user-events.ts marks it as the user's.
 */

const button = (root: Element, action: string) => root.querySelector<HTMLButtonElement>(`[data-handoff-action="${action}"]`)!;

/** Every way a script fires a button; then the same button for real. */
async function expectOnlyRealInput(el: HTMLElement, spy: ReturnType<typeof vi.fn>) {
  await scriptClick(el);
  await act(() => void el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
  await act(() => void el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
  const form = el.closest('form');
  if (form) await act(() => form.requestSubmit(el.getAttribute('type') === 'submit' ? el : undefined));
  expect(spy, `${el.getAttribute('data-handoff-action')} ran for a script's event`).not.toHaveBeenCalled();
  await userClick(el);
  expect(spy, `${el.getAttribute('data-handoff-action')} did not run for the user's click`).toHaveBeenCalledTimes(1);
}

describe('trusted()', () => {
  it('runs the handler for an event the browser marked trusted only', () => {
    const handler = vi.fn();
    const wrapped = trusted(handler);
    wrapped(new MouseEvent('click'));
    const forged = new MouseEvent('click');
    // A script cannot set the flag in a browser (it is unforgeable); a missing or truthy-but-not-true one is no trust.
    Object.defineProperty(forged, 'isTrusted', { value: 1 });
    wrapped(forged);
    expect(handler).not.toHaveBeenCalled();
    const real = asUserInput(new MouseEvent('click'));
    wrapped(real);
    expect(handler).toHaveBeenCalledWith(real);
    expect(isUserInput(real)).toBe(true);
  });
});

describe('the sidebar\'s actions take real input only', () => {
  it('expand (the collapsed tab) and collapse', async () => {
    const onToggle = vi.fn();
    await expectOnlyRealInput(button(mount(<Sidebar state={linked()} collapsed onToggleCollapsed={onToggle} />), 'expand'), onToggle);
    const onCollapse = vi.fn();
    await expectOnlyRealInput(button(mount(<Sidebar state={linked()} collapsed={false} onToggleCollapsed={onCollapse} />), 'collapse'), onCollapse);
  });

  it('open the picker, link (the form\'s submit button and the other targets), create a deal, open in Handoff', async () => {
    const state: SidebarState = { kind: 'unlinked', pageLabel: 'this issue', suggestedAccount: 'Acme Corp' };
    const deals = [{ id: 'acme-platform', name: 'Acme', account: 'Acme Corp' }];
    const targets = [
      { kind: 'jira-issue', label: 'Link OPS-17' },
      { kind: 'jira-project', label: 'Link project OPS' },
    ];
    const loadDeals = vi.fn(async () => deals);
    await expectOnlyRealInput(button(mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} actions={{ linkTo: () => {}, loadDeals, linkTargets: targets }} />), 'open-picker'), loadDeals);
    for (const which of [0, 1]) {
      const linkTo = vi.fn();
      const root = mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} actions={{ linkTo, loadDeals: async () => deals, linkTargets: targets }} />);
      await userClick(button(root, 'open-picker'));
      await act(() => Promise.resolve());
      const link = root.querySelectorAll<HTMLButtonElement>('[data-handoff-action="link"]')[which]!;
      expect(link.disabled).toBe(false);
      await expectOnlyRealInput(link, linkTo);
      expect(linkTo).toHaveBeenCalledWith('acme-platform', targets[which]!.kind);
    }
    const createDeal = vi.fn();
    await expectOnlyRealInput(button(mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} actions={{ createDeal }} />), 'create-deal'), createDeal);
    const openOptions = vi.fn();
    await expectOnlyRealInput(button(mount(<Sidebar state={linked()} collapsed={false} onToggleCollapsed={() => {}} actions={{ openOptions }} />), 'open-options'), openOptions);
  });
});

describe('the request flag\'s actions take real input only', () => {
  const flag = (status: 'open' | 'dismissed') => {
    const spies = { onLog: vi.fn(), onRedirect: vi.fn(), onDismiss: vi.fn(), onUndo: vi.fn() };
    const root = mount(<RequestFlag label="pre-contract-work" evidence={[]} newestMessage="Can you write the SOW?" status={status} {...spies} />);
    return { root, spies };
  };

  it.each([
    ['log', 'onLog', 'open'],
    ['redirect', 'onRedirect', 'open'],
    ['dismiss', 'onDismiss', 'open'],
    ['undo', 'onUndo', 'dismissed'],
  ] as const)('%s', async (action, spy, status) => {
    const { root, spies } = flag(status);
    await expectOnlyRealInput(button(root, action), spies[spy]);
  });
});
