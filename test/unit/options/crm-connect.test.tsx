// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HandoffError } from '@/lib/messaging/errors';
import { hubspotConfig, notConnected, statusOf } from '../../support/crm-status';
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
const { CrmView } = await import('@/components/options/crm/CrmView');

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
let request: ReturnType<typeof vi.fn<(p: unknown) => Promise<boolean>>>;
let remove: ReturnType<typeof vi.fn<(p: unknown) => Promise<boolean>>>;
let optional: string[];
beforeEach(() => {
  send.mockReset();
  request = vi.fn(async (_p: unknown) => true);
  remove = vi.fn(async (_p: unknown) => true);
  optional = ['identity'];
  vi.spyOn(fakeBrowser.permissions, 'request').mockImplementation((p) => request(p));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((p) => remove(p));
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => ({ optional_permissions: optional }) as never);
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue(`https://${fakeBrowser.runtime.id}.chromiumapp.org/`);
});
afterEach(() => vi.restoreAllMocks());

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const status = (crm: string) => $(`[data-handoff="crm-status"][data-crm="${crm}"]`);
const sentTypes = () => send.mock.calls.map((c) => c[0]);
async function type(sel: string, value: string) {
  const el = $<HTMLInputElement>(sel);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
/** Clicks Connect and reports whether the permission was asked before the click handler returned (a user gesture). */
async function clickConnect(crm: string): Promise<boolean> {
  let askedInClick = false;
  await act(() => {
    $<HTMLButtonElement>(`[data-handoff="crm-connect"][data-crm="${crm}"]`).click();
    askedInClick = request.mock.calls.length > 0;
  });
  await flush();
  return askedInClick;
}
async function show(statuses = notConnected()) {
  send.mockImplementation(async (t: string) => {
    if (t === 'crm.status') return statuses;
    throw new Error(`unexpected ${t}`);
  });
  await act(() => render(<CrmView />, root));
  await flush();
}

describe('CRM status', () => {
  it('always says each connection’s state in words, and reads it again on the crm signal only', async () => {
    await show();
    expect(status('hubspot').textContent).toBe('HubSpot is not connected.');
    expect(status('salesforce').textContent).toBe('Salesforce is not connected.');
    expect(status('hubspot').dataset.state).toBe('not-connected');

    const connected = [statusOf('hubspot', hubspotConfig(), { lastSyncAt: '2026-11-21T11:55:00.000Z', dealCount: 2000 }), statusOf('salesforce', null)];
    send.mockImplementation(async () => connected);
    await act(() => listeners.forEach((l) => l({ stores: ['deals'] })));
    await flush();
    expect(status('hubspot').textContent).toBe('HubSpot is not connected.');
    await act(() => listeners.forEach((l) => l({ stores: ['crm'] })));
    await flush();
    expect(status('hubspot').textContent).toBe('Connected to HubSpot account 4471; last synced 5 min ago, 2,000 deals.');
    expect($('[data-handoff="crm-summary"][data-crm="hubspot"] [data-field="deals"]').textContent).toBe('2,000 deals');
  });

  it('says why when the worker cannot answer, and still offers to connect', async () => {
    send.mockRejectedValue(new HandoffError('internal', 'No CRM connection in this context'));
    await act(() => render(<CrmView />, root));
    await flush();
    expect(status('hubspot').textContent).toBe('HubSpot: the connection’s state could not be read (No CRM connection in this context).');
    expect(status('salesforce').dataset.state).toBe('unknown');
    expect($('[data-handoff="crm-hubspot-token"]')).not.toBeNull();
  });
});

describe('HubSpot connect', () => {
  it('shows how to create the token in four steps, and the exact scopes', async () => {
    await show();
    const steps = [...root.querySelectorAll('[data-handoff-options="crm-hubspot-steps"] > li')].map((li) => li.textContent);
    expect(steps).toHaveLength(4);
    expect(steps[0]).toContain('Service keys');
    expect(steps[0]).toContain('Settings → Integrations → Private Apps');
    expect(steps[1]).toContain('Name it Handoff');
    expect(steps[2]).toContain('scopes');
    expect(steps[3]).toContain('copy it');
    expect([...root.querySelectorAll('[data-handoff-options="crm-hubspot-scopes"] code')].map((c) => c.textContent)).toEqual([
      'crm.objects.deals.read',
      'crm.objects.companies.read',
      'crm.objects.contacts.read',
      'crm.schemas.deals.read',
      'crm.objects.owners.read',
      'crm.objects.contacts.write',
    ]);
    expect($<HTMLInputElement>('[data-handoff="crm-hubspot-token"]').type).toBe('password');
  });

  it('asks for api.hubapi.com in the Connect click, and connects nothing when refused', async () => {
    await show();
    request.mockResolvedValue(false);
    await type('[data-handoff="crm-hubspot-token"]', 'pat-na1-secret');
    expect(await clickConnect('hubspot')).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: [], origins: ['https://api.hubapi.com/*'] });
    expect($('[data-handoff="crm-connect-error"][data-crm="hubspot"]').textContent).toContain('Access to api.hubapi.com was not allowed');
    expect(sentTypes()).not.toContain('crm.connect');
  });

  it('asks nothing for an empty token', async () => {
    await show();
    await clickConnect('hubspot');
    expect(request).not.toHaveBeenCalled();
    expect(root.querySelector('[data-crm="hubspot"] .field-errors')?.textContent).toContain('must not be empty');
  });

  it('shows the worker’s reason when the token is refused, gives the access back, then connects with a good one', async () => {
    await show();
    send.mockImplementation(async (t: string, payload: { token?: string }) => {
      if (t === 'crm.status') return notConnected();
      if (t === 'crm.connect' && payload.token === 'pat-bad') throw new HandoffError('forbidden', 'reconnect needed: invalid token');
      if (t === 'crm.connect') return statusOf('hubspot', hubspotConfig(), { runningSince: '2026-11-21T12:00:00.000Z' });
      throw new Error(`unexpected ${t}`);
    });
    await type('[data-handoff="crm-hubspot-token"]', ' pat-bad ');
    await clickConnect('hubspot');
    expect(send).toHaveBeenCalledWith('crm.connect', { source: 'hubspot', token: 'pat-bad' });
    expect($('[data-handoff="crm-connect-error"][data-crm="hubspot"]').textContent).toContain('reconnect needed: invalid token');
    expect(remove).toHaveBeenCalledWith({ permissions: [], origins: ['https://api.hubapi.com/*'] });

    await type('[data-handoff="crm-hubspot-token"]', 'pat-good');
    await clickConnect('hubspot');
    expect(status('hubspot').textContent).toBe('Connected to HubSpot account 4471; not synced yet.');
    expect(root.querySelector('[data-handoff="crm-hubspot-token"]')).toBeNull();
    expect($('form[data-handoff="crm-settings"][data-crm="hubspot"]')).not.toBeNull();
  });

  it('offers a new token when HubSpot refused the stored one, keeping the access on failure', async () => {
    const refused = statusOf('hubspot', hubspotConfig(), { failure: { kind: 'reconnect', reason: 'HTTP 401: token expired', at: '2026-11-21T11:00:00.000Z' } });
    await show([refused, statusOf('salesforce', null)]);
    expect(status('hubspot').textContent).toContain('reconnect needed (HTTP 401: token expired)');
    expect($('[data-handoff="crm-connect"][data-crm="hubspot"]').textContent).toBe('Reconnect');
    send.mockRejectedValue(new HandoffError('forbidden', 'reconnect needed: invalid token'));
    await type('[data-handoff="crm-hubspot-token"]', 'pat-still-bad');
    await clickConnect('hubspot');
    expect(remove).not.toHaveBeenCalled();
  });
});

describe('Salesforce connect', () => {
  it('shows the admin’s settings with this extension’s callback URL', async () => {
    await show();
    const admin = $('[data-handoff-options="crm-salesforce-admin"]').textContent!;
    expect($('[data-handoff="crm-salesforce-callback"]').textContent).toBe(`https://${fakeBrowser.runtime.id}.chromiumapp.org/`);
    for (const words of ['External Client App', 'Enable OAuth', '(api)', 'refresh_token', 'Require Proof Key for Code Exchange (PKCE)', 'Require secret for Web Server Flow', 'Refresh Token Rotation']) {
      expect(admin).toContain(words);
    }
  });

  it('asks for the My Domain origin and identity in the click, then connects with the origin and key', async () => {
    await show();
    send.mockImplementation(async (t: string) => (t === 'crm.status' ? notConnected() : statusOf('salesforce', null)));
    await type('[data-handoff="crm-salesforce-domain"]', 'acme.lightning.force.com');
    await type('[data-handoff="crm-salesforce-client-id"]', ' 3MVG9abcdefghijklmnop ');
    expect(await clickConnect('salesforce')).toBe(true);
    expect(request).toHaveBeenCalledWith({ permissions: ['identity'], origins: ['https://acme.my.salesforce.com/*'] });
    expect(send).toHaveBeenCalledWith('crm.connect', { source: 'salesforce', myDomain: 'https://acme.my.salesforce.com', consumerKey: '3MVG9abcdefghijklmnop' });
  });

  it('asks only for the origin where identity is not optional (Firefox), and nothing for a bad address', async () => {
    optional = ['https://*/*'];
    await show();
    await type('[data-handoff="crm-salesforce-domain"]', 'https://login.salesforce.com');
    await type('[data-handoff="crm-salesforce-client-id"]', '3MVG9abcdefghijklmnop');
    await clickConnect('salesforce');
    expect(request).not.toHaveBeenCalled();
    expect(root.querySelector('[data-crm="salesforce"] .field-errors')?.textContent).toContain('own My Domain');

    request.mockResolvedValue(false);
    await type('[data-handoff="crm-salesforce-domain"]', 'https://acme.my.salesforce.com');
    await clickConnect('salesforce');
    expect(request).toHaveBeenCalledWith({ permissions: [], origins: ['https://acme.my.salesforce.com/*'] });
    expect($('[data-handoff="crm-connect-error"][data-crm="salesforce"]').textContent).toContain('Access to acme.my.salesforce.com was not allowed');
    expect(sentTypes()).not.toContain('crm.connect');
  });
});
