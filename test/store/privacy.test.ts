import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtManifest, permissionsOf, ROOT } from './built';

/**
 * Issue 17: PRIVACY.md explains every permission the built manifests of
 * both browsers ask for or may ask for, and the manifest's description, the
 * store texts (store/LISTING.md) and the README agree with it.
 */
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const PRIVACY = read('PRIVACY.md');
const LISTING = read('store/LISTING.md');
const README = read('README.md');

/** The rows of the first Markdown table after `heading`: first cell (a `code` name) → the other cells. */
function tableAfter(text: string, heading: string): Map<string, string[]> {
  const section = text.slice(text.indexOf(heading));
  expect(text.includes(heading), `no "${heading}"`).toBe(true);
  const rows = new Map<string, string[]>();
  for (const line of section.split('\n').slice(1)) {
    if (line.startsWith('#')) break;
    const m = /^\|\s*`([^`]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (m) rows.set(m[1]!, m[2]!.split('|').map((c) => c.trim()));
  }
  return rows;
}

const chrome = permissionsOf(builtManifest('chrome'));
const firefox = permissionsOf(builtManifest('firefox'));
const all = (p: ReturnType<typeof permissionsOf>) => [...p.api, ...p.hosts, ...p.dataCollection];
/** PRIVACY.md's one-sentence summary: its first bold line. */
const SUMMARY = /^\*\*(.+)\*\*$/m.exec(PRIVACY)![1]!;

describe('PRIVACY.md', () => {
  const table = tableAfter(PRIVACY, '## Permissions');

  it.each([
    ['Chrome', chrome],
    ['Firefox', firefox],
  ] as const)('names and explains every permission, host and data type of the %s manifest', (browser, perms) => {
    for (const name of all(perms)) {
      const row = table.get(name);
      expect(row, `PRIVACY.md does not explain ${browser}'s "${name}"`).toBeDefined();
      expect(row![0], `PRIVACY.md: "${name}" is not marked as in ${browser}`).toContain(browser);
      expect(row![1]!.split(/\s+/).length, `PRIVACY.md: "${name}" has no real explanation`).toBeGreaterThanOrEqual(8);
    }
  });

  it('explains no permission that neither manifest has (a stale row)', () => {
    const declared = new Set([...all(chrome), ...all(firefox)]);
    expect([...table.keys()].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('says what is read, stored, sent and how to delete it', () => {
    for (const heading of ['## What Handoff reads', '## What Handoff stores', '## What leaves your browser', '## How to delete it']) expect(PRIVACY).toContain(heading);
    for (const fact of ['IndexedDB', 'storage.local', 'api.hubapi.com', 'my.salesforce.com', 'Delete all data', 'Disconnect']) expect(PRIVACY).toContain(fact);
  });
});

describe('the manifests, the store texts and the README agree with PRIVACY.md', () => {
  const quoted = (heading: string) => /\n> (.+)\n/.exec(LISTING.slice(LISTING.indexOf(heading)))![1]!;

  it('the short description is the manifests’ own, within both stores’ limits, and claims nothing about data', () => {
    const short = quoted('## Short description');
    for (const browser of ['chrome', 'firefox'] as const) expect(builtManifest(browser).description).toBe(short);
    expect(short.length).toBeLessThanOrEqual(132);
    expect(short).not.toMatch(/\b(data|privacy|private|local|offline|never|nothing)\b/i);
  });

  it('the store description and the README carry PRIVACY.md’s own sentence, and neither an older claim', () => {
    expect(LISTING.slice(LISTING.indexOf('## Description'))).toContain(SUMMARY);
    expect(README).toContain(SUMMARY);
    for (const text of [LISTING, README]) expect(text).not.toMatch(/nothing is sent anywhere|never leaves (your|the) browser|no data (ever )?leaves/i);
  });

  it('the Chrome permission justifications cover exactly the Chrome manifest’s permissions', () => {
    expect([...tableAfter(LISTING, '**Permission justifications**').keys()].sort()).toEqual([...chrome.api, ...chrome.hosts].sort());
  });

  it('the AMO data collection lists exactly the Firefox manifest’s data types', () => {
    expect([...tableAfter(LISTING, '**Data collection**').keys()].sort()).toEqual([...firefox.dataCollection].sort());
  });
});
