import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ExtensionBrowser, type LaunchOptions } from './browser';

/**
 * Launches with optional permissions already granted. Headless Chromium
 * shows `permissions.request`'s prompt where nobody can answer it (the
 * promise never settles); the browser records a grant in the profile's
 * `Default/Preferences` (`extensions.settings[ID].granted_permissions` and
 * `active_permissions`; Linux Chromium does not enforce preference MACs),
 * so the grant is written there and the browser relaunched. The extension's
 * own `permissions.request` then resolves true at once, without a prompt,
 * and its code runs for real.
 */
export async function launchGranted(grant: { origins?: string[]; api?: string[] }, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const first = await ExtensionBrowser.launch(options);
  return first.restart((profileDir, id) => {
    const prefsPath = join(profileDir, 'Default', 'Preferences');
    type Grants = { explicit_host?: string[]; api?: string[] };
    const prefs = JSON.parse(readFileSync(prefsPath, 'utf8')) as { extensions: { settings: Record<string, Record<string, Grants>> } };
    const ext = prefs.extensions.settings[id]!;
    for (const k of ['granted_permissions', 'active_permissions']) {
      ext[k] = {
        ...ext[k],
        explicit_host: [...(ext[k]?.explicit_host ?? []), ...(grant.origins ?? []).map((o) => `${o}/*`)],
        api: [...(ext[k]?.api ?? []), ...(grant.api ?? [])],
      };
    }
    writeFileSync(prefsPath, JSON.stringify(prefs));
  });
}
