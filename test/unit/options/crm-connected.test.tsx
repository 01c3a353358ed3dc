// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmStatus } from '@/lib/crm/account';
import { HandoffError } from '@/lib/messaging/errors';
import { samplePreviews } from '@/lib/options/crm-writeback';
import { hubspotConfig, salesforceConfig, statusOf } from '../../support/crm-status';
import { flush, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('@/lib/sync/signal', () => ({ onDataChanged: () => {} }));
const { CrmView } = await import('@/components/options/crm/CrmView');

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
let remove: ReturnType<typeof vi.fn<(p: unknown) => Promise<boolean>>>;
const synced = { lastSyncAt: '2026-11-21T11:00:00.000Z', dealCount: 42, phase: 'incremental' as const };
let statuses: CrmStatus[];
beforeEach(() => {
  send.mockReset();
  remove = vi.fn(async (_p: unknown) => true);
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation((p) => remove(p));
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockImplementation(() => ({ optional_permissions: ['identity'] }) as never);
  vi.spyOn(fakeBrowser.identity, 'getRedirectURL').mockReturnValue('https://x.chromiumapp.org/');
  statuses = [statusOf('hubspot', hubspotConfig(), synced), statusOf('salesforce', salesforceConfig(), synced)];
  send.mockImplementation(async (type: string, payload: { source?: string; patch?: Record<string, unknown> }) => {
    const config = (source: string) => (source === 'hubspot' ? hubspotConfig() : salesforceConfig());
    switch (type) {
      case 'crm.status':
        return statuses;
      case 'crm.sync':
        return { ...statusOf(payload.source as 'hubspot', config(payload.source!), synced), state: 'syncing', words: 'Syncing HubSpot account 4471…' };
      case 'crm.disconnect':
        return statusOf(payload.source as 'hubspot', null);
      case 'crm.configure':
        return statusOf(payload.source as 'hubspot', { ...config(payload.source!), ...payload.patch } as never, synced);
      default:
        throw new Error(`unexpected ${type}`);
    }
  });
});
afterEach(() => vi.restoreAllMocks());

const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const panel = (crm: string) => $(`[data-handoff-options="crm-panel"][data-crm="${crm}"]`);
async function click(sel: string) {
  await act(() => $<HTMLButtonElement>(sel).click());
  await flush();
}
async function setField(crm: string, field: string, value: string | boolean) {
  const el = panel(crm).querySelector<HTMLInputElement>(`[data-field="${field}"]`)!;
  await act(() => {
    if (typeof value === 'boolean') {
      el.checked = value;
      el.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      el.value = value;
      el.dispatchEvent(new Event(el.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
    }
  });
}
async function show() {
  await act(() => render(<CrmView />, root));
  await flush();
}

describe('a connected CRM', () => {
  it('shows the account, last sync and deal count, and syncs now', async () => {
    await show();
    const summary = $('[data-handoff="crm-summary"][data-crm="salesforce"]');
    expect(summary.querySelector('[data-field="account"]')!.textContent).toBe('Salesforce org at acme.my.salesforce.com');
    expect(summary.querySelector('[data-field="deals"]')!.textContent).toBe('42 deals');
    expect(summary.querySelector('[data-field="last-sync"]')!.textContent).toBe(new Date(synced.lastSyncAt).toLocaleString());
    expect(root.querySelector('[data-handoff="crm-connect"]')).toBeNull();

    await click('[data-handoff="crm-sync-now"][data-crm="hubspot"]');
    expect(send).toHaveBeenCalledWith('crm.sync', { source: 'hubspot' });
    expect($('[data-handoff="crm-status"][data-crm="hubspot"]').textContent).toBe('Syncing HubSpot account 4471…');
    expect($<HTMLButtonElement>('[data-handoff="crm-sync-now"][data-crm="hubspot"]').disabled).toBe(true);
  });

  it('disconnects after a confirmation, then gives back the origin and identity', async () => {
    await show();
    await click('[data-handoff="crm-disconnect"][data-crm="salesforce"]');
    expect(send).not.toHaveBeenCalledWith('crm.disconnect', expect.anything());
    await click('[data-handoff="crm-disconnect-confirm"][data-crm="salesforce"]');
    expect(send).toHaveBeenCalledWith('crm.disconnect', { source: 'salesforce' });
    expect(remove).toHaveBeenCalledWith({ permissions: ['identity'], origins: ['https://acme.my.salesforce.com/*'] });
    expect($('[data-handoff="crm-status"][data-crm="salesforce"]').textContent).toBe('Salesforce is not connected.');
    expect($('[data-handoff="crm-salesforce-domain"]')).not.toBeNull();

    await click('[data-handoff="crm-disconnect"][data-crm="hubspot"]');
    await click('[data-handoff="crm-disconnect-confirm"][data-crm="hubspot"]');
    expect(remove).toHaveBeenLastCalledWith({ permissions: [], origins: ['https://api.hubapi.com/*'] });
  });

  it('keeps the credentials’ permission when the worker could not disconnect', async () => {
    send.mockImplementation(async (type: string) => {
      if (type === 'crm.status') return statuses;
      throw new HandoffError('internal', 'storage is busy');
    });
    await show();
    await click('[data-handoff="crm-disconnect"][data-crm="hubspot"]');
    await click('[data-handoff="crm-disconnect-confirm"][data-crm="hubspot"]');
    expect(remove).not.toHaveBeenCalled();
    expect(panel('hubspot').textContent).toContain('HubSpot not disconnected');
  });
});

describe('CRM settings', () => {
  it('shows problems in the field and saves a valid patch with crm.configure', async () => {
    await show();
    await setField('hubspot', 'intervalMinutes', '1');
    expect(panel('hubspot').querySelector('.field--invalid')!.textContent).toContain('must be at least 5');
    expect($<HTMLButtonElement>('[data-handoff="crm-settings-save"][data-crm="hubspot"]').disabled).toBe(true);

    await setField('hubspot', 'intervalMinutes', '30');
    await setField('hubspot', 'deliverablesProperty', 'promised_items');
    await click('[data-handoff="crm-settings-save"][data-crm="hubspot"]');
    expect(send).toHaveBeenCalledWith('crm.configure', {
      source: 'hubspot',
      patch: {
        specialTermsProperty: 'handoff_special_terms',
        deliverablesProperty: 'promised_items',
        intervalMinutes: 30,
        recentlyClosedDays: 90,
        writeBack: { enabled: false, as: 'note' },
      },
    });
    expect(panel('hubspot').textContent).toContain('Saved');
  });

  it('puts the worker’s field problems on the field', async () => {
    await show();
    send.mockRejectedValueOnce(new HandoffError('invalid', 'no such property', [{ field: 'patch.deliverablesProperty', message: 'is not a deal property in HubSpot' }]));
    await setField('hubspot', 'deliverablesProperty', 'missing_prop');
    await click('[data-handoff="crm-settings-save"][data-crm="hubspot"]');
    const invalid = panel('hubspot').querySelector('.field--invalid')!;
    expect(invalid.querySelector('[data-field="deliverablesProperty"]')).not.toBeNull();
    expect(invalid.textContent).toContain('is not a deal property in HubSpot');
  });
});

describe('what will be written', () => {
  it('shows the exact texts before write-back is on, and where they go', async () => {
    await show();
    const preview = $('[data-handoff="crm-writeback-preview"][data-crm="hubspot"]');
    expect(preview.dataset.enabled).toBe('false');
    expect(preview.querySelector('h4')!.textContent).toBe('What would be written, with write-back on');
    const expected = samplePreviews(new Date());
    const items = [...preview.querySelectorAll('[data-handoff-options="crm-preview-item"]')];
    expect(items.map((i) => i.querySelector('[data-field="subject"]')!.textContent)).toEqual(expected.map((p) => p.text.subject));
    expect(items.map((i) => i.querySelector('[data-field="body"]')!.textContent)).toEqual(expected.map((p) => p.text.body));
    expect(preview.querySelector('[data-field="destination"]')!.textContent).toBe('a note on the HubSpot deal');

    await setField('hubspot', 'writeBack.enabled', true);
    await setField('hubspot', 'writeBack.as', 'task');
    expect(preview.dataset.enabled).toBe('true');
    expect(preview.querySelector('h4')!.textContent).toBe('What will be written');
    expect(preview.querySelector('[data-field="destination"]')!.textContent).toBe('a task for the deal owner, on the HubSpot deal');
    expect(panel('hubspot').textContent).toContain('crm.objects.contacts.write');

    const salesforce = $('[data-handoff="crm-writeback-preview"][data-crm="salesforce"]');
    expect(salesforce.querySelector('[data-field="destination"]')!.textContent).toBe('a Salesforce Task on the opportunity (WhatId)');
    expect(panel('salesforce').querySelector('[data-field="writeBack.as"]')).toBeNull();
  });
});
