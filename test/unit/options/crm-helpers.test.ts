import { normalizeMyDomain } from '@/lib/crm/salesforce/my-domain';
import { describe, expect, it } from 'vitest';
import { defaultCommon, type CrmConfig } from '@/lib/crm/account';
import type { OutboxItem } from '@/lib/crm/outbox';
import { deliverableWriteBack, requestWriteBack } from '@/lib/crm/writeback-text';
import {
  connectPermissions,
  consumerKeyProblem,
  disconnectPermissions,
  HUBSPOT_READ_SCOPES,
  HUBSPOT_WRITE_SCOPES,
  oauthCallbackUrl,
} from '@/lib/options/crm-connect';
import { dealCrmOrigin, itemOriginWords, originWords, removedWords } from '@/lib/options/crm-origin';
import { checkCrmSettings, configToDraft, isCrmSettingsDirty } from '@/lib/options/crm-settings';
import { latestByRef, sampleRecords, samplePreviews, writeBackDestination, writeBackWords } from '@/lib/options/crm-writeback';

const hubspot: CrmConfig = { source: 'hubspot', portalId: '4471', currency: 'EUR', ...defaultCommon('hubspot') };
const NOW = new Date('2026-11-21T12:00:00.000Z');

describe('connecting', () => {
  it('lists the HubSpot scopes by their real names, the write scope apart', () => {
    expect(HUBSPOT_READ_SCOPES.map((s) => s.scope)).toEqual([
      'crm.objects.deals.read',
      'crm.objects.companies.read',
      'crm.objects.contacts.read',
      'crm.schemas.deals.read',
      'crm.objects.owners.read',
    ]);
    expect(HUBSPOT_WRITE_SCOPES.map((s) => s.scope)).toEqual(['crm.objects.contacts.write']);
  });

  // The My Domain the form reads is the worker's own reader (table in salesforce-my-domain.test.ts).
  it('reads a pasted Lightning address as the org\'s My Domain, as the worker will', () => {
    expect(normalizeMyDomain('https://acme.lightning.force.com/lightning/page/home')).toMatchObject({ ok: true, origin: 'https://acme.my.salesforce.com' });
  });

  it('checks the consumer key without asking for the secret', () => {
    expect(consumerKeyProblem('3MVG9abcdefghijk')).toBeNull();
    expect(consumerKeyProblem(' ')).toMatch(/empty/);
    expect(consumerKeyProblem('3MVG9 abc defgh')).toMatch(/no spaces/);
    expect(consumerKeyProblem('short')).toMatch(/10 to 256/);
  });

  it('asks for api.hubapi.com, or the My Domain origin with identity where it is optional', () => {
    expect(connectPermissions('hubspot', 'https://ignored.example', true)).toEqual({ permissions: [], origins: ['https://api.hubapi.com/*'] });
    expect(connectPermissions('salesforce', 'https://acme.my.salesforce.com', true)).toEqual({
      permissions: ['identity'],
      origins: ['https://acme.my.salesforce.com/*'],
    });
    expect(connectPermissions('salesforce', 'https://acme.my.salesforce.com', false).permissions).toEqual([]);
    expect(disconnectPermissions({ source: 'salesforce', myDomain: 'https://acme.my.salesforce.com/' }, true)).toEqual({
      permissions: ['identity'],
      origins: ['https://acme.my.salesforce.com/*'],
    });
    expect(disconnectPermissions({ source: 'hubspot' }, true).origins).toEqual(['https://api.hubapi.com/*']);
  });

  it("shows the browser's own callback URL, else Chrome's", () => {
    expect(oauthCallbackUrl('abcdefghijklmnop')).toBe('https://abcdefghijklmnop.chromiumapp.org/');
    expect(oauthCallbackUrl('abc', () => 'https://0123abcd.extensions.allizom.org/')).toBe('https://0123abcd.extensions.allizom.org/');
  });
});

describe('settings form', () => {
  it('checks the draft with the worker’s schema, naming the field', () => {
    const draft = { ...configToDraft(hubspot), intervalMinutes: '2', specialTermsProperty: 'special terms' };
    const { patch, errors } = checkCrmSettings(draft);
    expect(patch).toBeNull();
    expect(errors.intervalMinutes).toEqual(['must be at least 5']);
    expect(errors.specialTermsProperty?.[0]).toMatch(/API name/);
    expect(checkCrmSettings({ ...draft, intervalMinutes: 'often' }).errors.intervalMinutes).toEqual(['must be a number']);
  });

  it('sends numbers and the write-back choice, and knows when nothing changed', () => {
    const draft = { ...configToDraft(hubspot), intervalMinutes: ' 30 ', writeBackEnabled: true, writeBackAs: 'task' as const };
    expect(checkCrmSettings(draft).patch).toMatchObject({ intervalMinutes: 30, writeBack: { enabled: true, as: 'task' } });
    expect(isCrmSettingsDirty(draft, hubspot)).toBe(true);
    expect(isCrmSettingsDirty(configToDraft(hubspot), hubspot)).toBe(false);
  });
});

describe('write-back', () => {
  it('says where each CRM puts it', () => {
    expect(writeBackDestination('hubspot', 'note')).toBe('a note on the HubSpot deal');
    expect(writeBackDestination('hubspot', 'task')).toMatch(/^a task for the deal owner/);
    expect(writeBackDestination('salesforce', 'note')).toBe('a Salesforce Task on the opportunity (WhatId)');
  });

  it('previews exactly what lib/crm/writeback-text.ts writes', () => {
    const [request, confirmed, refused] = samplePreviews(NOW);
    const { dealName, request: r, deliverable: d } = sampleRecords(NOW);
    expect(request!.text).toEqual(requestWriteBack(r, dealName));
    expect(confirmed!.text).toEqual(deliverableWriteBack(d, 'confirmed', dealName, NOW.toISOString()));
    expect(refused!.text).toEqual(deliverableWriteBack(d, 'refused', dealName, NOW.toISOString()));
    expect(request!.text.subject).toBe('Handoff: Pre-contract work (Redirected to Sales)');
    expect(request!.text.body).toContain('Logged by the PM in Handoff on 2026-11-21, from an e-mail.');
    expect(refused!.text.body).toContain('Delivery will not provide this as promised');
  });

  const item = (patch: Partial<OutboxItem>): OutboxItem => ({
    id: 'hubspot|request|r1',
    source: 'hubspot',
    kind: 'request',
    dealId: 'hubspot:1',
    remoteDealId: '1',
    refId: 'r1',
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

  it('says the state of a write in words', () => {
    expect(writeBackWords(item({ status: 'sent', remoteId: '9' }), NOW)).toMatchObject({ words: 'Written to HubSpot', canRetry: false });
    expect(writeBackWords(item({}), NOW).words).toBe('Waiting to write to HubSpot');
    expect(writeBackWords(item({ status: 'sending', source: 'salesforce' }), NOW).words).toBe('Waiting to write to Salesforce');
    expect(writeBackWords(item({ notBefore: '2026-11-21T12:30:00.000Z', lastError: 'HTTP 503' }), NOW).words).toMatch(
      /^Waiting to write to HubSpot \(next try at .+\); last try: HTTP 503$/,
    );
    expect(writeBackWords(item({ status: 'failed', lastError: 'reconnect needed: invalid token' }), NOW)).toMatchObject({
      words: 'Write failed: reconnect needed: invalid token',
      canRetry: true,
      state: 'failed',
    });
  });

  it('keeps the newest item of each CRM per record', () => {
    const old = item({ id: 'a', refId: 'deal/d1', createdAt: '2026-11-20T10:00:00.000Z', status: 'sent' });
    const newer = item({ id: 'b', refId: 'deal/d1', createdAt: '2026-11-21T10:00:00.000Z', status: 'failed' });
    const other = item({ id: 'c', refId: 'deal/d1', source: 'salesforce' });
    const byRef = latestByRef([newer, old, other, item({ id: 'd', refId: 'r9' })]);
    expect(byRef.get('deal/d1')!.map((i) => i.id)).toEqual(['b', 'c']);
    expect(byRef.get('r9')!.map((i) => i.id)).toEqual(['d']);
    expect(byRef.get('r1')).toBeUndefined();
  });
});

describe('where a synced deal came from', () => {
  it('reads the loose crm field defensively', () => {
    expect(dealCrmOrigin({ crm: { source: 'hubspot', remoteId: '123', domains: [] } })).toEqual({ source: 'hubspot', remoteId: '123', removed: null, removedAt: null });
    expect(dealCrmOrigin({ crm: { source: 'pipedrive', remoteId: '1' } })).toBeNull();
    expect(dealCrmOrigin({ crm: 'hubspot' })).toBeNull();
    expect(dealCrmOrigin({})).toBeNull();
    const removed = dealCrmOrigin({ crm: { source: 'salesforce', remoteId: '006A', removed: 'deleted' } })!;
    expect(originWords(removed)).toBe('From Salesforce, opportunity 006A');
    expect(removedWords(removed)).toMatch(/^Deleted in Salesforce: no longer synced/);
    expect(removedWords({ source: 'hubspot', remoteId: '1', removed: 'archived', removedAt: '2026-11-20T08:00:00.000Z' })).toMatch(
      /^Archived in HubSpot \(found on 2026-11-20\): no longer synced/,
    );
  });

  it('says which items came from the CRM and why a line could not be read', () => {
    expect(itemOriginWords({ id: 't1' }, 'hubspot')).toBeNull();
    expect(itemOriginWords({ fromCrm: true }, 'hubspot')).toMatch(/^From HubSpot: replaced on each sync/);
    expect(itemOriginWords({ fromCrm: true, unparsed: 'no date (write YYYY-MM-DD: text)' }, null)).toMatch(
      /This line could not be read: no date \(write YYYY-MM-DD: text\)\.$/,
    );
  });
});
