/** One line of the bench table. `median` is in `unit`; a row with a budget
 * fails the bench when its median is above it. */
export interface BenchRow {
  suite: string;
  name: string;
  median: number;
  unit: 'ms' | 'KB' | 'ops/s' | 'count';
  /** Extra figures printed beside the median, e.g. p99. */
  extra?: Record<string, number>;
  /** Upper bound on `median` (or on `extra[budgetOn]` when given). */
  budget?: number;
  budgetOn?: string;
  /** Lower bound instead (a throughput): the row fails below it. */
  floor?: number;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i]!;
}
