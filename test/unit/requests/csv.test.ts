import { describe, expect, it } from 'vitest';
import { BOM, CSV_COLUMNS, csvCell, csvFileName, neutralizeFormula, requestsCsv, toCsv } from '@/lib/requests/csv';
import { parseCsv } from '../../support/csv';
import { blankDeal as deal, makeRequest as req } from '../../support/factories';

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['line1\r\nline2', '"line1\r\nline2"'],
    ['Ünïcødé — ok', 'Ünïcødé — ok'],
    // OWASP CSV injection: a leading = + - @ tab or CR is defused with an apostrophe.
    ['=HYPERLINK("http://evil","x")', '"\'=HYPERLINK(""http://evil"",""x"")"'],
    ['+1 555', "'+1 555"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', '"\'\r=1"'],
    ['a=1', 'a=1'],
    [" '=already", " '=already"],
  ])('%j → %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it('neutralizeFormula leaves safe text alone', () => {
    expect(neutralizeFormula('SOW')).toBe('SOW');
    expect(neutralizeFormula('=1')).toBe("'=1");
  });
});

describe('requestsCsv', () => {
  const deals = [deal('acme-platform', { name: 'Acme, data platform' })];
  const r1 = req({ id: 'r1', summary: 'Finish the "SOW"\nbefore signature', note: '=cmd|calc', loggedAt: '2026-11-19T14:02:00.000Z' });
  const r2 = req({ id: 'r2', dealId: 'gone', source: { kind: 'manual', url: null }, from: { name: '@dana', email: 'd@n.io' } });
  const r3 = req({ id: 'r3', dealId: null });
  const text = requestsCsv([r1, r2, r3], deals);

  it('starts with a BOM and the header, and ends every line with CRLF', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('id,loggedAt,fromName,fromEmail,deal,label,status,summary,note,sourceKind,sourceUrl');
    expect(text.endsWith('\r\n')).toBe(true);
    // No bare LF outside the one quoted cell that holds it.
    expect(text.replace(/\r\n/g, '').split('\n')).toHaveLength(2);
  });

  it('round-trips through an RFC 4180 reader, with formulas defused', () => {
    const rows = parseCsv(text.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      'r1',
      '2026-11-19T14:02:00.000Z',
      'Dana Ruiz',
      'dana.ruiz@northwind.io',
      'Acme, data platform',
      'pre-contract-work',
      'open',
      'Finish the "SOW"\nbefore signature',
      "'=cmd|calc",
      'gmail',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ',
    ]);
    expect(rows[2]).toEqual(['r2', r2.loggedAt, "'@dana", 'd@n.io', 'gone', 'pre-contract-work', 'open', r2.summary, '', 'manual', '']);
    expect(rows[3]![4]).toBe('');
  });

  it('quotes the cells that need it', () => {
    expect(text).toContain(',"Acme, data platform",');
    expect(text).toContain(',"Finish the ""SOW""\nbefore signature",');
  });

  it('with no requests: BOM and header only; toCsv of nothing is empty', () => {
    expect(requestsCsv([], [])).toBe(`${BOM}${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsv([])).toBe('');
    expect(csvFileName('2026-11-21')).toBe('handoff-requests-2026-11-21.csv');
  });
});
