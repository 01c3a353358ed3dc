import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '@/lib/crm-csv/parse';

const rows = (text: string) => {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error);
  return { header: r.header.fields, records: r.records.map((x) => ({ line: x.line, fields: x.fields, ...(x.error ? { error: x.error } : {}) })), delimiter: r.delimiter };
};

describe('parseCsv', () => {
  it.each([
    ['plain LF', 'a,b\n1,2\n3,4\n', [{ line: 2, fields: ['1', '2'] }, { line: 3, fields: ['3', '4'] }]],
    ['CRLF', 'a,b\r\n1,2\r\n3,4', [{ line: 2, fields: ['1', '2'] }, { line: 3, fields: ['3', '4'] }]],
    ['lone CR', 'a,b\r1,2\r3,4\r', [{ line: 2, fields: ['1', '2'] }, { line: 3, fields: ['3', '4'] }]],
    ['quoted delimiter', 'a,b\n"1,5",2\n', [{ line: 2, fields: ['1,5', '2'] }]],
    ['doubled quotes', 'a,b\n"say ""hi""",2\n', [{ line: 2, fields: ['say "hi"', '2'] }]],
    ['empty quoted field', 'a,b\n"",2\n', [{ line: 2, fields: ['', '2'] }]],
    ['empty fields', 'a,b,c\n,,x\n', [{ line: 2, fields: ['', '', 'x'] }]],
    ['quoted LF counts lines', 'a,b\n"one\ntwo",2\n3,4\n', [{ line: 2, fields: ['one\ntwo', '2'] }, { line: 4, fields: ['3', '4'] }]],
    ['quoted CRLF counts lines', 'a,b\r\n"one\r\ntwo\r\nthree",2\r\n3,4\r\n', [{ line: 2, fields: ['one\r\ntwo\r\nthree', '2'] }, { line: 5, fields: ['3', '4'] }]],
    ['blank lines skipped, numbers kept', 'a,b\n\n1,2\n\r\n3,4\n', [{ line: 3, fields: ['1', '2'] }, { line: 5, fields: ['3', '4'] }]],
    ['rows of empty fields skipped', 'a,b\n,\n1,2\n', [{ line: 3, fields: ['1', '2'] }]],
    ['quote inside an unquoted field is text', 'a,b\n5" disk,2\n', [{ line: 2, fields: ['5" disk', '2'] }]],
  ])('%s', (_name, text, expected) => {
    expect(rows(text).records).toEqual(expected);
  });

  it('drops a UTF-8 BOM so the first header is clean', () => {
    const r = rows('\uFEFFRecord ID,Deal Name\n1,Acme\n');
    expect(r.header).toEqual(['Record ID', 'Deal Name']);
  });

  it.each([
    ['comma', 'a,b;c\n1,2;3', ','],
    ['semicolon', 'a;b;c\n1;2;3', ';'],
    ['tab', 'a\tb\tc\n1\t2\t3', '\t'],
    ['semicolon, with commas inside quotes', '"x,y,z";b;c\n1;2;3', ';'],
    ['comma on a tie', 'a,b;c\n', ','],
  ])('detects the %s delimiter from the header', (_name, text, d) => {
    expect(detectDelimiter(text)).toBe(d);
    expect(rows(text).delimiter).toBe(d);
  });

  it('reads a semicolon file and a tab file like a comma file', () => {
    expect(rows('a;b\n"1;5";2\n').records).toEqual([{ line: 2, fields: ['1;5', '2'] }]);
    expect(rows('a\tb\n"1\t5"\t2\n').records).toEqual([{ line: 2, fields: ['1\t5', '2'] }]);
  });

  it.each([
    ['pipe-separated header', 'Record ID|Deal Name|Amount\n1|Acme|5\n', /reads as one column \("Record ID\|Deal Name\|Amount"\).*not separated by commas, semicolons or tabs/],
    ['empty file', '', /empty/],
    ['BOM and blank lines only', '\uFEFF\n\n', /empty/],
  ])('refuses a %s clearly', (_name, text, message) => {
    const r = parseCsv(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('marks an unclosed quote on the record where it starts', () => {
    const r = rows('a,b\n1,2\n"never closed,3\n4,5\n');
    expect(r.records[0]).toEqual({ line: 2, fields: ['1', '2'] });
    expect(r.records[1]).toMatchObject({ line: 3, error: 'a quoted field opened on line 3 is never closed' });
  });

  it('marks text after a closing quote', () => {
    const r = rows('a,b\n"x"y,2\n3,4\n');
    expect(r.records[0]).toMatchObject({ line: 2, error: expect.stringContaining('after a closing quote') });
    expect(r.records[1]).toEqual({ line: 3, fields: ['3', '4'] });
  });
});
