/**
 * The requests view's CSV export: RFC 4180 (CRLF line ends, fields with a
 * comma, quote or line break quoted, quotes doubled), a UTF-8 byte order
 * mark so Excel reads it as UTF-8, and cells that a spreadsheet would run
 * as a formula defused with a leading apostrophe (OWASP "CSV injection").
 */
import type { Deal, SalesRequest } from '@/lib/model';
import { dealName } from './filters';

export const CSV_COLUMNS = [
  'id',
  'loggedAt',
  'fromName',
  'fromEmail',
  'deal',
  'label',
  'status',
  'summary',
  'note',
  'sourceKind',
  'sourceUrl',
] as const;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

/** Characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `=SUM(A1)` → `'=SUM(A1)`; anything else as it is. */
export function neutralizeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field: defused, then quoted when it holds a comma, quote, CR or LF. */
export function csvCell(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Records as CSV text, each line ended by CRLF, without the BOM. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return records.map((r) => r.map(csvCell).join(',') + CRLF).join('');
}

/** The columns of one request; the deal by name (its id when the deal is gone). */
export function requestRecord(r: SalesRequest, deals: readonly Pick<Deal, 'id' | 'name'>[]): string[] {
  return [
    r.id,
    r.loggedAt,
    r.from.name,
    r.from.email,
    dealName(r.dealId, deals),
    r.label,
    r.status,
    r.summary,
    r.note,
    r.source.kind,
    r.source.url ?? '',
  ];
}

/** The whole file: BOM, header, one line per request. */
export function requestsCsv(requests: readonly SalesRequest[], deals: readonly Pick<Deal, 'id' | 'name'>[]): string {
  return BOM + toCsv([[...CSV_COLUMNS], ...requests.map((r) => requestRecord(r, deals))]);
}

/** `handoff-requests-2026-11-21.csv`. */
export function csvFileName(today: string): string {
  return `handoff-requests-${today}.csv`;
}
