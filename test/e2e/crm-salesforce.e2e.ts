import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../support/browser';
import { launchWithFakeSalesforce, SALESFORCE_HOST } from '../support/crm-browser';
import type { FakeSalesforce } from '../support/fake-salesforce/server';
import { realClick } from '../support/jira-site';

/**
 * Issue 16 with Salesforce, end to end: the worker's PKCE sign-in runs in
 * Chromium's own OAuth window (identity.launchWebAuthFlow) against the fake
 * org at https://acme.my.salesforce.com, which redirects straight back to
 * https://<extension-id>.chromiumapp.org/ (a consent page nobody can press
 * in headless Chromium is the one step not driven: the fake org consents
 * at once). Then the first pass and a Task written back.
 */
interface Status { state: string; words: string; dealCount: number }

let browser: ExtensionBrowser;
let org: FakeSalesforce;
let options: Page;
const seen: Array<{ url: string; worker: boolean }> = [];

const status = async () => (await browser.send<Status[]>(options, 'crm.status', {}))[1]!;

beforeAll(async () => {
  ({ browser, org } = await launchWithFakeSalesforce({ opportunities: 500, baseMs: Date.now() - 3 * 86_400_000 }));
  browser.context.on('request', (r) => seen.push({ url: r.url(), worker: Boolean(r.serviceWorker()) }));
  options = await browser.openOptions();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await org?.stop();
});

describe('Salesforce, live', () => {
  it('signs in through the browser\'s OAuth window with PKCE and syncs the opportunities', async () => {
    const crm = await browser.openOptions('crm');
    // The callback URL Options shows the admin is the one the org accepts.
    const callback = await crm.locator('[data-handoff="crm-salesforce-callback"]').textContent();
    expect(callback).toBe(`https://${browser.extensionId}.chromiumapp.org/`);
    org.store.oauth.callbackUrl = callback;
    await crm.locator('[data-handoff="crm-salesforce-domain"]').fill(`https://${SALESFORCE_HOST}/lightning/page/home`);
    await crm.locator('[data-handoff="crm-salesforce-client-id"]').fill(org.store.oauth.consumerKey);
    await realClick(crm, crm.locator('[data-handoff="crm-connect"][data-crm="salesforce"]'));
    const line = crm.locator('[data-handoff="crm-status"][data-crm="salesforce"]');
    await expect.poll(() => line.getAttribute('data-state'), { timeout: 60_000 }).toBe('synced');
    await crm.close();
    const s = await status();
    expect(s.dealCount).toBeGreaterThan(100);
    expect(s.words).toBe(`Connected to Salesforce ${SALESFORCE_HOST}; last synced just now, ${s.dealCount.toLocaleString('en-US')} deals.`);
    expect(org.log.some((r) => r.path === '/services/oauth2/token')).toBe(true);
  }, 90_000);

  it('writes a logged request back as a Task on the opportunity', async () => {
    await browser.send(options, 'crm.configure', { source: 'salesforce', patch: { writeBack: { enabled: true, as: 'task' } } });
    const opp = org.store.opportunities[2]!;
    await browser.send(options, 'requests.save', {
      request: {
        id: 'sf-e2e-1',
        loggedAt: new Date().toISOString(),
        from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
        dealId: `salesforce:${opp.Id}`,
        label: 'pre-contract-work',
        summary: 'Asked to write the SOW before signature',
        source: { kind: 'manual', url: null },
        status: 'redirected',
        note: '',
      },
    });
    await expect.poll(() => org.store.tasks.length, { timeout: 20_000 }).toBe(1);
    expect(org.store.tasks[0]).toMatchObject({ WhatId: opp.Id, Subject: 'Handoff: Pre-contract work (Redirected to Sales)' });
  });

  it('privacy: the org is reached from the worker only, but for the sign-in page the user sees', () => {
    const reached = seen.filter((s) => new URL(s.url).hostname === SALESFORCE_HOST);
    expect(reached.length).toBeGreaterThan(3);
    expect(reached.filter((s) => !s.worker)).toEqual([]);
    // The sign-in window is the browser's own (launchWebAuthFlow), not a page Playwright sees: the org saw it once.
    expect(org.log.filter((r) => r.path === '/services/oauth2/authorize')).toHaveLength(1);
  });
});
