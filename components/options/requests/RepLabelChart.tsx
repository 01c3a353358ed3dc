import { useId } from 'preact/hooks';
import { clip, oneLine } from '@/lib/text';
import { labelName } from '@/lib/requests/labels';
import { barSegments, type RepLabelChart as ChartData } from '@/lib/requests/chart';

const ROW = 26;
const BAR = 18;
const NAME_W = 170;
const BAR_W = 420;
const COUNT_W = 40;
const WIDTH = NAME_W + BAR_W + COUNT_W;
/** Rows drawn; the table below lists every rep. */
export const CHART_ROWS = 12;

const plural = (n: number) => `${n} request${n === 1 ? '' : 's'}`;

/**
 * Requests per Sales rep, stacked by label, as SVG. Every bar has a title
 * (a tooltip); screen readers get a summary and the table below it.
 */
export function RepLabelChart({ data }: { data: ChartData }) {
  const uid = useId();
  if (!data.rows.length) return <p class="empty">No requests to chart.</p>;
  const rows = data.rows.slice(0, CHART_ROWS);
  const height = rows.length * ROW + 4;
  const used = data.labels.filter((l) => data.rows.some((r) => r.counts[l] > 0));
  const summary = `Requests per Sales rep and label: ${data.rows
    .slice(0, CHART_ROWS)
    .map((r) => `${r.name} ${r.total}`)
    .join(', ')}${data.rows.length > CHART_ROWS ? `, and ${data.rows.length - CHART_ROWS} more` : ''}.`;
  return (
    <figure class="chart" data-handoff-options="requests-chart">
      <svg
        class="chart-svg"
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${WIDTH}px` }}
        role="img"
        aria-labelledby={`${uid}-title ${uid}-desc`}
      >
        <title id={`${uid}-title`}>Requests per Sales rep and label</title>
        <desc id={`${uid}-desc`}>{summary}</desc>
        {rows.map((row, i) => {
          const y = i * ROW + 2;
          const segs = barSegments(row, data.labels, data.max);
          const end = segs.reduce((x, s) => x + s.width, 0) * BAR_W;
          return (
            <g key={row.key} class="chart-row">
              <title>
                {row.name}: {plural(row.total)}
              </title>
              <text class="chart-name" x={NAME_W - 8} y={y + BAR / 2} dominant-baseline="central" text-anchor="end">
                {clip(oneLine(row.name), 24, { atWord: true })}
              </text>
              {segs.map((s) => (
                <rect
                  key={s.label}
                  class={`chart-seg chart-seg--${s.label}`}
                  x={NAME_W + s.x * BAR_W}
                  y={y}
                  width={Math.max(1, s.width * BAR_W)}
                  height={BAR}
                >
                  <title>
                    {row.name}, {labelName(s.label)}: {s.count}
                  </title>
                </rect>
              ))}
              <text class="chart-count" x={NAME_W + end + 6} y={y + BAR / 2} dominant-baseline="central">
                {row.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="chart-legend" aria-label="Labels">
          {used.map((l) => (
            <li key={l}>
              <span class={`chart-swatch chart-seg--${l}`} aria-hidden="true" />
              {labelName(l)}
            </li>
          ))}
        </ul>
        {data.rows.length > CHART_ROWS ? (
          <p class="muted small">The {CHART_ROWS} busiest reps are drawn; the table lists all {data.rows.length}.</p>
        ) : null}
      </figcaption>
      <details class="chart-table">
        <summary>Show the counts as a table</summary>
        <table class="table">
          <caption class="sr-only">Requests per Sales rep and label</caption>
          <thead>
            <tr>
              <th scope="col">Sales rep</th>
              {data.labels.map((l) => (
                <th key={l} scope="col">
                  {labelName(l)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                {data.labels.map((l) => (
                  <td key={l}>{r.counts[l]}</td>
                ))}
                <td>{r.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
