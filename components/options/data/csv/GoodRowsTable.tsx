import type { GoodRow } from '@/lib/crm-csv';
import { formatMoney } from '@/lib/deal/format';
import { DataTable } from '@/components/kit/DataTable';
import { StageBadge } from '../../deals/StageBadge';

/** The rows that will be imported: name, account, stage, value, and whether each is new. */
export function GoodRowsTable({ rows, existing }: { rows: readonly GoodRow[]; existing: ReadonlySet<string> }) {
  if (!rows.length) return <p class="empty">No row can be imported.</p>;
  return (
    <div style={{ overflowX: 'auto', maxHeight: '360px', overflowY: 'auto' }}>
      <DataTable hook="csv-good" columns={['Line', 'Name', 'Account', 'Stage', 'Value', 'In Handoff']}>
        {rows.map((r) => (
          <tr key={r.deal.id} data-line={r.line} data-deal-id={r.deal.id}>
            <td class="muted">{r.line}</td>
            <td>
              {r.deal.name}
              {r.warnings.length ? (
                <span class="muted" title={r.warnings.join('\n')}>
                  {' '}⚠
                </span>
              ) : null}
            </td>
            <td>{r.deal.account || <span class="muted">—</span>}</td>
            <td>
              <StageBadge stage={r.deal.stage} />
            </td>
            <td>{r.deal.value ? formatMoney(r.deal.value) : <span class="muted">—</span>}</td>
            <td>{existing.has(r.deal.id) ? 'updates' : 'new'}</td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}

/** What was dropped or moved on good rows (an owner without e-mail, a website that isn't a domain). */
export function RowWarnings({ rows }: { rows: readonly GoodRow[] }) {
  const warned = rows.filter((r) => r.warnings.length);
  if (!warned.length) return null;
  return (
    <details class="small" data-handoff-options="csv-warnings">
      <summary class="muted">
        {warned.length} good row{warned.length === 1 ? '' : 's'} with notes
      </summary>
      <ul>
        {warned.map((r) => (
          <li key={r.line} data-line={r.line}>
            Line {r.line}: {r.warnings.join('; ')}
          </li>
        ))}
      </ul>
    </details>
  );
}
