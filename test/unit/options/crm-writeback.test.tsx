// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxItem } from '@/lib/crm/outbox';
import type { Deal, SalesRequest } from '@/lib/model';
import { blankDeal, makeDeal, makeRequest } from '../../support/factories';
import { flush, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const listeners: Array<(change: { stores: string[] }) => void> = [];
vi.mock('@/lib/sync/signal', () => ({
  onDataChanged: (cb: (change: { stores: string[] }) => void, { signal }: { signal: AbortSignal }) => {
    listeners.push(cb);
    signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(cb), 1));
  },
}));
const { RequestsView } = await import('@/components/options/requests/RequestsView');
const { DealEditor } = await import('@/components/options/deals/DealEditor');

const item = (refId: string, patch: Partial<OutboxItem> = {}): OutboxItem => ({
  id: `hubspot|request|${refId}`,
  source: 'hubspot',
  kind: 'request',
  dealId: 'hubspot:1',
  remoteDealId: '1',
  refId,
  as: 'note',
  subject: 's',
  body: 'b',
  createdAt: '2026-11-21T10:00:00.000Z',
  status: 'pending',
  attempts: 0,
  lastError: null,
  notBefore: null,
  remoteId: null,
  sentAt: null,
  ...patch,
});

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
let outbox: OutboxItem[];
let saved: Deal | null;
beforeEach(() => {
  send.mockReset();
  saved = null;
  outbox = [];
});
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const backend = (requests: SalesRequest[], deals: Deal[] = []) =>
  send.mockImplementation(async (type: string, payload: { refIds?: string[]; id?: string; deal?: Deal }) => {
    switch (type) {
      case 'requests.list':
        return requests;
      case 'deals.list':
        return deals;
      case 'people.list':
        return [];
      case 'crm.outbox.list':
        return outbox.filter((i) => payload.refIds!.includes(i.refId));
      case 'crm.outbox.retry':
        return { ...outbox.find((i) => i.id === payload.id)!, status: 'pending', lastError: null };
      case 'deals.save':
        saved = payload.deal!;
        return { ...payload.deal, updatedAt: '2026-11-22T00:00:00.000Z' };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });

describe('write-back on the request log', () => {
  const requests = [makeRequest({ id: 'w1' }), makeRequest({ id: 'w2' }), makeRequest({ id: 'w3' })];
  const state = (id: string) => root.querySelector<HTMLElement>(`tr[data-request-id="${id}"] [data-handoff="crm-writeback"]`);

  it('shows written, failed with its reason and a Retry, and nothing for a request with no item', async () => {
    outbox = [item('w1', { status: 'sent', remoteId: '88' }), item('w2', { status: 'failed', lastError: 'HTTP 403: missing scope crm.objects.contacts.write' })];
    backend(requests);
    await act(() => render(<RequestsView />, root));
    await flush();
    expect(send).toHaveBeenCalledWith('crm.outbox.list', { refIds: ['w1', 'w2', 'w3'] });
    expect(state('w1')!.dataset.state).toBe('sent');
    expect(state('w1')!.textContent).toBe('Written to HubSpot');
    expect(state('w2')!.dataset.state).toBe('failed');
    expect(state('w2')!.textContent).toContain('Write failed: HTTP 403: missing scope crm.objects.contacts.write');
    expect(state('w3')).toBeNull();
    expect(state('w1')!.querySelector('[data-handoff="crm-writeback-retry"]')).toBeNull();

    await act(() => state('w2')!.querySelector<HTMLButtonElement>('[data-handoff="crm-writeback-retry"]')!.click());
    await flush();
    expect(send).toHaveBeenCalledWith('crm.outbox.retry', { id: 'hubspot|request|w2' });
    expect(state('w2')!.dataset.state).toBe('pending');
    expect(state('w2')!.textContent).toBe('Waiting to write to HubSpot');
  });

  it('reads the states again when the worker announces a crm change', async () => {
    outbox = [item('w1')];
    backend(requests);
    await act(() => render(<RequestsView />, root));
    await flush();
    expect(state('w1')!.textContent).toBe('Waiting to write to HubSpot');
    outbox = [item('w1', { status: 'sent' })];
    await act(() => listeners.forEach((l) => l({ stores: ['crm'] })));
    await flush();
    expect(state('w1')!.textContent).toBe('Written to HubSpot');
  });

  it('shows the log as before when no CRM answers', async () => {
    backend(requests);
    send.mockImplementation(async (type: string) => {
      if (type === 'crm.outbox.list') throw new Error('No CRM connection in this context');
      return type === 'requests.list' ? requests : [];
    });
    await act(() => render(<RequestsView />, root));
    await flush();
    expect(root.querySelectorAll('tr[data-request-id]')).toHaveLength(3);
    expect(root.querySelector('[data-handoff="crm-writeback"]')).toBeNull();
  });
});

describe('deliverable decisions in the deal editor', () => {
  const decision = (i: number) => $<HTMLSelectElement>(`select[data-field="deliverables[${i}].pmDecision"]`);
  async function choose(i: number, value: string) {
    await act(() => {
      decision(i).value = value;
      decision(i).dispatchEvent(new Event('change', { bubbles: true }));
    });
  }
  const editor = (deal: Deal) => <DealEditor initial={deal} isNew={false} remote={deal} people={[]} defaultRemindDays={14} onClose={() => {}} />;

  it('reads and saves Not reviewed / Confirmed / Refused as pmConfirmed and the loose pmRefused', async () => {
    const base = makeDeal();
    const deal: Deal = { ...base, deliverables: [...base.deliverables, { id: 'd3', name: 'SSO', promisedOn: null, promisedBy: null, pmConfirmed: false, pmRefused: true } as Deal['deliverables'][number]] };
    backend([], [deal]);
    await act(() => render(editor(deal), root));
    await flush();
    expect([0, 1, 2].map((i) => decision(i).value)).toEqual(['none', 'confirmed', 'refused']);
    expect([...decision(0).options].map((o) => o.textContent)).toEqual(['Not reviewed', 'Confirmed', 'Refused']);

    await choose(0, 'refused');
    await choose(1, 'none');
    await choose(2, 'confirmed');
    await act(() => $<HTMLButtonElement>('[data-handoff-options="save-deal"]').click());
    await flush();
    expect(saved!.deliverables).toEqual([
      { ...deal.deliverables[0], pmConfirmed: false, pmRefused: true },
      { ...deal.deliverables[1], pmConfirmed: false },
      { id: 'd3', name: 'SSO', promisedOn: null, promisedBy: null, pmConfirmed: true },
    ]);
    // Saved and read back: the editor shows the same decisions.
    expect([0, 1, 2].map((i) => decision(i).value)).toEqual(['refused', 'none', 'confirmed']);
  });

  it('says where a synced deal came from, that the CRM removed it, and each decision’s write to the CRM', async () => {
    const deal = {
      ...blankDeal('hubspot:123', { name: 'Globex renewal' }),
      deliverables: [
        { id: 'crm-d-1', name: 'Bad line', promisedOn: null, promisedBy: null, pmConfirmed: false, pmRefused: true, fromCrm: true, unparsed: 'no date (write YYYY-MM-DD: text)' },
      ],
      crm: { source: 'hubspot', remoteId: '123', domains: [], removed: 'archived' },
    } as Deal;
    outbox = [item('hubspot:123/crm-d-1', { id: 'a', kind: 'deliverable', status: 'failed', lastError: 'HTTP 500', createdAt: '2026-11-21T09:00:00.000Z' })];
    backend([], [deal]);
    await act(() => render(editor(deal), root));
    await flush();
    const origin = $('[data-handoff="crm-origin"]');
    expect(origin.dataset.crm).toBe('hubspot');
    expect(origin.dataset.removed).toBe('archived');
    expect(origin.textContent).toContain('From HubSpot, deal 123.');
    expect(origin.textContent).toContain('Archived in HubSpot: no longer synced.');
    expect(root.textContent).not.toContain('Also kept as they are: crm');
    const row = $('[data-row="deliverables[0]"]');
    expect(row.querySelector('[data-handoff-options="item-origin"]')!.textContent).toContain('This line could not be read: no date (write YYYY-MM-DD: text).');
    expect(send).toHaveBeenCalledWith('crm.outbox.list', { refIds: ['hubspot:123/crm-d-1'] });
    expect(row.querySelector('[data-handoff="crm-writeback"]')!.textContent).toContain('Write failed: HTTP 500');
  });

  it('asks nothing of the CRM for a deal typed in by hand', async () => {
    const deal = makeDeal();
    backend([], [deal]);
    await act(() => render(editor(deal), root));
    await flush();
    expect(root.querySelector('[data-handoff="crm-origin"]')).toBeNull();
    expect(send.mock.calls.map((c) => c[0])).not.toContain('crm.outbox.list');
  });
});
