import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';
import type { Deal } from '@/lib/model';
import type { SidebarState } from '@/components/sidebar/types';

export const TODAY = '2026-11-21';

export function makeDeal(patch: Partial<Deal> = {}): Deal {
  return {
    id: 'acme-platform',
    name: 'Acme data platform rollout',
    account: 'Acme Corp',
    stage: 'negotiation',
    signedOn: null,
    owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
    value: { amount: 180000, currency: 'USD' },
    billing: { model: 'milestone', paymentTermsDays: 45, notes: '30% on kickoff' },
    specialTerms: [
      { id: 't1', text: 'Phase 1 must be live by 2027-01-15 or the first milestone is not paid', dueOn: '2027-01-15', remindDaysBefore: 14 },
      { id: 't2', text: 'Weekly written status report to the VP Operations', dueOn: null },
      { id: 't3', text: 'Security review before go-live', dueOn: '2026-11-24' },
    ],
    deliverables: [
      { id: 'd1', name: 'Pilot dashboard', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false },
      { id: 'd2', name: 'Data migration plan', promisedOn: '2026-12-20', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: true },
    ],
    stakeholders: [
      { name: 'Lee Park', email: 'lee.park@acme.com', role: 'VP Operations', status: 'active' },
      { name: 'Jo Marsh', email: 'jo.marsh@acme.com', role: 'IT Director', status: 'left' },
    ],
    links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: ['NW'], asana: [] },
    notes: 'Customer prefers Tuesday calls.',
    updatedAt: '2026-11-20T16:30:00.000Z',
    ...patch,
  };
}

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

export async function click(el: Element | null | undefined): Promise<void> {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

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
