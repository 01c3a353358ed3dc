// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HandoffError } from '@/lib/messaging/errors';
import { DEFAULT_SETTINGS, emptyDeal, type Deal } from '@/lib/model';
import { flush, mountRootEachTest } from '../../support/preact-root';
import { listReply } from '../../support/worker-lists';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const listeners: Array<() => void> = [];
vi.mock('@/lib/sync/signal', () => ({
  onDataChanged: (cb: () => void, { signal }: { signal: AbortSignal }) => {
    listeners.push(cb);
    signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(cb), 1));
  },
}));

const { DataView } = await import('@/components/options/data/DataView');
const { DealsView } = await import('@/components/options/deals/DealsView');

const acme: Deal = {
  ...emptyDeal('acme-platform', new Date('2026-11-20T16:30:00.000Z')),
  name: 'Acme data platform rollout',
  account: 'Acme Corp',
  stage: 'negotiation',
};

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
beforeEach(() => {
  send.mockReset();
  history.replaceState(null, '', location.pathname);
});

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function type(sel: string, value: string) {
  const el = $<HTMLInputElement>(sel);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('DataView', () => {
  it('imports the chosen file and shows the counts', async () => {
    send.mockResolvedValueOnce({ ok: true, counts: { added: 3, updated: 1, skipped: 0, rejected: 0 } });
    await act(() => render(<DataView />, root));
    const input = $<HTMLInputElement>('input[type=file][data-handoff="import"]');
    const file = new File(['{"format":"handoff-backup"}'], 'backup.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    expect(send).toHaveBeenCalledWith('backup.import', { text: '{"format":"handoff-backup"}', fileName: 'backup.json' }, expect.any(Function));
    expect($('[data-handoff="import-result"]').textContent).toContain('Added 3, updated 1, skipped 0, rejected 0');
  });

  it('shows the error and every problem of a refused file', async () => {
    send.mockResolvedValueOnce({
      ok: false,
      counts: { added: 0, updated: 0, skipped: 0, rejected: 1 },
      error: 'bad.json: deals[0] (id "x"), field "stage": must be one of … Nothing was imported.',
      problems: [{ record: 'deals[0]', recordId: 'x', field: 'stage', message: 'bad', text: 'bad.json: deals[0] (id "x"), field "stage": bad' }],
    });
    await act(() => render(<DataView />, root));
    const input = $<HTMLInputElement>('[data-handoff="import"]');
    Object.defineProperty(input, 'files', { value: [new File(['{}'], 'bad.json')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
    await flush();
    const result = $('[data-handoff="import-result"]').textContent!;
    expect(result).toContain('field "stage"');
    expect(result).toContain('rejected 1');
    expect(root.querySelectorAll('.problem-list li')).toHaveLength(1);
  });

  it('enables "Delete all data" only after the phrase is typed', async () => {
    send.mockResolvedValueOnce({ ok: true });
    await act(() => render(<DataView />, root));
    const button = $<HTMLButtonElement>('[data-handoff-options="delete-all"]');
    expect(button.disabled).toBe(true);
    await type('[data-handoff-options="delete-all-confirm"]', 'delete all data');
    expect(button.disabled).toBe(false);
    await act(() => button.click());
    await flush();
    expect(send).toHaveBeenCalledWith('data.deleteAll', { confirm: 'delete all data' });
  });

  it('says clearly when storage is full', async () => {
    send.mockRejectedValueOnce(new HandoffError('quota', 'The browser refused to store more data'));
    await act(() => render(<DataView />, root));
    await type('[data-handoff-options="delete-all-confirm"]', 'delete all data');
    await act(() => $<HTMLButtonElement>('[data-handoff-options="delete-all"]').click());
    await flush();
    expect($('[data-error-code="quota"]').textContent).toContain('Storage is full');
  });
});

describe('DealsView', () => {
  function backend(deals: Deal[]) {
    send.mockImplementation(async (type: string, payload: { deal?: Deal; create?: boolean }) => {
      const listed = listReply(type, payload, { deals });
      if (listed !== undefined) return listed;
      if (type === 'people.list') return [];
      if (type === 'settings.get') return DEFAULT_SETTINGS;
      if (type === 'deals.save') {
        if (payload.create && deals.some((d) => d.id === payload.deal!.id)) {
          throw new HandoffError('invalid', 'exists', [{ field: 'id', message: 'already exists' }]);
        }
        return { ...payload.deal, updatedAt: '2026-11-22T00:00:00.000Z' };
      }
      throw new Error(`unexpected ${type}`);
    });
  }

  it('lists deals and validates the editor as you type', async () => {
    backend([acme]);
    await act(() => render(<DealsView />, root));
    await flush();
    expect($('tr[data-deal-id="acme-platform"]').textContent).toContain('unsigned');
    await act(() => $<HTMLButtonElement>('tr[data-deal-id="acme-platform"] .link-button').click());
    await flush(); // the deal is read as stored now
    const save = () => $<HTMLButtonElement>('[data-handoff-options="save-deal"]');
    expect(save().disabled).toBe(true); // nothing changed yet
    await type('[data-field="value.amount"]', '12k');
    expect(save().disabled).toBe(true);
    expect($('[data-field="value.amount"]').closest('.field')!.textContent).toContain('must be a number');
    expect($('[data-field="value.currency"]').closest('.field')!.textContent).toContain('3-letter currency');
    await type('[data-field="value.amount"]', '');
    await type('[data-field="signedOn"]', '2026-11-21');
    await type('[data-field="owner.name"]', 'Dana');
    expect($('[data-field="owner.email"]').closest('.field')!.textContent).toContain('must be an e-mail address');
    await type('[data-field="owner.email"]', 'dana@northwind.io');
    expect(save().disabled).toBe(false);
    await act(() => save().click());
    await flush();
    const saved = send.mock.calls.find(([t]) => t === 'deals.save')![1] as { deal: Deal; create: boolean };
    expect(saved.create).toBe(false);
    expect(saved.deal).toMatchObject({ id: 'acme-platform', signedOn: '2026-11-21', owner: { name: 'Dana', email: 'dana@northwind.io' } });
    expect(root.textContent).toContain('Saved at');
  });

  it('suggests an id from the name and shows a duplicate-id refusal', async () => {
    backend([acme]);
    await act(() => render(<DealsView />, root));
    await flush();
    await act(() => $<HTMLButtonElement>('[data-handoff-options="new-deal"]').click());
    await type('[data-field="name"]', 'Acme Platform');
    await flush(); // the ids already taken arrive: the suggestion steps around them
    expect($<HTMLInputElement>('[data-field="id"]').value).toBe('acme-platform-2');
    await type('[data-field="id"]', 'acme-platform');
    expect($('[data-field="id"]').closest('.field')!.textContent).toContain('already used');
  });

  it('opens the view the location hash names', async () => {
    backend([acme]);
    location.hash = '#deals/acme-platform';
    await act(() => render(<DealsView />, root));
    await flush();
    expect($('[data-handoff-options="deal-editor"]').dataset.dealId).toBe('acme-platform');
    render(null, root);

    location.hash = '#new-deal?account=Initech&domains=initech.com,initech.de';
    await act(() => render(<DealsView />, root));
    await flush();
    expect($<HTMLInputElement>('[data-field="account"]').value).toBe('Initech');
    expect($<HTMLTextAreaElement>('[data-field="links.domains"]').value).toBe('initech.com\ninitech.de');
    await type('[data-field="name"]', 'Initech rollout');
    expect($<HTMLInputElement>('[data-field="id"]').value).toBe('initech-rollout');
    location.hash = '';
  });

  it('shows a page more rows on "Show more", and one page again when the filter changes', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ ...acme, id: `deal-${String(i).padStart(3, '0')}`, name: `Deal ${String(i).padStart(3, '0')}` }));
    backend(many);
    await act(() => render(<DealsView />, root));
    const rows = () => root.querySelectorAll('tr[data-deal-id]').length;
    // The first screenful is asked for first, then the first page.
    await vi.waitFor(() => expect(rows()).toBeGreaterThan(0));
    expect(send).toHaveBeenNthCalledWith(1, 'deals.page', { filter: '', limit: 40 });
    await flush();
    expect(rows()).toBe(200);
    expect($('[data-handoff-options="deal-list-more"]').textContent).toContain('Showing 200 of 450 deals');
    await act(() => $<HTMLButtonElement>('[data-handoff-options="deal-list-show-more"]').click());
    await flush();
    expect(rows()).toBe(400);
    expect(send).toHaveBeenLastCalledWith('deals.page', { filter: '', limit: 400 });
    expect($('[data-handoff-options="deal-list-show-more"]').textContent).toBe('Show 50 more');
    await type('[data-handoff-options="deal-filter"]', 'deal');
    await flush();
    expect(send).toHaveBeenLastCalledWith('deals.page', { filter: 'deal', limit: 200 });
    expect(rows()).toBe(200);
  });
});
