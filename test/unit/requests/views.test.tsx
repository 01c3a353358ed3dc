// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SalesRequest } from '@/lib/model';
import { blankDeal as deal, salesPeople as people, makeRequest as req } from '../../support/factories';
import { flush, mountRootEachTest } from '../../support/preact-root';
import { listReply } from '../../support/worker-lists';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('@/lib/sync/signal', () => ({ onDataChanged: () => {} }));

const { RequestsView } = await import('@/components/options/requests/RequestsView');
const { WeeklySyncView } = await import('@/components/options/weekly-sync/WeeklySyncView');
const { markFirstScreenShown } = await import('@/lib/options/first-screen');

const acme = deal('acme-platform', { name: 'Acme data platform rollout' });
const today = new Date();
const recent = new Date(today.getTime() - 3_600_000).toISOString();
const requests: SalesRequest[] = [
  req({ id: 'r2', loggedAt: recent, from: { name: 'Marco', email: 'marco.bianchi@northwind.io' }, label: 'estimate-request', summary: 'Quote, "phase 3"' }),
  req({ id: 'r1', loggedAt: recent, summary: 'Finish the <b>SOW</b>' }),
];

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
beforeEach(() => {
  send.mockReset();
  send.mockImplementation(async (type: string, payload: { id?: string; status?: string }) => {
    const listed = listReply(type, payload, { deals: [acme], requests, people });
    if (listed !== undefined) return listed;
    switch (type) {
      case 'requests.list':
        return requests;
      case 'people.list':
        return people;
      case 'requests.setStatus':
        return { ...requests.find((r) => r.id === payload.id)!, status: payload.status };
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const rowIds = () => [...root.querySelectorAll('[data-handoff-options="requests-table"] tbody tr')].map((tr) => tr.getAttribute('data-request-id'));

describe('RequestsView', () => {
  it('lists the requests, filters by rep, changes a status in place and exports the filtered rows', async () => {
    await act(() => render(<RequestsView />, root));
    await flush();
    expect(rowIds()).toEqual(['r2', 'r1']);
    // Text stays text.
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('Finish the <b>SOW</b>');
    expect(root.querySelector('svg[role=img] title')?.textContent).toBe('Requests per Sales rep and label');

    const sender = $<HTMLSelectElement>('[data-handoff-options="requests-filter-sender"]');
    await act(() => {
      sender.value = 'marco.bianchi@northwind.io';
      sender.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(rowIds()).toEqual(['r2']);
    expect($('[data-handoff-options="requests-count"]').textContent).toBe('1 of 2 requests');

    const status = $<HTMLSelectElement>('tr[data-request-id="r2"] select[data-field="status"]');
    await act(() => {
      status.value = 'declined';
      status.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(send).toHaveBeenCalledWith('requests.setStatus', { id: 'r2', status: 'declined' });
    expect($('tr[data-request-id="r2"]').getAttribute('data-status')).toBe('declined');

    let blob: Blob | undefined;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await act(() => $<HTMLButtonElement>('[data-handoff-options="requests-export"]').click());
    expect(clicked).toHaveBeenCalledOnce();
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob!.arrayBuffer());
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFid,loggedAt,fromName,fromEmail,deal,label,status,summary,note,sourceKind,sourceUrl');
    expect(lines).toHaveLength(3); // header, Marco's row, and the final CRLF
    expect(lines[1]).toContain(',declined,"Quote, ""phase 3""",');
  });

  it('shows a status that could not be saved as it was, with the error', async () => {
    await act(() => render(<RequestsView />, root));
    await flush();
    send.mockImplementationOnce(async () => {
      throw new Error('disk full');
    });
    const status = $<HTMLSelectElement>('tr[data-request-id="r1"] select[data-field="status"]');
    await act(() => {
      status.value = 'done';
      status.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect($('[role=alert]').textContent).toContain('Could not change the status');
    expect($('tr[data-request-id="r1"]').getAttribute('data-status')).toBe('open');
  });
});

describe('WeeklySyncView', () => {
  /** The section comes on screen when `show()` is called (IntersectionObserver, as the browser reports it). */
  let show = () => {};
  beforeEach(() => {
    // The deals list above has shown (lib/options/first-screen.ts).
    markFirstScreenShown();
    vi.stubGlobal('IntersectionObserver', class {
      constructor(private readonly cb: (entries: Array<{ isIntersecting: boolean }>) => void) {}
      observe() {
        show = () => this.cb([{ isIntersecting: true }]);
        show();
      }
      disconnect() {}
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the agenda only once the section nears the screen (the deals list above it goes first)', async () => {
    vi.stubGlobal('IntersectionObserver', class {
      constructor(private readonly cb: (entries: Array<{ isIntersecting: boolean }>) => void) {}
      observe() {
        show = () => this.cb([{ isIntersecting: true }]);
      }
      disconnect() {}
    });
    await act(() => render(<WeeklySyncView />, root));
    await flush();
    expect(send.mock.calls.filter(([t]) => t === 'weekly.agenda')).toHaveLength(0);
    expect(root.textContent).toContain('Loading');
    await act(() => show());
    await flush();
    expect(send.mock.calls.filter(([t]) => t === 'weekly.agenda')).toHaveLength(1);
    expect($<HTMLTextAreaElement>('textarea[data-handoff-options="weekly-markdown"]').value).toContain('## Open requests (2)');
  });

  it('shows the Markdown and copies it in one click', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(() => render(<WeeklySyncView />, root));
    await flush();
    const area = $<HTMLTextAreaElement>('textarea[data-handoff-options="weekly-markdown"]');
    expect(area.readOnly).toBe(true);
    expect(area.value).toContain('## Open requests (2)');
    expect(area.value).toContain('Finish the \\<b\\>SOW\\</b\\>');
    await act(() => $<HTMLButtonElement>('[data-handoff-options="weekly-copy"]').click());
    await flush();
    expect(writeText).toHaveBeenCalledWith(area.value);
    expect($('[data-handoff-options="weekly-copy-status"]').textContent).toBe('Copied');
  });

  it('says how to copy by hand when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new Error('denied'); } }, configurable: true });
    await act(() => render(<WeeklySyncView />, root));
    await flush();
    await act(() => $<HTMLButtonElement>('[data-handoff-options="weekly-copy"]').click());
    await flush();
    expect($('[data-handoff-options="weekly-copy-status"]').textContent).toContain('Could not copy (denied)');
  });
});
