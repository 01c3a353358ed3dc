import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `web-ext lint` (Mozilla's linter) on the Firefox build: fails on any
 * error and on any warning about unsafe HTML (issue 9). Other warnings are
 * printed: zod's probe for `new Function` is the known one; MV3's default
 * CSP refuses it and zod falls back to its interpreter.
 */
const dir = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const run = spawnSync(resolve(import.meta.dirname, '../../node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
let report: { summary: { errors: number; warnings: number; notices: number }; errors: Lint[]; warnings: Lint[] };
interface Lint { code: string; message: string; file?: string }
try {
  report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
} catch {
  console.error(`firefox-lint: web-ext lint gave no report\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}
const unsafe = report.warnings.filter((w) => /UNSAFE|INNERHTML|DANGEROUS_HTML/i.test(w.code));
for (const m of [...report.errors, ...report.warnings]) console.log(`${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(`firefox-lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings (${unsafe.length} about unsafe HTML)`);
if (report.summary.errors || unsafe.length) process.exit(1);
