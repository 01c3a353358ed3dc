import type { ExtensionBrowser, LaunchOptions } from './browser';
import { TEST_TOKEN } from './fake-hubspot/connect';
import { startFakeHubSpot, type FakeHubSpot } from './fake-hubspot/server';
import { launchGranted } from './grant';
import { startFakeSalesforce, type FakeSalesforce } from './fake-salesforce/server';

export const HUBSPOT_HOST = 'api.hubapi.com';

/**
 * The built extension in Chromium with the fake HubSpot answering at its
 * real host name: `--host-resolver-rules` sends api.hubapi.com to the local
 * server's port, `--ignore-certificate-errors` accepts its self-signed
 * certificate, and only that host passes the test's request routing (every
 * other request still gets a replica or is refused). The host permission
 * the Connect click asks for is granted in the profile (test/support/grant.ts).
 */
export async function launchWithFakeHubSpot(
  opts: { deals: number; baseMs?: number; grant?: boolean } & LaunchOptions,
): Promise<{ browser: ExtensionBrowser; server: FakeHubSpot }> {
  const server = await startFakeHubSpot({ deals: opts.deals, token: TEST_TOKEN, baseMs: opts.baseMs });
  const port = server.host.split(':')[1];
  const launch: LaunchOptions = {
    ...opts,
    args: [...(opts.args ?? []), `--host-resolver-rules=MAP ${HUBSPOT_HOST} 127.0.0.1:${port}`, '--ignore-certificate-errors'],
    passThroughHosts: [...(opts.passThroughHosts ?? []), HUBSPOT_HOST],
  };
  const browser = await launchGranted(opts.grant === false ? {} : { origins: [`https://${HUBSPOT_HOST}`] }, launch);
  return { browser, server };
}

/** Gives a synced deal a customer the replicas know: Acme (acme.com), with Lee Park, who writes in the demo Gmail thread. */
export function makeDealAcme(server: FakeHubSpot, dealId: string): void {
  const companyId = '990001';
  const contactId = '990002';
  const at = new Date().toISOString();
  server.store.companies.set(companyId, { id: companyId, properties: { name: 'Acme Corp', domain: 'acme.com', hs_object_id: companyId }, createdAt: at, updatedAt: at, archived: false });
  server.store.contacts.set(contactId, {
    id: contactId,
    properties: { firstname: 'Lee', lastname: 'Park', email: 'lee.park@acme.com', jobtitle: 'Head of IT', hs_object_id: contactId },
    createdAt: at,
    updatedAt: at,
    archived: false,
  });
  const deal = server.store.deals.find((d) => d.id === dealId)!;
  deal.companyIds = [companyId];
  deal.contactIds = [contactId];
  Object.assign(deal.properties, { dealname: 'Acme data platform', dealstage: 'contractsent' });
}

export const SALESFORCE_HOST = 'acme.my.salesforce.com';

/**
 * The same for Salesforce: the fake org answers at acme.my.salesforce.com
 * (sign-in, token and REST API alike), with the My Domain origin and the
 * `identity` permission granted as the Connect click would grant them.
 */
export async function launchWithFakeSalesforce(
  opts: { opportunities: number; baseMs?: number } & LaunchOptions,
): Promise<{ browser: ExtensionBrowser; org: FakeSalesforce }> {
  const org = await startFakeSalesforce({ opportunities: opts.opportunities, baseMs: opts.baseMs });
  const launch: LaunchOptions = {
    ...opts,
    args: [...(opts.args ?? []), `--host-resolver-rules=MAP ${SALESFORCE_HOST} 127.0.0.1:${org.port}`, '--ignore-certificate-errors'],
    passThroughHosts: [...(opts.passThroughHosts ?? []), SALESFORCE_HOST],
  };
  const browser = await launchGranted({ origins: [`https://${SALESFORCE_HOST}`], api: ['identity'] }, launch);
  return { browser, org };
}
