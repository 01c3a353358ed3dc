import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyLint, describeLint, lintFirefox, type Lint } from '../lint/firefox-lint';
import { BUILDS } from './built';

/** Issue 17: `web-ext lint` gives 0 errors and 0 warnings of our own (test/lint/firefox-lint.ts says what "our own" means). */
describe('web-ext lint of the Firefox package', () => {
  it('has no error and no warning of our own', () => {
    const result = lintFirefox(BUILDS.firefox);
    console.log(describeLint(result));
    expect(result.errors).toEqual([]);
    expect(result.ours).toEqual([]);
  }, 60_000);

  const dir = mkdtempSync(join(tmpdir(), 'handoff-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('counts a warning as third party only where the flagged code is the known snippet', () => {
    const zodProbe = 'var a=b(()=>{if(c.jitless||typeof navigator<`u`&&navigator?.userAgent?.includes(`Cloudflare`))return!1;try{return Function(``),!0}catch{return!1}});';
    const ours = 'var run=(s)=>Function(`return `+s)();';
    writeFileSync(join(dir, 'zod.js'), zodProbe);
    writeFileSync(join(dir, 'ours.js'), ours);
    const at = (file: string, text: string, needle: string): Lint => ({ code: 'DANGEROUS_EVAL', message: 'The Function constructor is eval.', file, line: 1, column: text.indexOf(needle) + 1 });
    const result = classifyLint(
      { errors: [], notices: [], warnings: [at('zod.js', zodProbe, 'Function(``)'), at('ours.js', ours, 'Function('), { code: 'MANIFEST_FIELD_UNSUPPORTED', message: 'x' }] },
      dir,
    );
    expect(result.thirdParty.map((w) => w.file)).toEqual(['zod.js']);
    expect(result.ours.map((w) => w.file ?? w.code)).toEqual(['ours.js', 'MANIFEST_FIELD_UNSUPPORTED']);
  });
});
