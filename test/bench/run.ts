import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { BenchRow, BenchSuite } from './types';

/**
 * `npm run bench [-- NAME…]`: runs every `*.bench.ts` suite here (or those
 * named), prints one table of medians and fails when a figure is over its
 * budget (or under its floor).
 */
const only = process.argv.slice(2);
const dir = import.meta.dirname;
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort();
const rows: BenchRow[] = [];
for (const file of files) {
  const { suite } = (await import(pathToFileURL(`${dir}/${file}`).href)) as { suite: BenchSuite };
  if (only.length && !only.includes(suite.name)) continue;
  process.stderr.write(`bench: ${suite.name}…\n`);
  rows.push(...(await suite.run()));
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n >= 0.1 ? n.toFixed(2) : n.toFixed(4));
const table = rows.map((r) => {
  const measured = r.budgetOn ? r.extra?.[r.budgetOn] ?? NaN : r.median;
  const over = (r.budget !== undefined && !(measured <= r.budget)) || (r.floor !== undefined && !(measured >= r.floor));
  const bound = r.budget !== undefined ? `${r.budgetOn ?? 'median'} ≤ ${r.budget} ${r.unit}` : r.floor !== undefined ? `${r.budgetOn ?? 'median'} ≥ ${r.floor} ${r.unit}` : '';
  return {
    suite: r.suite,
    figure: r.name,
    median: `${fmt(r.median)} ${r.unit}`,
    extra: Object.entries(r.extra ?? {}).map(([k, v]) => `${k} ${fmt(v)}`).join(', '),
    budget: bound,
    verdict: bound === '' ? '' : over ? 'OVER' : 'ok',
  };
});
const cols = ['suite', 'figure', 'median', 'extra', 'budget', 'verdict'] as const;
const widths = cols.map((c) => Math.max(c.length, ...table.map((t) => t[c].length)));
const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(line(cols));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const t of table) console.log(line(cols.map((c) => t[c])));
const failed = table.filter((t) => t.verdict === 'OVER');
if (failed.length) {
  console.error(`\nbench: ${failed.length} figure(s) over budget: ${failed.map((f) => f.figure).join('; ')}`);
  process.exit(1);
}
console.log(`\nbench: ${table.filter((t) => t.verdict === 'ok').length} budgets met`);
