import { parseSoql, SoqlError, type Condition, type Literal, type SelectQuery } from './soql';
import { salesforceDateTime, type FakeSalesforceStore } from './store';

/**
 * Runs a parsed SOQL query on the fake org: checks every field against the
 * object's fields (an unknown one is INVALID_FIELD, e.g. CurrencyIsoCode in
 * a single-currency org), checks each literal's type against the field's
 * (a date field wants a date, not a quoted string), filters, sorts and
 * projects rows the way the REST API returns them: `attributes` on every
 * row, relationship fields nested, child subqueries as a query result
 * (null when empty).
 */

type FieldType = 'id' | 'string' | 'number' | 'boolean' | 'date' | 'datetime';
type Row = Record<string, unknown>;

interface ObjectSchema {
  fields: Record<string, FieldType>;
  relationships: Record<string, { type: string; fields: Record<string, FieldType> }>;
  children: Record<string, string>;
}

function schemaOf(store: FakeSalesforceStore, object: string): ObjectSchema {
  if (object === 'Opportunity') {
    const fields: Record<string, FieldType> = {
      Id: 'id', Name: 'string', StageName: 'string', Amount: 'number', CloseDate: 'date', IsClosed: 'boolean', IsWon: 'boolean', SystemModstamp: 'datetime',
    };
    if (store.multiCurrency) fields.CurrencyIsoCode = 'string';
    for (const name of store.customFields) fields[name] = 'string';
    return {
      fields,
      relationships: { Account: { type: 'Account', fields: { Name: 'string', Website: 'string' } }, Owner: { type: 'User', fields: { Name: 'string', Email: 'string' } } },
      children: { OpportunityContactRoles: 'OpportunityContactRole' },
    };
  }
  if (object === 'OpportunityContactRole') {
    return {
      fields: { Id: 'id', Role: 'string', IsPrimary: 'boolean' },
      relationships: { Contact: { type: 'Contact', fields: { Name: 'string', Email: 'string', Title: 'string' } } },
      children: {},
    };
  }
  if (object === 'OpportunityStage') {
    return {
      fields: { ApiName: 'string', MasterLabel: 'string', IsClosed: 'boolean', IsWon: 'boolean', DefaultProbability: 'number', IsActive: 'boolean' },
      relationships: {},
      children: {},
    };
  }
  throw new SoqlError('INVALID_TYPE', `sObject type '${object}' is not supported.`);
}

/** The rows of a top-level object, as plain records (dateTimes as epoch ms, stage flags derived). */
function rowsOf(store: FakeSalesforceStore, object: string): Row[] {
  if (object === 'OpportunityStage') return store.stages.map((s) => ({ ...s }));
  if (object !== 'Opportunity') throw new SoqlError('INVALID_TYPE', `sObject type '${object}' is not supported.`);
  return store.opportunities.map((o) => {
    const stage = store.stages.find((s) => s.ApiName === o.StageName);
    const { custom, contactRoles, ...own } = o;
    return { ...own, ...custom, IsClosed: stage?.IsClosed ?? false, IsWon: stage?.IsWon ?? false, OpportunityContactRoles: contactRoles };
  });
}

function typeOf(schema: ObjectSchema, object: string, path: string): FieldType {
  const [head, tail, ...rest] = path.split('.');
  const type = tail === undefined ? schema.fields[head!] : rest.length ? undefined : schema.relationships[head!]?.fields[tail];
  if (!type) throw new SoqlError('INVALID_FIELD', `No such column '${path}' on entity '${object}'.`);
  return type;
}

const read = (row: Row, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Row)[key] : undefined), row);

/** `LAST_N_DAYS:n` runs from midnight n days ago to the end of today (UTC here: the fake org's time zone). */
function dateRange(lit: Extract<Literal, { type: 'dateFunction' }>, now: number): [string, string] {
  if (lit.name !== 'LAST_N_DAYS') throw new SoqlError('MALFORMED_QUERY', `date function ${lit.name} is not supported by the fake`);
  const today = new Date(now).toISOString().slice(0, 10);
  return [new Date(Date.parse(today) - lit.n * 86_400_000).toISOString().slice(0, 10), today];
}

const ACCEPTS: Record<FieldType, Array<Literal['type']>> = {
  id: ['string', 'null'], string: ['string', 'null'], number: ['number', 'null'], boolean: ['boolean'], date: ['date', 'dateFunction', 'null'], datetime: ['datetime', 'null'],
};

function compare(have: unknown, op: string, lit: Literal, now: number): boolean {
  if (lit.type === 'null') return op === '=' ? have == null : op === '!=' || op === '<>' ? have != null : false;
  if (have == null) return op === '!=' || op === '<>';
  let low: unknown;
  let high: unknown;
  if (lit.type === 'dateFunction') [low, high] = dateRange(lit, now);
  else low = high = lit.value;
  const h = have as string | number;
  switch (op) {
    case '=': return h >= (low as typeof h) && h <= (high as typeof h);
    case '!=': case '<>': return h < (low as typeof h) || h > (high as typeof h);
    case '<': return h < (low as typeof h);
    case '<=': return h <= (high as typeof h);
    case '>': return h > (high as typeof h);
    case '>=': return h >= (low as typeof h);
    default: throw new SoqlError('MALFORMED_QUERY', `unknown operator ${op}`);
  }
}

function matches(cond: Condition, row: Row, now: number): boolean {
  switch (cond.kind) {
    case 'and': return cond.items.every((c) => matches(c, row, now));
    case 'or': return cond.items.some((c) => matches(c, row, now));
    case 'not': return !matches(cond.item, row, now);
    case 'in': return cond.values.some((v) => compare(read(row, cond.field), '=', v, now));
    case 'compare': return compare(read(row, cond.field), cond.op, cond.value, now);
  }
}

/** Every field in the filter exists and each literal has its field's type, checked before any row is read (as Salesforce does). */
function validate(cond: Condition, check: (field: string, lit: Literal) => void): void {
  switch (cond.kind) {
    case 'and': case 'or': return cond.items.forEach((c) => validate(c, check));
    case 'not': return validate(cond.item, check);
    case 'in': return cond.values.forEach((v) => check(cond.field, v));
    case 'compare': return check(cond.field, cond.value);
  }
}

/** Wraps a list of projected rows as a query result; the server pages it (nextRecordsUrl). */
export type Pager = (records: Row[]) => Row;

function run(store: FakeSalesforceStore, query: SelectQuery, object: string, rows: Row[], pager: Pager): Row[] {
  const schema = schemaOf(store, object);
  const types = new Map(query.fields.map((f) => [f, typeOf(schema, object, f)]));
  for (const sub of query.subqueries) {
    if (!schema.children[sub.from]) throw new SoqlError('INVALID_FIELD', `Didn't understand relationship '${sub.from}' in FROM part of query call.`);
    run(store, sub, schema.children[sub.from]!, [], pager); // checks the subquery even when no parent row has children
  }
  const check = (field: string, lit: Literal) => {
    const type = typeOf(schema, object, field);
    if (!ACCEPTS[type].includes(lit.type)) throw new SoqlError('INVALID_FIELD', `value of filter criterion for field '${field}' must be of type ${type}`);
  };
  const now = store.now();
  if (query.where) validate(query.where, check);
  let hits = query.where ? rows.filter((r) => matches(query.where!, r, now)) : rows;
  if (query.orderBy.length) {
    for (const o of query.orderBy) typeOf(schema, object, o.field);
    hits = [...hits].sort((a, b) => {
      for (const { field, descending } of query.orderBy) {
        const x = read(a, field) as string | number | null;
        const y = read(b, field) as string | number | null;
        if (x === y) continue;
        const order = x == null ? -1 : y == null ? 1 : x < y ? -1 : 1;
        return descending ? -order : order;
      }
      return 0;
    });
  }
  if (query.limit !== null) hits = hits.slice(0, query.limit);
  return hits.map((row) => {
    const out: Row = { attributes: { type: object, ...(row.Id ? { url: `/services/data/v62.0/sobjects/${object}/${String(row.Id)}` } : {}) } };
    for (const [field, type] of types) {
      const [head, tail] = field.split('.');
      const value = read(row, field);
      if (tail === undefined) out[head!] = type === 'datetime' && typeof value === 'number' ? salesforceDateTime(value) : (value ?? null);
      else if (read(row, head!) == null) out[head!] = null;
      else {
        const parent = (out[head!] ??= { attributes: { type: schema.relationships[head!]!.type } }) as Row;
        parent[tail] = value ?? null;
      }
    }
    for (const sub of query.subqueries) {
      const children = run(store, sub, schema.children[sub.from]!, (row[sub.from] as Row[] | undefined) ?? [], pager);
      out[sub.from] = children.length ? pager(children) : null;
    }
    return out;
  });
}

/** Parses and runs `soql`; the rows come back whole, for the server to page. */
export function runQuery(store: FakeSalesforceStore, soql: string, childPager: Pager): Row[] {
  const query = parseSoql(soql);
  return run(store, query, query.from, rowsOf(store, query.from), childPager);
}
