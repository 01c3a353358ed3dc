import { browser } from 'wxt/browser';
import { oauthCallbackUrl, type PermissionRequest } from '@/lib/options/crm-connect';

/**
 * The browser side of connecting a CRM. Requests run in the Connect click
 * (browsers grant optional permissions only in a user gesture); removals
 * run after Disconnect, or after a first Connect the CRM refused.
 */

/** Whether this build lists `identity` as optional (Chrome's manifest; Firefox cannot make it optional). */
export function identityIsOptional(): boolean {
  const optional = (browser.runtime.getManifest().optional_permissions ?? []) as readonly unknown[];
  return optional.includes('identity');
}

/** The Salesforce callback URL of this installed extension. */
export function salesforceCallbackUrl(): string {
  // Typed loosely: the identity API is absent until its optional permission is granted.
  const identity = (browser as unknown as { identity?: { getRedirectURL?: () => string } }).identity;
  return oauthCallbackUrl(browser.runtime.id, identity?.getRedirectURL ? () => identity.getRedirectURL!() : undefined);
}

export function requestPermissions(request: PermissionRequest): Promise<boolean> {
  return browser.permissions.request(request);
}

/** Never fails: a permission already gone is what was wanted. */
export async function removePermissions(request: PermissionRequest): Promise<void> {
  await browser.permissions.remove(request).catch(() => false);
}

/**
 * Connect: asks for `permission` (call this synchronously in the click
 * handler: the browser requires the user gesture), then runs `connect`.
 * Refused, it says `refused` and connects nothing; a first connection the
 * CRM refused gives the permission back, a reconnect (`keep`) keeps the
 * one in use.
 */
export function connectWithPermission<T>(permission: PermissionRequest, refused: string, keep: boolean, connect: () => Promise<T>): Promise<T> {
  return requestPermissions(permission).then(async (granted) => {
    if (!granted) throw new Error(refused);
    try {
      return await connect();
    } catch (e) {
      if (!keep) await removePermissions(permission);
      throw e;
    }
  });
}
