import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `web-ext lint` (Mozilla's add-ons linter, what addons.mozilla.org runs on
 * every upload) on the Firefox build. The bar (issue 17): no error, and no
 * warning of our own.
 *
 * "Of our own" means: any warning about the manifest or the package, and any
 * warning in the bundled code except where the flagged code is a known
 * third-party snippet that we ship unchanged. Bundling puts zod's code into
 * our own files (background.js, chunks/…), so the file name cannot tell; the
 * flagged text can: each entry of THIRD_PARTY names the library, the
 * linter's code, and the exact shape of the code at the flagged line and
 * column. A warning elsewhere, or a new kind of warning inside a library,
 * counts as ours until someone reads it and adds it here with its reason.
 * Notices are printed, not counted.
 */
export interface Lint {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface FirefoxLintResult {
  errors: Lint[];
  /** Warnings of our own: the bar is none. */
  ours: Lint[];
  /** Warnings in known third-party code, each with the entry that explains it. */
  thirdParty: Array<Lint & { why: string }>;
  notices: Lint[];
}

interface Known {
  code: string;
  /** What the minified code looks like just before the flagged position, and from it on. */
  before: RegExp;
  shape: RegExp;
  why: string;
}

export const THIRD_PARTY: readonly Known[] = [
  {
    code: 'DANGEROUS_EVAL',
    // zod 4 (node_modules/zod/v4/core/util.js, `allowsEval`): skipped under `jitless`, then `new Function("")` in a try.
    before: /\.jitless\|\|[^{}]*Cloudflare[^{}]*\)\)return!1;try\{return $/,
    shape: /^Function\(``\),!0\}catch\{return!1\}\}\)/,
    why: "zod's allowsEval probe: it tries `new Function('')` once and falls back to its interpreter when the extension's CSP refuses it (it always does: no 'unsafe-eval')",
  },
];

export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');

/** The built code around the flagged position (the linter's line and column are 1-based). */
function flaggedText(dir: string, lint: Lint): { before: string; at: string } {
  if (!lint.file || !lint.line) return { before: '', at: '' };
  const line = readFileSync(join(dir, lint.file), 'utf8').split('\n')[lint.line - 1] ?? '';
  const i = Math.max(0, (lint.column ?? 1) - 1);
  return { before: line.slice(Math.max(0, i - 200), i), at: line.slice(i, i + 200) };
}

export function lintFirefox(dir = FIREFOX_BUILD): FirefoxLintResult {
  const run = spawnSync(resolve(import.meta.dirname, '../../node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
  } catch {
    throw new Error(`web-ext lint gave no report\n${run.stdout}\n${run.stderr}`);
  }
  return classifyLint(report, dir);
}

export interface LintReport {
  errors: Lint[];
  warnings: Lint[];
  notices: Lint[];
}

/** Sorts a report's warnings into ours and known third-party ones, by the built code they point at in `dir`. */
export function classifyLint(report: LintReport, dir: string): FirefoxLintResult {
  const result: FirefoxLintResult = { errors: report.errors, ours: [], thirdParty: [], notices: report.notices };
  for (const w of report.warnings) {
    const { before, at } = flaggedText(dir, w);
    const known = THIRD_PARTY.find((k) => k.code === w.code && k.before.test(before) && k.shape.test(at));
    if (known) result.thirdParty.push({ ...w, why: known.why });
    else result.ours.push(w);
  }
  return result;
}

export function describeLint(r: FirefoxLintResult): string {
  const line = (m: Lint) => `  ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''}: ${m.message}`;
  return [
    `web-ext lint: ${r.errors.length} errors, ${r.ours.length} warnings of our own, ${r.thirdParty.length} in known third-party code, ${r.notices.length} notices`,
    ...r.errors.map(line),
    ...r.ours.map(line),
    ...r.thirdParty.map((m) => `${line(m)} (third party: ${m.why})`),
    ...r.notices.map(line),
  ].join('\n');
}

// `npm run lint:firefox`: the same check from the command line.
if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const result = lintFirefox();
  console.log(describeLint(result));
  if (result.errors.length || result.ours.length) process.exit(1);
}
