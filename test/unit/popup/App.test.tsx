// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageDescription } from '@/lib/messaging/page-describe';
import { emptyDeal, type Deal, type Person, type SalesRequest } from '@/lib/model';
import { flush as flushTurns, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const listeners: Array<(change: { stores: string[] }) => void> = [];
vi.mock('@/lib/sync/signal', () => ({
  onDataChanged: (cb: (change: { stores: string[] }) => void, { signal }: { signal: AbortSignal }) => {
    listeners.push(cb);
    signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(cb), 1));
  },
}));
const openOptionsPage = vi.fn(async () => {});
const tabsQuery = vi.fn(async () => [{ id: 1 }]);
const tabsSendMessage = vi.fn(async (): Promise<unknown> => undefined);
vi.mock('wxt/browser', () => ({
  browser: { runtime: { openOptionsPage: () => openOptionsPage() }, tabs: { query: () => tabsQuery(), sendMessage: () => tabsSendMessage() } },
}));

const { App } = await import('@/components/popup/App');

const NOW = new Date('2026-11-21T12:00:00.000Z');
const acme: Deal = { ...emptyDeal('acme-platform', NOW), name: 'Acme data platform rollout', account: 'Acme Corp', stage: 'negotiation' };
const people: Person[] = [
  { email: 'sam@northwind.io', name: 'Sam PM', role: 'pm' },
  { email: 'dana.ruiz@northwind.io', name: 'Dana Ruiz', role: 'sales' },
];
const described: PageDescription = {
  kind: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
  title: 'Re: Acme SOW',
  sender: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
  dealId: 'acme-platform',
  dealName: 'Acme data platform rollout',
  label: 'pre-contract-work',
  summary: 'Asked me to write the SOW before signature',
  messageId: '18c2f0a9b3d4e5f6',
};
const logged = (id: string, hoursAgo: number, patch: Partial<SalesRequest> = {}): SalesRequest => ({
  id,
  loggedAt: new Date(NOW.getTime() - hoursAgo * 3_600_000).toISOString(),
  from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
  dealId: 'acme-platform',
  label: 'estimate-request',
  summary: `Request ${id}`,
  source: { kind: 'manual', url: null },
  status: 'open',
  note: '',
  ...patch,
});

let requests: SalesRequest[] = [];
let root: HTMLElement;
mountRootEachTest((el) => (root = el));

beforeEach(() => {
  requests = [];
  send.mockReset();
  send.mockImplementation(async (type: string, payload: Record<string, unknown>) => {
    switch (type) {
      case 'requests.list':
        return payload.status ? requests.filter((r) => r.status === payload.status) : requests.slice(0, (payload.limit as number) ?? Infinity);
      case 'deals.list':
        return [acme];
      case 'people.list':
        return people;
      case 'requests.save':
        return payload.request;
      case 'gmail.flag':
        return null;
      case 'requests.setStatus': {
        const r = requests.find((x) => x.id === payload.id)!;
        return { ...r, status: payload.status };
      }
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
});

const flush = () => flushTurns(6);
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const field = <T extends HTMLInputElement | HTMLSelectElement = HTMLInputElement>(name: string) =>
  $<T>(`form[data-handoff="quick-log"] [data-field="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
async function type(name: string, value: string) {
  const el = field(name);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function submit() {
  await act(() => void $<HTMLFormElement>('form[data-handoff="quick-log"]').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
  await flush();
}
async function mount(describe: () => Promise<PageDescription | null>, extra: Record<string, unknown> = {}) {
  let n = 0;
  await act(() => render(<App describe={describe} now={() => NOW} newId={() => `random-${++n}`} {...extra} />, root));
  await flush();
}

describe('quick-log form', () => {
  it('opens prefilled from the tab, with the summary focused, and logs on submit', async () => {
    await mount(async () => described);
    expect(field('from.name').value).toBe('Dana Ruiz');
    expect(field('from.email').value).toBe('dana.ruiz@northwind.io');
    expect(field<HTMLSelectElement>('dealId').value).toBe('acme-platform');
    expect(field<HTMLSelectElement>('label').value).toBe('pre-contract-work');
    expect(field<HTMLSelectElement>('status').value).toBe('open');
    expect(field('summary').value).toBe('Asked me to write the SOW before signature');
    expect(document.activeElement).toBe(field('summary'));
    expect(text($('.ql-source'))).toBe('From this Gmail message: Re: Acme SOW');

    await submit();
    expect(send).toHaveBeenCalledWith('requests.save', {
      request: {
        id: 'gmail-18c2f0a9b3d4e5f6',
        loggedAt: NOW.toISOString(),
        from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
        dealId: 'acme-platform',
        label: 'pre-contract-work',
        summary: 'Asked me to write the SOW before signature',
        source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ' },
        status: 'open',
        note: '',
      },
    });
    expect(send).toHaveBeenCalledWith('gmail.flag', { messageId: '18c2f0a9b3d4e5f6' });
    expect(text($('[data-handoff-notice]'))).toBe('Logged: Asked me to write the SOW before signature');
    // Reset for the next one: blank, typed by hand, summary focused.
    expect(field('summary').value).toBe('');
    expect(field('from.email').value).toBe('');
    expect($('.ql-source').getAttribute('data-source-kind')).toBe('manual');
    expect(document.activeElement).toBe(field('summary'));
  });

  it('opens blank and typed by hand when the tab has nothing to say', async () => {
    await mount(async () => null);
    expect(field('summary').value).toBe('');
    expect(field<HTMLSelectElement>('label').value).toBe('pre-contract-work');
    expect(field<HTMLSelectElement>('dealId').value).toBe('');
    expect(text($('.ql-source'))).toBe('Typed in by hand.');
  });

  it('falls back to a blank form when the content script does not answer (real tabs API)', async () => {
    tabsSendMessage.mockRejectedValueOnce(new Error('Receiving end does not exist.'));
    let n = 0;
    await act(() => render(<App now={() => NOW} newId={() => `random-${++n}`} />, root));
    await flush();
    expect(tabsQuery).toHaveBeenCalled();
    expect($('.ql-source').getAttribute('data-source-kind')).toBe('manual');
  });

  it('names each invalid field and saves nothing', async () => {
    await mount(async () => null);
    await type('from.email', 'dana');
    await submit();
    expect(send).not.toHaveBeenCalledWith('requests.save', expect.anything());
    const email = field('from.email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(text(root.querySelector(`#${CSS.escape(email.getAttribute('aria-describedby')!)}`))).toBe('"dana" is not an e-mail address');
    expect(text(field('summary').parentElement!.querySelector('.field-errors'))).toBe('Say what Sales asked for');
    expect(document.activeElement).toBe(email);
    // Fixing a field clears its problem.
    await type('summary', 'Wants a quote');
    expect(field('summary').parentElement!.querySelector('.field-errors')).toBeNull();
  });

  it('fills the name from the roster when an e-mail is picked', async () => {
    await mount(async () => null);
    await type('from.email', 'Dana.Ruiz@northwind.io');
    expect(field('from.name').value).toBe('Dana Ruiz');
    const emails = [...root.querySelectorAll('datalist')[1]!.querySelectorAll('option')].map((o) => o.value);
    expect(emails).toEqual(['dana.ruiz@northwind.io', 'sam@northwind.io']);
  });

  it('shows problems the background names, by field', async () => {
    const { HandoffError } = await import('@/lib/messaging/errors');
    const save = vi.fn(async () => {
      throw new HandoffError('invalid', 'bad request', [{ field: 'note', message: 'too long' }]);
    });
    await mount(async () => described, { save });
    await submit();
    expect(text(field('note').parentElement!.querySelector('.field-errors'))).toBe('too long');
    expect(field('summary').value).toBe(described.summary);
  });

  it('opens a message the sidebar logged already as that request', async () => {
    requests = [logged('gmail-18c2f0a9b3d4e5f6', 3, { status: 'redirected', label: 'pre-contract-work', note: 'sent to Dana' })];
    await mount(async () => described);
    expect(field<HTMLSelectElement>('status').value).toBe('redirected');
    expect(field('note').value).toBe('sent to Dana');
    expect(text($('button[type=submit]'))).toBe('Update request');
    expect(text($('.ql-source'))).toBe('Logged 3 h ago: saving updates it.');
    await submit();
    expect(send).toHaveBeenCalledWith('requests.save', { request: expect.objectContaining({ loggedAt: requests[0]!.loggedAt, status: 'redirected' }) });
  });
});

describe('recent requests', () => {
  it('shows the empty state and no open requests', async () => {
    await mount(async () => null);
    expect(text($('[data-handoff="request-list"]'))).toContain('No requests logged yet');
    expect(text($('.open-count'))).toBe('No open requests');
  });

  it('lists the newest first with who, summary, deal, label, date and status', async () => {
    requests = [logged('r3', 0.5), logged('r2', 30, { status: 'done', dealId: null, label: 'status-request' }), logged('r1', 24 * 9, { from: { name: '', email: 'x@y.io' } })];
    await mount(async () => null);
    const rows = [...root.querySelectorAll('[data-handoff="request-list"] li')];
    expect(rows.map((r) => r.getAttribute('data-request-id'))).toEqual(['r3', 'r2', 'r1']);
    expect(text(rows[0]!.querySelector('.req-who'))).toBe('Dana Ruiz');
    expect(text(rows[0]!.querySelector('.req-summary'))).toBe('Request r3');
    expect(text(rows[0]!.querySelector('.req-deal'))).toBe('Acme data platform rollout');
    expect(text(rows[0]!.querySelector('.req-label'))).toBe('Estimate request');
    expect(text(rows[0]!.querySelector('time'))).toBe('30 min ago');
    expect(rows[1]!.querySelector('.req-deal')).toBeNull();
    expect(text(rows[1]!.querySelector('time'))).toBe('yesterday');
    expect(text(rows[2]!.querySelector('.req-who'))).toBe('x@y.io');
    expect(text(rows[2]!.querySelector('time'))).toBe('12 Nov');
    expect(rows.map((r) => r.querySelector('select')!.value)).toEqual(['open', 'done', 'open']);
    expect(text($('.open-count'))).toBe('2 open requests');
  });

  it('changes a status in place and follows the store live', async () => {
    requests = [logged('r1', 1)];
    await mount(async () => null);
    const select = $<HTMLSelectElement>('[data-request-id="r1"] select');
    await act(() => {
      select.value = 'accepted';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(send).toHaveBeenCalledWith('requests.setStatus', { id: 'r1', status: 'accepted' });
    // The background announces the change; the popup reloads.
    requests = [logged('r4', 0), { ...requests[0]!, status: 'accepted' }];
    await act(() => listeners.forEach((l) => l({ stores: ['requests'] })));
    await flush();
    expect([...root.querySelectorAll('[data-handoff="request-list"] li')].map((r) => r.getAttribute('data-status'))).toEqual(['open', 'accepted']);
    expect(text($('.open-count'))).toBe('1 open request');
  });

  it('opens the options page at the requests view from "All requests →"', async () => {
    await mount(async () => null);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'All requests →')!;
    expect(link.getAttribute('href')).toBe('/options.html#requests');
    await act(() => link.click());
    expect(send).toHaveBeenCalledWith('ui.openOptions', { view: 'requests' });
  });
});
