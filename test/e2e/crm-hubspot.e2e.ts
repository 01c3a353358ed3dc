import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { launchWithFakeHubSpot, makeDealAcme } from '../support/crm-browser';
import { TEST_TOKEN } from '../support/fake-hubspot/connect';
import type { FakeHubSpot } from '../support/fake-hubspot/server';
import { touchDeal } from '../support/fake-hubspot/store';
import { handoffView } from '../support/handoff-view';
import { realClick } from '../support/jira-site';
import { DEMO_PAGES } from '../demo/pages';

/**
 * Issue 16 end to end: the built extension talks to the fake HubSpot at
 * https://api.hubapi.com (test/support/crm-browser.ts), from its worker
 * only. 2,000 deals come in; a Gmail thread links its deal by the synced
 * company's domain with no typing; a deal won in HubSpot raises the
 * newly-signed notification; a request logged in Gmail becomes a note on
 * the HubSpot deal, through a worker stop; 401, 429 and 500 answers.
 */
const GMAIL = DEMO_PAGES.find((p) => p.host === 'gmail')!.url;
const FLAG = '[data-handoff="sidebar"] >> [data-handoff="flag"]';
const DEAL_NAME = '[data-handoff="sidebar"] >> [data-handoff-field="deal-name"]';

interface Status { state: string; words: string; dealCount: number }
interface Seen { url: string; worker: boolean }

let browser: ExtensionBrowser;
let server: FakeHubSpot;
let options: Page;
const seen: Seen[] = [];

const status = async () => (await browser.send<Status[]>(options, 'crm.status', {}))[0]!;
const notifications = async () => Object.keys(await browser.worker()!.evaluate(() => chrome.notifications.getAll()));

beforeAll(async () => {
  // Deals were last changed two days ago: closed ones are "recently closed" and come in.
  ({ browser, server } = await launchWithFakeHubSpot({ deals: 2000, baseMs: Date.now() - 2 * 86_400_000 }));
  makeDealAcme(server, '1');
  browser.context.on('request', (r) => seen.push({ url: r.url(), worker: Boolean(r.serviceWorker()) }));
  options = await browser.openOptions();
  await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('HubSpot, live', () => {
  it('connects from Options → CRM with a token and brings in 2,000 deals', async () => {
    const crm = await browser.openOptions('crm');
    const line = crm.locator('[data-handoff="crm-status"][data-crm="hubspot"]');
    await expect.poll(() => line.textContent(), { timeout: 10_000 }).toBe('HubSpot is not connected.');
    await crm.locator('input[type=password][data-handoff="crm-hubspot-token"]').fill(TEST_TOKEN);
    // The host permission was granted in the profile (test/support/grant.ts): the click's request resolves at once.
    await realClick(crm, crm.locator('[data-handoff="crm-connect"][data-crm="hubspot"]'));
    await expect.poll(() => line.textContent(), { timeout: 60_000 }).toBe('Connected to HubSpot account 4567890; last synced just now, 2,000 deals.');
    expect(await line.getAttribute('data-state')).toBe('synced');
    await expect.poll(status).toMatchObject({ state: 'synced', dealCount: 2000 });
    await crm.close();
    const deals = await browser.send<Array<{ id: string }>>(options, 'deals.list', {});
    expect(deals.filter((d) => d.id.startsWith('hubspot:'))).toHaveLength(2000);
    expect(server.requests.every((r) => r.authorization === `Bearer ${TEST_TOKEN}`)).toBe(true);
  }, 90_000);

  it('links a Gmail thread to its synced deal by the company domain, with no typing', async () => {
    const gmail = await browser.open(GMAIL);
    const view = await handoffView(gmail);
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 15_000 }).toBe('Acme data platform');
    // Renamed in HubSpot: the next sync reaches the sidebar (the worker's warm lookup cache included).
    touchDeal(server.store, '1', Date.now(), { dealname: 'Acme data platform, phase 1' });
    await browser.send(options, 'crm.sync', { source: 'hubspot' });
    await expect.poll(() => view.text(DEAL_NAME), { timeout: 15_000 }).toBe('Acme data platform, phase 1');
    await gmail.close();
  });

  it('a deal won in HubSpot is stored signed and announced in a notification', async () => {
    touchDeal(server.store, '1', Date.now(), { dealstage: 'closedwon', closedate: new Date().toISOString(), handoff_special_terms: '2027-01-15: Phase 1 live or milestone 1 is not paid' });
    await browser.send(options, 'crm.sync', { source: 'hubspot' });
    await expect.poll(notifications, { timeout: 20_000 }).toContain('crm-signed:hubspot:1');
    const deal = await browser.send<{ stage: string; specialTerms: Array<{ dueOn: string; text: string }> }>(options, 'deals.get', { id: 'hubspot:1' });
    expect(deal.stage).toBe('signed');
    expect(deal.specialTerms[0]).toMatchObject({ dueOn: '2027-01-15', text: 'Phase 1 live or milestone 1 is not paid' });
    // Back to unsigned for the flag below (a Sales ask before signature).
    touchDeal(server.store, '1', Date.now(), { dealstage: 'contractsent' });
    await browser.send(options, 'crm.sync', { source: 'hubspot' });
    await expect.poll(async () => (await browser.send<{ stage: string }>(options, 'deals.get', { id: 'hubspot:1' })).stage, { timeout: 20_000 }).toBe('negotiation');
  }, 60_000);

  it('writes a request logged in Gmail as a note on the HubSpot deal, through a worker stop', async () => {
    await browser.send(options, 'crm.configure', { source: 'hubspot', patch: { writeBack: { enabled: true, as: 'note' } } });
    let release!: () => void;
    // The note's first POST hangs: the worker is stopped while it is out.
    server.failNext(1, { status: 503, path: '/crm/v3/objects/notes', until: new Promise<void>((r) => (release = r)) });
    const gmail = await browser.open(GMAIL);
    const view = await handoffView(gmail);
    await view.click(`${FLAG} >> [data-handoff-action="log"]`, { timeout: 15_000 });
    await expect.poll(() => view.attr(FLAG, 'data-status')).toBe('logged');
    await expect.poll(() => server.requests.some((r) => r.method === 'POST' && r.path === '/crm/v3/objects/notes'), { timeout: 15_000 }).toBe(true);
    await browser.markWorker();
    await browser.stopServiceWorker(options);
    // The held answer goes nowhere: its worker is gone (any event, e.g. the options page reading the status, starts a new one).
    release();
    // The new worker finds the write the old one left 'sending' and sends it again.
    await expect.poll(async () => (await status()).words, { timeout: 20_000 }).not.toContain('waiting');
    await expect.poll(() => server.store.notes.length, { timeout: 20_000 }).toBe(1);
    // Written by a new worker instance: the one that sent the first POST is gone.
    expect(await browser.isWorkerMarked()).toBe(false);
    expect(server.requests.filter((r) => r.method === 'POST' && r.path === '/crm/v3/objects/notes')).toHaveLength(2);
    expect(server.store.notes[0]!.properties.hs_note_body).toContain('Pre-contract work');
    expect(server.store.notes[0]!.associations).toEqual([{ to: { id: '1' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 214 }] }]);
    const [item] = await browser.send<Array<{ status: string; remoteId: string }>>(options, 'crm.outbox.list', {});
    expect(item).toMatchObject({ status: 'sent', remoteId: server.store.notes[0]!.id });
    await gmail.close();
  }, 60_000);

  it('says reconnect on a 401, waits out a 429 and retries a 500', async () => {
    server.failNext(1, { status: 401, message: 'The OAuth token used to make this call expired' });
    await browser.send(options, 'crm.sync', { source: 'hubspot' });
    await expect.poll(async () => (await status()).words, { timeout: 20_000 }).toContain('reconnect needed (401 The OAuth token used to make this call expired)');

    touchDeal(server.store, '2', Date.now(), { dealname: 'Deal 2, renamed in HubSpot' });
    server.failNext(1, { status: 429, retryAfter: '1', message: 'You have reached your secondly limit.' });
    server.failNext(1, { status: 500 });
    await browser.send(options, 'crm.sync', { source: 'hubspot' });
    await expect.poll(async () => (await browser.send<{ name: string }>(options, 'deals.get', { id: 'hubspot:2' })).name, { timeout: 30_000 }).toBe('Deal 2, renamed in HubSpot');
    await expect.poll(async () => (await status()).state, { timeout: 20_000 }).toBe('synced');
  }, 60_000);

  it('privacy: the only host reached off the replicas is the connected CRM, and only from the worker', () => {
    const crm = seen.filter((s) => new URL(s.url).hostname === 'api.hubapi.com');
    expect(crm.length).toBeGreaterThan(20);
    expect(crm.filter((s) => !s.worker)).toEqual([]);
    const others = seen.filter((s) => /^https?:/.test(s.url) && !['api.hubapi.com', 'mail.google.com'].includes(new URL(s.url).hostname));
    expect(others.filter((s) => s.worker)).toEqual([]);
  });
});

declare const chrome: { notifications: { getAll(): Promise<Record<string, boolean>> } };
