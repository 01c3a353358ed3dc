import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What `npm run zip` leaves in .output/ (test:store runs it first). */
export const ROOT = join(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, '.output');
export const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
export const PACKAGES = {
  chrome: join(OUTPUT, `handoff-${VERSION}-chrome.zip`),
  firefox: join(OUTPUT, `handoff-${VERSION}-firefox.zip`),
  sources: join(OUTPUT, `handoff-${VERSION}-sources.zip`),
};
export const BUILDS = { chrome: join(OUTPUT, 'chrome-mv3'), firefox: join(OUTPUT, 'firefox-mv2') } as const;

export interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  version: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[]; js?: string[]; css?: string[] }>;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page: string };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

export const builtManifest = (browser: keyof typeof BUILDS): Manifest => JSON.parse(readFileSync(join(BUILDS[browser], 'manifest.json'), 'utf8')) as Manifest;

/** Every permission a manifest asks for or may ask for, by kind: APIs, hosts (content scripts' matches among them), Firefox's data collection. */
export function permissionsOf(m: Manifest): { api: string[]; hosts: string[]; dataCollection: string[] } {
  const declared = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])];
  const isHost = (p: string) => p.includes('://') || p === '<all_urls>';
  const data = m.browser_specific_settings?.gecko?.data_collection_permissions;
  return {
    api: declared.filter((p) => !isHost(p)),
    hosts: [...new Set([...declared.filter(isHost), ...(m.host_permissions ?? []), ...(m.optional_host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)])],
    dataCollection: [...(data?.required ?? []), ...(data?.optional ?? [])],
  };
}

/** The files a manifest names (they must be in its package). */
export function filesOf(m: Manifest): string[] {
  return [
    ...Object.values(m.icons ?? {}),
    ...(m.background?.service_worker ? [m.background.service_worker] : []),
    ...(m.background?.scripts ?? []),
    ...(m.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
    ...[m.action?.default_popup, m.browser_action?.default_popup, m.options_ui?.page].filter((f): f is string => !!f),
  ];
}
