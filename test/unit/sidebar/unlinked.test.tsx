// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Sidebar } from '@/components/sidebar/Sidebar';
import type { DealChoice, SidebarActions, SidebarState } from '@/components/sidebar/types';
import { buttonByText, choose, click, mount, text, type } from './helpers';

const DEALS = [
  { id: 'acme-platform', name: 'Acme data platform rollout', account: 'Acme Corp' },
  { id: 'globex-crm', name: 'Globex CRM migration', account: 'Globex' },
  { id: 'initech-audit', name: 'Initech security audit', account: 'Initech' },
];

const unlinked = (patch: Partial<Extract<SidebarState, { kind: 'unlinked' }>> = {}): SidebarState => ({
  kind: 'unlinked',
  pageLabel: 'this thread',
  ...patch,
});

const show = (state: SidebarState, actions: SidebarActions) =>
  mount(<Sidebar state={state} collapsed={false} onToggleCollapsed={() => {}} actions={actions} />);

/** Mounts with the picker's deals behind `loadDeals` and opens the picker, as the user does. */
async function opened(state: SidebarState, actions: SidebarActions, deals: DealChoice[] = DEALS) {
  const root = show(state, { loadDeals: async () => deals, ...actions });
  await click(root.querySelector('[data-handoff-action="open-picker"]'));
  await act(() => Promise.resolve());
  return root;
}

const select = (root: Element) => root.querySelector<HTMLSelectElement>('select')!;

describe('Sidebar, no linked deal', () => {
  it('says so and links the chosen deal to the page', async () => {
    const linkTo = vi.fn();
    const root = await opened(unlinked(), { linkTo });
    expect(text(root)).toContain('No linked deal');
    expect(text(root)).toContain('Handoff has no deal linked to this thread.');
    const link = buttonByText(root, 'Link this thread')!;
    expect(link.disabled).toBe(true);
    await choose(select(root), 'globex-crm');
    expect(link.disabled).toBe(false);
    await click(link);
    expect(linkTo).toHaveBeenCalledWith('globex-crm', undefined);
  });

  it('lists every deal with its account', async () => {
    const root = await opened(unlinked(), { linkTo: () => {} });
    const options = [...select(root).options].map((o) => text(o));
    expect(options).toEqual([
      'Choose a deal…',
      'Acme data platform rollout (Acme Corp)',
      'Globex CRM migration (Globex)',
      'Initech security audit (Initech)',
    ]);
  });

  it.each([
    ['globex', ['Globex CRM migration (Globex)'], 'globex-crm'],
    ['SECURITY', ['Initech security audit (Initech)'], 'initech-audit'],
    ['a', ['Acme data platform rollout (Acme Corp)', 'Globex CRM migration (Globex)', 'Initech security audit (Initech)'], ''],
    ['nothing like it', [], ''],
  ])('searching %j leaves %j and picks %j', async (query, left, picked) => {
    const root = await opened(unlinked(), { linkTo: () => {} });
    await type(root.querySelector<HTMLInputElement>('input[type="search"]')!, query);
    expect([...select(root).options].slice(1).map((o) => text(o))).toEqual(left);
    expect(select(root).value).toBe(picked);
    expect(buttonByText(root, 'Link this thread')!.disabled).toBe(picked === '');
  });

  it('offers one button per link target and passes its kind', async () => {
    const linkTo = vi.fn();
    const root = await opened(unlinked({ pageLabel: 'this issue' }), {
      linkTo,
      linkTargets: [
        { kind: 'jira-issue', label: 'Link OPS-17' },
        { kind: 'jira-project', label: 'Link project OPS' },
      ],
    });
    expect(buttonByText(root, 'Link this issue')).toBeUndefined();
    await choose(select(root), 'acme-platform');
    await click(buttonByText(root, 'Link project OPS'));
    expect(linkTo).toHaveBeenLastCalledWith('acme-platform', 'jira-project');
    await click(buttonByText(root, 'Link OPS-17'));
    expect(linkTo).toHaveBeenLastCalledWith('acme-platform', 'jira-issue');
    expect(linkTo).toHaveBeenCalledTimes(2);
  });

  it('offers no picker when the page has no link target', () => {
    const root = show(unlinked(), { linkTo: () => {}, loadDeals: async () => DEALS, linkTargets: [], createDeal: () => {} });
    expect(root.querySelector('[data-handoff-action="open-picker"]')).toBeNull();
    expect(root.querySelector('[data-handoff-action="link"]')).toBeNull();
    expect(buttonByText(root, 'Create a deal')).toBeDefined();
  });

  it.each([
    [undefined, 'Create a deal'],
    ['Umbrella Inc', 'Create a deal for Umbrella Inc'],
  ])('creates a deal (suggested account %s)', async (suggestedAccount, label) => {
    const createDeal = vi.fn();
    const root = show(unlinked(suggestedAccount ? { suggestedAccount } : {}), { createDeal });
    await click(buttonByText(root, label));
    expect(createDeal).toHaveBeenCalledTimes(1);
  });

  it('puts and preselects the suggested account’s deal', async () => {
    const root = await opened(unlinked({ suggestedAccount: 'initech' }), { linkTo: () => {} });
    expect(text(select(root).options[1])).toBe('Initech security audit (Initech)');
    expect(select(root).value).toBe('initech-audit');
  });

  it('still offers to create a deal when there are none', async () => {
    const root = await opened(unlinked(), { linkTo: () => {}, createDeal: () => {} }, []);
    expect(root.querySelector('select')).toBeNull();
    expect(text(root)).toContain('There are no deals in Handoff yet.');
    expect(buttonByText(root, 'Create a deal')).toBeDefined();
  });

  it('renders hostile deal names as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const root = await opened(unlinked({ suggestedAccount: evil }), { linkTo: () => {}, createDeal: () => {} }, [{ id: 'x', name: evil, account: evil }]);
    expect(root.querySelector('img')).toBeNull();
    expect(text(select(root).options[1])).toBe(`${evil} (${evil})`);
  });

  it('asks for the deals only when the picker is opened, and says so when that fails', async () => {
    const loadDeals = vi.fn(async (): Promise<DealChoice[]> => {
      throw new Error('Handoff was updated: reload this page.');
    });
    const root = show(unlinked(), { linkTo: () => {}, loadDeals });
    expect(loadDeals).not.toHaveBeenCalled();
    expect(root.querySelector('select')).toBeNull();
    expect(text(buttonByText(root, 'Link this thread to a deal…'))).toBe('Link this thread to a deal…');
    await click(buttonByText(root, 'Link this thread to a deal…'));
    await act(() => Promise.resolve());
    expect(loadDeals).toHaveBeenCalledTimes(1);
    expect(text(root.querySelector('[role="alert"]'))).toContain('reload this page');
    expect(root.querySelector('[data-handoff-action="open-picker"]')).not.toBeNull();
  });
});
