import { runQuery, type Pager } from './query';
import { SoqlError } from './soql';
import { fakeId, salesforceDateTime, type FakeSalesforceStore, type FakeTask } from './store';

/**
 * The fake org's REST API routes (after the bearer token and the usage
 * allocation were checked in ./server.ts), from the REST API Developer
 * Guide: query and query locators (dome-query), sObject Get Deleted
 * (resources-getdeleted) and sObject create (dome-sobject-create). Errors
 * are Salesforce's array of `{ message, errorCode }`.
 */

export interface Answer {
  status: number;
  json?: unknown;
}

type Row = Record<string, unknown>;

/** Open query cursors: the rows of a query, read page by page through nextRecordsUrl. */
export interface Locators {
  pages: Map<string, { rows: Row[]; batch: number }>;
  next: number;
  batchSize: number;
  childBatchSize: number;
}

const fail = (status: number, errorCode: string, message: string): Answer => ({ status, json: [{ message, errorCode }] });
const DAY = 86_400_000;
const TASK_STATUSES = ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'];
const TASK_FIELDS = new Set(['WhatId', 'WhoId', 'Subject', 'Description', 'Status', 'ActivityDate', 'Priority', 'OwnerId']);

function pageOf(locators: Locators, version: string, id: string, offset: number): Row {
  const cursor = locators.pages.get(id)!;
  const records = cursor.rows.slice(offset, offset + cursor.batch);
  const end = offset + records.length;
  const done = end >= cursor.rows.length;
  if (done) locators.pages.delete(id);
  return { totalSize: cursor.rows.length, done, ...(done ? {} : { nextRecordsUrl: `/services/data/${version}/query/${id}-${end}` }), records };
}

function pager(locators: Locators, version: string, batch: number): Pager {
  return (rows) => {
    const id = `01g${String(locators.next++).padStart(12, '0')}AAA`;
    locators.pages.set(id, { rows, batch });
    return pageOf(locators, version, id, 0);
  };
}

export function dataRoute(store: FakeSalesforceStore, locators: Locators, method: string, url: URL, body: unknown): Answer {
  const match = /^\/services\/data\/(v\d+\.\d)\/(.*)$/.exec(url.pathname);
  if (!match) return fail(404, 'NOT_FOUND', 'The requested resource does not exist');
  const [, version, rest] = match as unknown as [string, string, string];
  if (method === 'GET' && (rest === 'query' || rest === 'query/')) {
    const soql = url.searchParams.get('q');
    if (!soql) return fail(400, 'MALFORMED_QUERY', 'A query string has to be specified');
    try {
      const rows = runQuery(store, soql, pager(locators, version, locators.childBatchSize));
      return { status: 200, json: pager(locators, version, locators.batchSize)(rows) };
    } catch (error) {
      if (!(error instanceof SoqlError)) throw error;
      // Salesforce starts a SOQL error by echoing the query and pointing at the fault.
      return fail(400, error.errorCode, `\n${soql.slice(0, 120)}\n^\nERROR at Row:1:Column:1\n${error.message}`);
    }
  }
  const more = /^query\/(01g\w+)-(\d+)$/.exec(rest);
  if (method === 'GET' && more) {
    if (!locators.pages.has(more[1]!)) return fail(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');
    return { status: 200, json: pageOf(locators, version, more[1]!, Number(more[2])) };
  }
  if (method === 'GET' && /^sobjects\/Opportunity\/deleted\/?$/.test(rest)) return deleted(store, url.searchParams);
  if (method === 'POST' && rest === 'sobjects/Task') return createTask(store, body);
  return fail(404, 'NOT_FOUND', 'The requested resource does not exist');
}

/**
 * getDeleted: the window must be over a minute long and start no earlier
 * than 15 days before the day of the call (REST guide, resources-getdeleted;
 * SOAP guide, getDeleted() rules), else INVALID_REPLICATION_DATE.
 */
function deleted(store: FakeSalesforceStore, params: URLSearchParams): Answer {
  const start = Date.parse(params.get('start') ?? '');
  const end = Date.parse(params.get('end') ?? '');
  if (Number.isNaN(start) || Number.isNaN(end)) return fail(400, 'MALFORMED_QUERY', 'start and end must be ISO 8601 dateTimes');
  if (end - start <= 60_000) return fail(400, 'INVALID_REPLICATION_DATE', 'start must precede end by more than one minute');
  const today = Date.parse(new Date(store.now()).toISOString().slice(0, 10));
  const earliest = today - 15 * DAY;
  if (start < earliest) return fail(400, 'INVALID_REPLICATION_DATE', `start is before the earliest date available, ${salesforceDateTime(earliest)}`);
  return {
    status: 200,
    json: {
      deletedRecords: store.deleted.filter((d) => d.deletedDate >= start && d.deletedDate <= end).map((d) => ({ id: d.id, deletedDate: salesforceDateTime(d.deletedDate) })),
      earliestDateAvailable: salesforceDateTime(earliest),
      latestDateCovered: salesforceDateTime(end),
    },
  };
}

function createTask(store: FakeSalesforceStore, body: unknown): Answer {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'JSON_PARSER_ERROR', 'expected a JSON object');
  const fields = body as Record<string, unknown>;
  const unknown = Object.keys(fields).find((k) => !TASK_FIELDS.has(k));
  if (unknown) return fail(400, 'INVALID_FIELD', `No such column '${unknown}' on sobject of type Task`);
  const text = (k: string) => (typeof fields[k] === 'string' ? (fields[k] as string) : '');
  const whatId = text('WhatId');
  if (store.deleted.some((d) => d.id === whatId)) return fail(400, 'ENTITY_IS_DELETED', 'entity is deleted');
  if (!store.opportunities.some((o) => o.Id === whatId)) return fail(400, 'INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id');
  if (text('Subject').length > 255) return fail(400, 'STRING_TOO_LONG', 'Subject: data value too large');
  if (text('Description').length > 32_000) return fail(400, 'STRING_TOO_LONG', 'Comments: data value too large');
  const status = text('Status') || 'Not Started';
  if (!TASK_STATUSES.includes(status)) return fail(400, 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `Status: bad value for restricted picklist field: ${status}`);
  const date = text('ActivityDate');
  if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) return fail(400, 'INVALID_TYPE_ON_FIELD_IN_RECORD', 'Due Date Only: value not of required type');
  const task: FakeTask = { Id: fakeId('00T', store.tasks.length + 1), WhatId: whatId, Subject: text('Subject'), Description: text('Description'), Status: status, ActivityDate: date || null };
  store.tasks.push(task);
  return { status: 201, json: { id: task.Id, success: true, errors: [] } };
}
