import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SiteFeature } from '@/lib/sites/runtime/feature';

/**
 * The project's layout rules, checked on the files git tracks (in the
 * spirit of refined-github's features.test.ts). Each failure names the file
 * and the rule, so a newcomer learns the rule from the test.
 */
const ROOT = join(__dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(join(ROOT, f)));
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const isCode = (f: string) => /\.(ts|tsx|js|mjs)$/.test(f);
const source = tracked.filter((f) => isCode(f) && /^(lib|components|entrypoints)\//.test(f));
const SITES = ['gmail', 'jira', 'asana'] as const;

/** Import specifiers of a file (static, dynamic and re-exports). */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('site features', () => {
  for (const site of SITES) {
    it(`every ${site} feature is registered with its host and run by its content script`, async () => {
      const dir = `lib/sites/${site}/`;
      const declared = tracked
        .filter((f) => f.startsWith(dir) && isCode(f))
        .flatMap((f) => [...read(f).matchAll(/export const (\w+): SiteFeature\b/g)].map((m) => `${f}: ${m[1]}`));
      expect(declared.length, `${dir} declares no SiteFeature`).toBeGreaterThan(0);
      const index = read(`${dir}index.ts`);
      const registry = /export const (\w+_FEATURES)\b[^=]*=\s*\[([^\]]*)\]/.exec(index);
      expect(registry, `${dir}index.ts exports no *_FEATURES list`).not.toBeNull();
      const registered = registry![2]!.split(',').map((s) => s.trim()).filter(Boolean);
      for (const entry of declared) expect(registered, `${entry} is not in ${registry![1]}`).toContain(entry.split(': ')[1]);
      const entrypoint = read(`entrypoints/${site}.content.ts`);
      expect(entrypoint, `entrypoints/${site}.content.ts does not run ${registry![1]}`).toMatch(new RegExp(`runFeatures\\(ctx, ${registry![1]}\\)`));

      const features = Object.values(await import(`@/lib/sites/${site}/index.ts`)).find(Array.isArray) as SiteFeature[];
      const ids = features.map((f) => f.id);
      expect(new Set(ids).size, `duplicate feature ids in ${dir}`).toBe(ids.length);
      for (const id of ids) expect(id, `feature id ${id} must start with "${site}-"`).toMatch(new RegExp(`^${site}-`));
    });
  }
});

describe('selectors', () => {
  it('host-page selector strings live only in the selectors files', () => {
    const literalQuery = /\b(querySelector(?:All)?|closest|matches|observe|waitFor|query|queryAll)\(\s*(?:[\w.]+\s*,\s*)?['"`]/;
    const offenders = tracked
      .filter((f) => f.startsWith('lib/sites/') && isCode(f) && !f.endsWith('/selectors.ts'))
      .flatMap((f) => read(f).split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => literalQuery.test(line) && !/^\s*(\/\/|\*)/.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});

describe('layers', () => {
  it('lib/ outside lib/sites/ imports no UI (no components, no Preact, no .tsx)', () => {
    const offenders: string[] = [];
    for (const f of source.filter((f) => f.startsWith('lib/') && !f.startsWith('lib/sites/'))) {
      if (f.endsWith('.tsx')) offenders.push(`${f}: a view file in lib/`);
      for (const spec of importsOf(read(f))) {
        const target = spec.startsWith('.') ? posix.normalize(posix.join(dirname(f), spec)) : spec.replace(/^[@~]\//, '');
        if (target.startsWith('components/') || /^preact(\/|$)/.test(spec)) offenders.push(`${f}: imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('only lib/sites mounts views; entrypoints stay thin', () => {
    const big = source.filter((f) => f.startsWith('entrypoints/') && read(f).split('\n').length > 60);
    expect(big, 'entrypoints wire; logic lives in lib/').toEqual([]);
  });
});

describe('files', () => {
  it('no source file is over 300 lines', () => {
    const long = tracked
      .filter((f) => isCode(f) && /^(lib|components|entrypoints|test)\//.test(f))
      .map((f) => ({ f, n: read(f).split('\n').length }))
      .filter(({ n }) => n > 300)
      .map(({ f, n }) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });

  it('colours live in CSS: no colour literal in .ts/.tsx outside tests', () => {
    // A colour inside a string or template: `#c5221f`, `rgb(…)`, `hsl(…)`; not `#inbox` or `#fab-button`.
    const colour = /['"`][^'"`\n]*(#[0-9a-fA-F]{3,8}(?![\w-])|\brgba?\(|\bhsla?\()/;
    const offenders = source
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => read(f).split('\n').map((line, i) => ({ f, i, line })))
      .filter(({ line }) => colour.test(line))
      .map(({ f, i, line }) => `${f}:${i + 1}: ${line.trim()}`);
    expect(offenders).toEqual([]);
  });
});

describe('documents', () => {
  it('every document a file cites is in the repository', () => {
    const missing: string[] = [];
    for (const f of tracked.filter((f) => /\.(ts|tsx|js|mjs|css|html)$/.test(f) && !f.startsWith('node_modules/'))) {
      for (const m of read(f).matchAll(/(?<![\w/.-])((?:\.{1,2}\/)?[\w./-]*[\w-]\.md)\b/g)) {
        const cited = m[1]!;
        const candidates = [posix.normalize(cited), posix.normalize(posix.join(dirname(f), cited))];
        if (!candidates.some((c) => tracked.includes(c))) missing.push(`${f}: cites ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
