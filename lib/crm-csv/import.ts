/**
 * Turns a CRM export (HubSpot deals or Salesforce opportunities) into
 * Handoff deals, row by row: each data row becomes a deal that passes
 * `dealSchema`, or an error naming its line in the file and why. Nothing
 * here writes anything; the options page shows this as a preview.
 */
import { dealSchema, emptyDeal, formatPath, type Deal } from '@/lib/model';
import { delimiterName, parseCsv, type CsvRecord, type Delimiter } from './parse';
import { detectSource, mapColumns, mapStage, type CrmField, type CrmSource, type SourceSpec } from './sources';
import { readAmount, readCurrency, readDate, readDomains, readPerson } from './values';

export interface GoodRow {
  /** 1-based line in the file where the row starts. */
  line: number;
  deal: Deal;
  /** Things dropped or moved, e.g. a website that is not a domain. */
  warnings: string[];
}

export interface RowError {
  line: number;
  reason: string;
}

export interface CrmPreview {
  ok: true;
  source: CrmSource;
  sourceLabel: string;
  delimiter: Delimiter;
  /** Header cells as written, each with the field it fills ('ignored': a standard column Handoff doesn't keep; null: unknown). */
  columns: Array<{ header: string; field: CrmField | 'ignored' | null }>;
  unknownColumns: string[];
  good: GoodRow[];
  bad: RowError[];
}

export type CrmRead = CrmPreview | { ok: false; error: string };

export interface ReadOptions {
  now: Date;
  /** The e-mail of a person by name (the roster), for owners the export names without an e-mail. */
  emailForName?: (name: string) => string | null;
  /** Default currency when the file names none. */
  defaultCurrency?: string;
}

/** Reads a whole export; a file-level problem (empty, one column, not a CRM export) is `{ok:false}`. */
export function readCrmCsv(text: string, opts: ReadOptions): CrmRead {
  const csv = parseCsv(text);
  if (!csv.ok) return csv;
  const header = csv.header.fields.map((h) => h.trim());
  const spec = detectSource(header);
  if (!spec) {
    return {
      ok: false,
      error:
        `This is not a HubSpot deals export or a Salesforce opportunities export: none of its columns is known ` +
        `(${header.slice(0, 8).map((h) => `"${h}"`).join(', ')}${header.length > 8 ? ', …' : ''}).`,
    };
  }
  const map = mapColumns(spec, header);
  const missing = spec.required.filter((f) => map.index[f] === undefined);
  if (missing.length) {
    return {
      ok: false,
      error: `This looks like a ${spec.label}, but it has no ${missing
        .map((f) => `"${spec.columns[f][0]}"`)
        .join(', ')} column${missing.length > 1 ? 's' : ''}.`,
    };
  }

  const good: GoodRow[] = [];
  const bad: RowError[] = [];
  const firstLineOfId = new Map<string, number>();
  for (const record of csv.records) {
    const row = readRow(spec, header, map.index, record, csv.delimiter, opts);
    if (row.id) {
      const first = firstLineOfId.get(row.id);
      if (first !== undefined) {
        const idCol = header[map.index.id!]!;
        row.reasons.unshift(`duplicate ${idCol} "${row.rawId}": first on line ${first}`);
      } else firstLineOfId.set(row.id, record.line);
    }
    if (row.reasons.length || !row.deal) bad.push({ line: record.line, reason: row.reasons.join('; ') || 'cannot be read' });
    else good.push({ line: record.line, deal: row.deal, warnings: row.warnings });
  }

  return {
    ok: true,
    source: spec.source,
    sourceLabel: spec.label,
    delimiter: csv.delimiter,
    columns: header.map((h, i) => ({ header: h, field: map.roles[i] ?? null })),
    unknownColumns: map.unknown,
    good,
    bad,
  };
}

interface RowRead {
  id: string | null;
  rawId: string;
  deal: Deal | null;
  reasons: string[];
  warnings: string[];
}

function readRow(
  spec: SourceSpec,
  header: readonly string[],
  index: Partial<Record<CrmField, number>>,
  record: CsvRecord,
  delimiter: Delimiter,
  opts: ReadOptions,
): RowRead {
  const reasons: string[] = [];
  const warnings: string[] = [];
  const out: RowRead = { id: null, rawId: '', deal: null, reasons, warnings };
  if (record.error) {
    reasons.push(record.error);
    return out;
  }
  if (record.fields.length !== header.length) {
    const n = record.fields.length;
    reasons.push(
      `has ${n} field${n === 1 ? '' : 's'}, the header has ${header.length}` +
        (n === 1 ? ` (wrong delimiter? the header is ${delimiterName(delimiter)}-separated)` : ''),
    );
    return out;
  }
  const col = (f: CrmField) => header[index[f]!]!;
  const cell = (f: CrmField) => (index[f] === undefined ? '' : record.fields[index[f]!]!.trim());

  out.rawId = cell('id');
  if (!out.rawId) reasons.push(`${col('id')} is empty`);
  else out.id = spec.idPrefix + out.rawId;

  const name = cell('name');
  if (!name) reasons.push(`${col('name')} is empty`);

  const stageCell = cell('stage');
  const stage = stageCell ? mapStage(spec, stageCell) : null;
  if (!stageCell) reasons.push(`${col('stage')} is empty`);
  else if (!stage) reasons.push(`unknown stage "${stageCell}" in ${col('stage')}`);

  const amount = readAmount(cell('amount'));
  if (!amount.ok) reasons.push(`bad amount "${cell('amount')}" in ${col('amount')}: ${amount.reason}`);
  const currency = readCurrency(cell('currency'));
  if (!currency.ok) reasons.push(`bad currency "${cell('currency')}" in ${col('currency')}: ${currency.reason}`);

  const close = readDate(cell('closeDate'));
  if (!close.ok) reasons.push(`bad date "${cell('closeDate')}" in ${col('closeDate')} (use YYYY-MM-DD or MM/DD/YYYY)`);

  let notes = '';
  let owner: Deal['owner'] = null;
  const ownerCell = readPerson(cell('owner'));
  const ownerEmail = cell('ownerEmail') || ownerCell.email || (ownerCell.name ? opts.emailForName?.(ownerCell.name) ?? null : null);
  if (ownerEmail) owner = { name: ownerCell.name, email: ownerEmail };
  else if (ownerCell.name) {
    notes = `Owner in ${spec.source === 'hubspot' ? 'HubSpot' : 'Salesforce'}: ${ownerCell.name}`;
    warnings.push(`owner "${ownerCell.name}" has no e-mail here: kept in the notes`);
  }

  const { domains, rejected } = readDomains(cell('domain'));
  if (rejected.length) warnings.push(`${col('domain')} "${rejected.join(' ')}" is not a domain: left out`);

  if (reasons.length || !out.id || !stage) return out;

  const amountValue = amount.ok ? amount.value : null;
  const currencyValue = (currency.ok ? currency.value : null) ?? amountValue?.currency ?? opts.defaultCurrency ?? 'USD';
  if (amountValue?.currency && currency.ok && currency.value && amountValue.currency !== currency.value) {
    reasons.push(`${col('amount')} "${cell('amount')}" is in ${amountValue.currency} but ${col('currency')} says ${currency.value}`);
    return out;
  }

  const draft: Deal = {
    ...emptyDeal(out.id, opts.now),
    name,
    account: cell('account'),
    stage,
    signedOn: stage === 'signed' && close.ok ? close.value : null,
    owner,
    value: amountValue ? { amount: amountValue.amount, currency: currencyValue } : null,
    links: { domains, gmailThreads: [], jira: [], asana: [] },
    notes,
  };
  const checked = dealSchema.safeParse(draft);
  if (!checked.success) {
    for (const issue of checked.error.issues) reasons.push(`${formatPath(issue.path) || 'deal'}: ${issue.message}`);
    return out;
  }
  out.deal = checked.data;
  return out;
}
