import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, filesOf, PACKAGES, ROOT, VERSION, type Manifest } from './built';
import { readZip } from './zip';

/**
 * Issue 17: `npm run zip` (run by `npm run test:store` before this file)
 * makes both stores' packages, and AMO's sources archive from which a
 * reviewer rebuilds the Firefox package.
 */
const manifestIn = (files: Map<string, Buffer>): Manifest => JSON.parse(files.get('manifest.json')!.toString('utf8')) as Manifest;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the store packages', () => {
  it('Chrome: a Manifest V3 package with every file its manifest names, at the package.json version', () => {
    const files = readZip(PACKAGES.chrome);
    const manifest = manifestIn(files);
    expect(manifest).toMatchObject({ manifest_version: 3, name: 'Handoff', version: VERSION });
    for (const f of filesOf(manifest)) expect(files.has(f), `${f} is not in the Chrome package`).toBe(true);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('Firefox: a Manifest V2 package with its add-on id, every file its manifest names, and the build’s files exactly', () => {
    const files = readZip(PACKAGES.firefox);
    const manifest = manifestIn(files);
    expect(manifest).toMatchObject({ manifest_version: 2, name: 'Handoff', version: VERSION, browser_specific_settings: { gecko: { id: 'handoff@handoff.local' } } });
    for (const f of filesOf(manifest)) expect(files.has(f), `${f} is not in the Firefox package`).toBe(true);
    const built = filesUnder(BUILDS.firefox).map((p) => relative(BUILDS.firefox, p)).sort();
    expect([...files.keys()].sort()).toEqual(built);
  });

  it('sources: what a reviewer needs to build, and nothing built or installed', () => {
    const names = [...readZip(PACKAGES.sources).keys()];
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'PRIVACY.md', 'wxt.config.ts', 'tsconfig.json', 'public/icon/128.png', 'design/icon.svg']) {
      expect(names, `${needed} is not in the sources archive`).toContain(needed);
    }
    for (const dir of ['entrypoints/', 'lib/', 'components/']) expect(names.some((n) => n.startsWith(dir)), `no ${dir} in the sources archive`).toBe(true);
    expect(names.filter((n) => /^(node_modules|\.output|\.wxt|\.git)\//.test(n))).toEqual([]);
  });

  const rebuilt = mkdtempSync(join(tmpdir(), 'handoff-sources-'));
  afterAll(() => rmSync(rebuilt, { recursive: true, force: true }));

  it('sources: building the Firefox package from the archive gives the submitted files, byte for byte', () => {
    for (const [name, data] of readZip(PACKAGES.sources)) {
      mkdirSync(dirname(join(rebuilt, name)), { recursive: true });
      writeFileSync(join(rebuilt, name), data);
    }
    // The reviewer's `npm ci`, without the download: the same installed packages.
    symlinkSync(join(ROOT, 'node_modules'), join(rebuilt, 'node_modules'), 'dir');
    // As from a shell: without the variables vitest sets (NODE_ENV=test would make another build).
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST.*|TEST|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL)$/.test(k)));
    const build = spawnSync(join(ROOT, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: rebuilt, encoding: 'utf8', env });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const submitted = readZip(PACKAGES.firefox);
    const out = join(rebuilt, '.output/firefox-mv2');
    const files = filesUnder(out).map((p) => relative(out, p)).sort();
    expect(files).toEqual([...submitted.keys()].sort());
    for (const f of files) expect(readFileSync(join(out, f)).equals(submitted.get(f)!), `${f} differs`).toBe(true);
  }, 60_000);
});
