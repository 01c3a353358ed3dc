/**
 * Issue 9, item 3: build-independent manifest audit. Evaluates the WXT
 * config's manifest for Chrome (MV3) and Firefox (MV2), and reads the
 * content scripts' `matches` from their entrypoints (WXT copies them into
 * the manifest). Also scans every entrypoint and lib source for remote
 * script loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

const ROOT = join(import.meta.dirname, '../..');
const ALLOWED_PERMISSIONS = ['storage', 'unlimitedStorage', 'scripting', 'alarms', 'notifications'];
const HOST_MATCHES = ['https://mail.google.com/*', 'https://*.atlassian.net/*', 'https://app.asana.com/*'];

type Manifest = Record<string, unknown>;
async function manifestFor(browser: 'chrome' | 'firefox', manifestVersion: 2 | 3): Promise<Manifest> {
  const m = config.manifest;
  const env = { browser, manifestVersion, mode: 'production', command: 'build' } as unknown as Parameters<Extract<typeof m, (...a: never[]) => unknown>>[0];
  return (typeof m === 'function' ? await m(env) : m ?? {}) as Manifest;
}

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}
const contentMatches = () =>
  readdirSync(join(ROOT, 'entrypoints'))
    .filter((f) => f.endsWith('.content.ts'))
    .flatMap((f) => [...readFileSync(join(ROOT, 'entrypoints', f), 'utf8').matchAll(/matches:\s*\[([^\]]*)\]/g)].flatMap((m) => [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!)));

describe.each([
  ['chrome', 3],
  ['firefox', 2],
] as const)('manifest for %s (MV%i)', (browser, mv) => {
  it('asks only for allowed permissions, hosts only as optional', async () => {
    const m = await manifestFor(browser, mv);
    const perms = (m.permissions ?? []) as string[];
    // identity: Salesforce's OAuth sign-in (issue 16). Chrome asks for it in the CRM Connect click; Firefox cannot make it optional.
    const identity = browser === 'chrome' ? { optional: ['identity'], required: [] } : { optional: [], required: ['identity'] };
    for (const p of perms) expect([...ALLOWED_PERMISSIONS, ...identity.required]).toContain(p);
    expect(m.host_permissions ?? []).toEqual([]);
    const optional = [...((m.optional_permissions ?? []) as string[]), ...((m.optional_host_permissions ?? []) as string[])];
    for (const p of optional) expect(['https://*/*', ...identity.optional]).toContain(p);
  });

  it('has no <all_urls>, no loosened CSP, no web-accessible resources, closed externally_connectable', async () => {
    const m = await manifestFor(browser, mv);
    const text = JSON.stringify(m);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"/);
    const csp = m.content_security_policy;
    if (csp !== undefined) expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|unsafe-inline|https?:\/\/|\*/);
    const war = (m.web_accessible_resources ?? []) as Array<Record<string, unknown> | string>;
    for (const r of war) expect(typeof r === 'object' && r.use_dynamic_url === true).toBe(true);
    const ec = m.externally_connectable as { matches?: unknown[]; ids?: unknown[] } | undefined;
    if (ec) {
      expect(ec.matches ?? []).toEqual([]);
      expect(ec.ids ?? []).toEqual([]);
    }
    // No script loaded from the network.
    expect(text).not.toMatch(/"(?:service_worker|scripts|js)"\s*:\s*\[?"https?:/);
  });
});

it('content scripts match only the three hosts', () => {
  const matches = contentMatches();
  expect(matches.length).toBeGreaterThan(0);
  for (const m of matches) expect(HOST_MATCHES).toContain(m);
  expect(matches).not.toContain('<all_urls>');
});

it('no source loads remote code', () => {
  const sources = [...files(join(ROOT, 'entrypoints')), ...files(join(ROOT, 'lib')), ...files(join(ROOT, 'components'))];
  expect(sources.length).toBeGreaterThan(0);
  const remote = /<script[^>]+src=["']?https?:|importScripts\(\s*["'`]https?:|import\(\s*["'`]https?:|\beval\(|new Function\(/;
  const hits = sources.filter((f) => remote.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length));
  expect(hits).toEqual([]);
});
