/**
 * Counts of requests per Sales rep and label, for the requests view's
 * stacked bar chart and its table fallback. Pure.
 */
import { normalizeEmail, REQUEST_LABELS, type Person, type RequestLabel, type SalesRequest } from '@/lib/model';
import { senderName } from './filters';

export interface RepCounts {
  /** The normalized e-mail. */
  key: string;
  name: string;
  total: number;
  counts: Record<RequestLabel, number>;
}

export interface RepLabelChart {
  rows: RepCounts[];
  /** The labels in chart order (every label, so colours stay put). */
  labels: readonly RequestLabel[];
  /** The largest row total (0 without requests). */
  max: number;
  total: number;
}

const zero = (): Record<RequestLabel, number> =>
  Object.fromEntries(REQUEST_LABELS.map((l) => [l, 0])) as Record<RequestLabel, number>;

/** One row per sender, the busiest first (then by name). */
export function repLabelCounts(requests: readonly SalesRequest[], people: readonly Person[] = []): RepLabelChart {
  const rows = new Map<string, RepCounts>();
  for (const r of requests) {
    const key = normalizeEmail(r.from.email);
    let row = rows.get(key);
    if (!row) {
      row = { key, name: senderName(r.from.email, people, r.from.name), total: 0, counts: zero() };
      rows.set(key, row);
    }
    // A label from a newer version counts as "none" rather than vanish.
    const label: RequestLabel = (REQUEST_LABELS as readonly string[]).includes(r.label) ? r.label : 'none';
    row.counts[label]++;
    row.total++;
  }
  const list = [...rows.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return {
    rows: list,
    labels: REQUEST_LABELS,
    max: list.reduce((m, r) => Math.max(m, r.total), 0),
    total: list.reduce((s, r) => s + r.total, 0),
  };
}

export interface BarSegment {
  label: RequestLabel;
  count: number;
  /** Start and width as fractions of the chart width (0..1). */
  x: number;
  width: number;
}

/** A row's non-empty segments laid end to end, scaled against `max`. */
export function barSegments(row: RepCounts, labels: readonly RequestLabel[], max: number): BarSegment[] {
  if (max <= 0) return [];
  const out: BarSegment[] = [];
  let x = 0;
  for (const label of labels) {
    const count = row.counts[label];
    if (!count) continue;
    const width = count / max;
    out.push({ label, count, x, width });
    x += width;
  }
  return out;
}
