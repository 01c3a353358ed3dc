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

/** Accuracy per language of the newest message, English first, then the others as they occur. */
export function perLanguageTable(pairs: ReadonlyArray<{ lang: string; correct: boolean }>): string {
  const by = new Map<string, { n: number; correct: number }>([['en', { n: 0, correct: 0 }]]);
  for (const p of pairs) {
    const row = by.get(p.lang) ?? { n: 0, correct: 0 };
    row.n += 1;
    if (p.correct) row.correct += 1;
    by.set(p.lang, row);
  }
  const rows = [...by].filter(([, r]) => r.n > 0).map(([lang, r]) => [lang, String(r.n), String(r.correct), pct(r.correct / r.n)]);
  const other = [...by].filter(([lang]) => lang !== 'en').reduce((a, [, r]) => ({ n: a.n + r.n, correct: a.correct + r.correct }), { n: 0, correct: 0 });
  if (other.n > 0) rows.push(['non-English', String(other.n), String(other.correct), pct(other.correct / other.n)]);
  return table(['language', 'n', 'correct', 'accuracy'], rows);
}
