import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { Deal } from '@/lib/model';
import type { SidebarState } from '@/components/sidebar/types';
import { makeDeal, TODAY } from '../../support/factories';
import { userClick } from '../../support/user-events';

export function linked(patch: Partial<Deal> = {}, extra: Partial<Extract<SidebarState, { kind: 'linked' }>> = {}): SidebarState {
  return { kind: 'linked', deal: makeDeal(patch), via: 'gmail-thread', alsoMatched: [], today: TODAY, defaultRemindDays: 14, ...extra };
}

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

/** Renders into a fresh div in the document and returns it. */
export function mount(vnode: ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  render(vnode, el);
  return el;
}

export function rerender(el: HTMLElement, vnode: ComponentChild): void {
  render(vnode, el);
}

/** The user's click (trusted, test/support/user-events.ts): the sidebar's actions ignore a script's `el.click()`. */
export const click = userClick;

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function type(input: HTMLInputElement, value: string): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

export function field(root: Element, name: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-handoff-field="${name}"]`);
  if (!el) throw new Error(`no [data-handoff-field="${name}"]`);
  return el;
}

export function buttonByText(root: Element, label: string | RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  );
}
