import type { Metrics } from '../../lib/classify';

/** Plain-text table with right-aligned numeric columns. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const pct = (x: number): string => x.toFixed(3);

export function perLabelTable<L extends string>(labels: readonly L[], m: Metrics<L>): string {
  const rows = labels.map((l) => {
    const x = m.labels[l];
    return [l, pct(x.precision), pct(x.recall), pct(x.f1), String(x.support)];
  });
  rows.push(['macro avg', '', '', pct(m.macroF1), String(m.n)]);
  return table(['label', 'precision', 'recall', 'f1', 'support'], rows);
}

/** Rows are the gold labels, columns the predictions. */
export function confusionTable<L extends string>(labels: readonly L[], m: Metrics<L>, short: (l: L) => string): string {
  const rows = labels.map((g) => [`${short(g)} (gold)`, ...labels.map((p) => String(m.confusion[g][p]))]);
  return table(['gold \\ predicted', ...labels.map(short)], rows);
}
