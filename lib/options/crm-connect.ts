import type { CrmSource } from '@/lib/crm/fields';

/**
 * What the options page needs to connect a CRM (issue 16): the host
 * permissions it asks for in the Connect click, the HubSpot scopes it lists,
 * the Salesforce My Domain the user typed, read as an origin. Pure.
 */

export const HUBSPOT_API_ORIGIN = 'https://api.hubapi.com';

/** The match pattern of one origin, as permissions.request / remove take it. */
export const originPattern = (origin: string) => `${origin}/*`;

export interface ScopeNeed {
  scope: string;
  why: string;
}

/**
 * The scopes the HubSpot token needs, as HubSpot names them. Read: what the
 * sync fetches. Write: notes and tasks are engagements, and HubSpot's notes
 * and tasks API references list `crm.objects.contacts.write` as their scope
 * (developers.hubspot.com, Activities | Notes and Activities | Tasks guides,
 * 2026-03 API): there is no notes-only write scope for a service key.
 */
export const HUBSPOT_READ_SCOPES: readonly ScopeNeed[] = [
  { scope: 'crm.objects.deals.read', why: 'the deals' },
  { scope: 'crm.objects.companies.read', why: 'their companies: account name and e-mail domains' },
  { scope: 'crm.objects.contacts.read', why: 'their contacts, as stakeholders' },
  { scope: 'crm.schemas.deals.read', why: 'the deal properties your special terms and deliverables are in' },
  { scope: 'crm.objects.owners.read', why: 'owner names' },
];
export const HUBSPOT_WRITE_SCOPES: readonly ScopeNeed[] = [
  { scope: 'crm.objects.contacts.write', why: 'notes and tasks: HubSpot’s notes and tasks APIs ask for this scope' },
];

/** The consumer key as typed, or why it cannot be one (lib/crm/account.ts: 10–256 characters). */
export function consumerKeyProblem(input: string): string | null {
  const key = input.trim();
  if (!key) return 'must not be empty';
  if (/\s/.test(key)) return 'must be the key alone, with no spaces';
  if (key.length < 10 || key.length > 256) return 'must be the External Client App’s consumer key (10 to 256 characters)';
  return null;
}

export interface PermissionRequest {
  /** The one API permission a CRM asks for at run time. */
  permissions: Array<'identity'>;
  origins: string[];
}

/**
 * What the Connect click asks the browser for. Salesforce's OAuth runs
 * through `identity.launchWebAuthFlow`, so `identity` too where the
 * manifest lists it as optional (Chrome); Firefox cannot make it optional.
 */
export function connectPermissions(source: CrmSource, origin: string, identityOptional: boolean): PermissionRequest {
  if (source === 'hubspot') return { permissions: [], origins: [originPattern(HUBSPOT_API_ORIGIN)] };
  return { permissions: identityOptional ? ['identity'] : [], origins: [originPattern(origin)] };
}

/**
 * The OAuth callback the Salesforce admin enters: the browser's own
 * redirect URL when the identity API is there (Firefox's differs from
 * Chrome's), else Chrome's `https://<extension-id>.chromiumapp.org/`.
 */
export function oauthCallbackUrl(runtimeId: string, getRedirectURL?: () => string): string {
  const fromBrowser = getRedirectURL?.();
  return fromBrowser || `https://${runtimeId}.chromiumapp.org/`;
}

/**
 * What Disconnect gives back: that CRM's origin, and `identity` with the
 * Salesforce connection (only one org is connected at a time), where it
 * was optional.
 */
export function disconnectPermissions(
  config: { source: 'hubspot' } | { source: 'salesforce'; myDomain: string },
  identityOptional: boolean,
): PermissionRequest {
  if (config.source === 'hubspot') return connectPermissions('hubspot', HUBSPOT_API_ORIGIN, false);
  return connectPermissions('salesforce', new URL(config.myDomain).origin, identityOptional);
}
