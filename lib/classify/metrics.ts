/**
 * Classification metrics over (gold, predicted) pairs. Pure; used by the eval
 * script and unit-tested on its own. A label with no predictions has
 * precision 0 (and no support gives recall 0), so F1 is never NaN.
 */

export interface LabelMetrics {
  precision: number;
  recall: number;
  f1: number;
  /** Number of gold items with this label. */
  support: number;
}

export interface Metrics<L extends string = string> {
  n: number;
  accuracy: number;
  macroF1: number;
  labels: Record<L, LabelMetrics>;
  /** confusion[gold][predicted] = count */
  confusion: Record<L, Record<L, number>>;
}

export function computeMetrics<L extends string>(
  labels: readonly L[],
  pairs: ReadonlyArray<{ gold: L; predicted: L }>,
): Metrics<L> {
  const confusion = Object.fromEntries(
    labels.map((g) => [g, Object.fromEntries(labels.map((p) => [p, 0]))]),
  ) as Record<L, Record<L, number>>;
  let correct = 0;
  for (const { gold, predicted } of pairs) {
    const row = confusion[gold];
    if (row === undefined || row[predicted] === undefined) {
      throw new Error(`label not in the label list: ${row === undefined ? gold : predicted}`);
    }
    row[predicted] += 1;
    if (gold === predicted) correct++;
  }
  const perLabel = {} as Record<L, LabelMetrics>;
  for (const label of labels) {
    const tp = confusion[label][label];
    const support = labels.reduce((sum, p) => sum + confusion[label][p], 0);
    const predictedCount = labels.reduce((sum, g) => sum + confusion[g][label], 0);
    const precision = predictedCount === 0 ? 0 : tp / predictedCount;
    const recall = support === 0 ? 0 : tp / support;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support };
  }
  const macroF1 = labels.length === 0 ? 0 : labels.reduce((s, l) => s + perLabel[l].f1, 0) / labels.length;
  return {
    n: pairs.length,
    accuracy: round(pairs.length === 0 ? 0 : correct / pairs.length),
    macroF1: round(macroF1),
    labels: perLabel,
    confusion,
  };
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
