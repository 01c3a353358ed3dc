import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrmHttpError } from '@/lib/crm/http';
import { deletedWindow, parseLimitInfo } from '@/lib/crm/salesforce/client';
import { changedSinceQuery, firstPassQuery, parseSalesforceDateTime, soqlDateTime, soqlField, soqlId } from '@/lib/crm/salesforce/soql';
import type { SyncPage } from '@/lib/crm/sync/source';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectSource } from '@/test/support/fake-salesforce/connect';
import { runQuery } from '@/test/support/fake-salesforce/query';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';
import { parseSoql, SoqlError } from '@/test/support/fake-salesforce/soql';
import { createStore } from '@/test/support/fake-salesforce/store';

/** The SOQL Handoff sends (built from checked parts only) and the fake org's reading of it. */

const DAY = 86_400_000;
const clock = virtualClock();
const names = { specialTerms: 'Handoff_Special_Terms__c', deliverables: 'Handoff_Promised_Deliverables__c' };

describe('SOQL literals and names', () => {
  it.each(['Name, (SELECT Id FROM Users)', "Id FROM Opportunity WHERE Name = 'x'", 'Terms__c--', '1Field', 'A.B.C.D.E.F', ''])('refuses %j as a field', (bad) => {
    expect(() => soqlField(bad)).toThrow(/not a Salesforce field name/);
  });

  it.each(["006' OR Id != '", '006000000000001', '006000000000001AAA'])('quotes ids and refuses anything else (%j)', (id) => {
    if (/^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/.test(id)) expect(soqlId(id)).toBe(`'${id}'`);
    else expect(() => soqlId(id)).toThrow(/not a Salesforce id/);
  });

  it('writes dateTimes as SOQL wants them and reads Salesforce’s +0000 form back', () => {
    expect(soqlDateTime(Date.UTC(2026, 5, 1, 9, 30, 15, 999))).toBe('2026-06-01T09:30:15Z');
    expect(parseSalesforceDateTime('2026-06-01T09:30:15.000+0000')).toBe(Date.UTC(2026, 5, 1, 9, 30, 15));
    expect(() => soqlDateTime(Number.NaN)).toThrow();
  });

  it('a custom field name from options that is not an API name never reaches a query', () => {
    expect(() => firstPassQuery({ names: { specialTerms: 'Terms__c FROM User --' }, withCurrency: true }, 90)).toThrow(/not a Salesforce field name/);
  });

  it('the fake reads the queries the client sends as SOQL (fields, subquery, filter, order)', () => {
    const first = parseSoql(firstPassQuery({ names, withCurrency: false }, 30, '006000000000009AAA'));
    expect(first.fields).not.toContain('CurrencyIsoCode');
    expect(first.subqueries[0]).toMatchObject({ from: 'OpportunityContactRoles', fields: ['Role', 'IsPrimary', 'Contact.Name', 'Contact.Email', 'Contact.Title'] });
    expect(first.where).toEqual({
      kind: 'and',
      items: [
        { kind: 'or', items: [
          { kind: 'compare', field: 'IsClosed', op: '=', value: { type: 'boolean', value: false } },
          { kind: 'compare', field: 'CloseDate', op: '>=', value: { type: 'dateFunction', name: 'LAST_N_DAYS', n: 30 } },
        ] },
        { kind: 'compare', field: 'Id', op: '>', value: { type: 'string', value: '006000000000009AAA' } },
      ],
    });
    expect(first.orderBy).toEqual([{ field: 'Id', descending: false }]);
    const changed = parseSoql(changedSinceQuery({ names, withCurrency: true }, Date.UTC(2026, 0, 2, 3, 4, 5)));
    expect(changed.where).toEqual({ kind: 'compare', field: 'SystemModstamp', op: '>', value: { type: 'datetime', value: Date.UTC(2026, 0, 2, 3, 4, 5) } });
    expect(changed.orderBy.map((o) => o.field)).toEqual(['SystemModstamp', 'Id']);
  });

  it('the fake refuses what Salesforce refuses: malformed text, unknown fields, literals of the wrong type', () => {
    const store = createStore({ multiCurrency: false });
    const run = (soql: string) => () => runQuery(store, soql, (rows) => ({ records: rows }));
    expect(run('SELECT Id FROM Opportunity WHERE')).toThrow(SoqlError);
    expect(run("SELECT Id FROM Opportunity WHERE Name = 'unterminated")).toThrow(/unexpected character/);
    expect(run('SELECT CurrencyIsoCode FROM Opportunity')).toThrow(/No such column 'CurrencyIsoCode' on entity 'Opportunity'/);
    expect(run("SELECT Id FROM Opportunity WHERE CloseDate >= '2026-01-01'")).toThrow(/must be of type date/);
    expect(run('SELECT Id FROM Opportunity WHERE SystemModstamp > 2026-01-01')).toThrow(/must be of type datetime/);
    expect(run('SELECT Id FROM Opportunity LIMIT 1 extra')).toThrow(/expecting end of query/);
  });
});

describe('limits header and getDeleted window', () => {
  it.each([
    ['api-usage=18/5000', { used: 18, limit: 5000 }],
    ['api-usage=25/5000; per-app-api-usage=17/250(appName=sample-app)', { used: 25, limit: 5000 }],
    ['per-app-api-usage=17/250(appName=x); api-usage=90001/100000', { used: 90_001, limit: 100_000 }],
    ['per-app-api-usage=17/250(appName=x)', undefined],
    ['api-usage=1/0', undefined],
    [null, undefined],
  ])('Sforce-Limit-Info %j', (header, usage) => {
    expect(parseLimitInfo(header)).toEqual(usage);
  });

  it('clamps to Salesforce’s 15 days and says so; under a minute there is nothing to ask', () => {
    const now = Date.UTC(2026, 5, 1, 12);
    expect(deletedWindow(now - 2 * DAY, now)).toEqual({ startMs: now - 2 * DAY, endMs: now, clamped: false });
    const old = deletedWindow(now - 40 * DAY, now)!;
    expect(old.clamped).toBe(true);
    expect(now - old.startMs).toBeLessThan(15 * DAY);
    expect(deletedWindow(null, now)).toMatchObject({ startMs: old.startMs, clamped: false });
    expect(deletedWindow(now - 30_000, now)).toBeNull();
  });
});

describe('org differences', () => {
  let single: FakeSalesforce;
  beforeAll(async () => {
    single = await startFakeSalesforce({ opportunities: 6, now: clock.now, multiCurrency: false });
  });
  afterAll(() => single.stop());

  const collect = async (pages: AsyncGenerator<SyncPage>) => {
    const out: SyncPage[] = [];
    for await (const page of pages) out.push(page);
    return out;
  };

  it('a single-currency org (no CurrencyIsoCode) is synced without it, in its own currency, and asked once', async () => {
    single.reset();
    const { source } = connectSource(single, {}, clock);
    const mapping = { now: new Date(clock.now()), defaultCurrency: 'CHF' };
    const [page] = await collect(source.firstPass(mapping, null, 90));
    const deal = page!.mapped.find((m) => m.ok)!;
    expect(deal.ok && deal.deal.value?.currency).toBe('CHF');
    expect(single.log.map((r) => r.query.q?.includes('CurrencyIsoCode'))).toEqual([true, false, false]);
    expect(source.multiCurrency).toBe(false);
    single.reset();
    await collect(source.incrementalPass(mapping, clock.now() - DAY, new Map()));
    expect(single.log.some((r) => r.query.q?.includes('CurrencyIsoCode'))).toBe(false);
  });

  it('a custom field the org lacks stops the sync with a reason naming it', async () => {
    const { source } = connectSource(single, {}, clock);
    const pass = source.firstPass({ now: new Date(clock.now()), specialTerms: 'Contract_Terms__c' }, null, 90);
    const error = await pass.next().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrmHttpError);
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'INVALID_FIELD', reason: "No such column 'Contract_Terms__c' on entity 'Opportunity'." });
  });
});
