/**
 * An RFC 4180 CSV reader that keeps each record's line number in the file.
 *
 * Quoted fields may hold delimiters, doubled quotes ("") and line breaks;
 * records end with CRLF, LF or a lone CR; a leading UTF-8 BOM is dropped.
 * The delimiter is chosen from the header record (`,` `;` or tab, whichever
 * occurs most outside quotes), so a file from a European spreadsheet or a
 * tab export reads the same as a comma file.
 */

import { clip } from '@/lib/text';

export type Delimiter = ',' | ';' | '\t';

export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

export function delimiterName(d: Delimiter): string {
  return d === ',' ? 'comma' : d === ';' ? 'semicolon' : 'tab';
}

export interface CsvRecord {
  /** 1-based line in the file where the record starts (quoted line breaks count). */
  line: number;
  fields: string[];
  /** Set when the record breaks the CSV rules; `fields` is then what could be read. */
  error?: string;
}

export type CsvParse =
  | { ok: true; delimiter: Delimiter; header: CsvRecord; records: CsvRecord[] }
  | { ok: false; error: string };

const BOM = '\uFEFF';

/** Reads a whole CSV file. Blank lines (and rows of empty fields) are skipped. */
export function parseCsv(input: string, delimiter?: Delimiter): CsvParse {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  if (!text.trim()) return { ok: false, error: 'The file is empty.' };
  const delim = delimiter ?? detectDelimiter(text);
  const all = readRecords(text, delim);
  const header = all.find((r) => !isBlank(r));
  if (!header) return { ok: false, error: 'The file is empty.' };
  if (header.error) return { ok: false, error: `The header (line ${header.line}) cannot be read: ${header.error}.` };
  if (header.fields.length < 2) {
    return {
      ok: false,
      error:
        `The header (line ${header.line}) reads as one column ("${clip(header.fields[0] ?? '', 60)}"): ` +
        `the file is not separated by commas, semicolons or tabs. Export it again as CSV.`,
    };
  }
  const records = all.filter((r) => r !== header && r.line > header.line && !isBlank(r));
  return { ok: true, delimiter: delim, header, records };
}

/** The delimiter that occurs most often outside quotes on the first record; comma on a tie. */
export function detectDelimiter(text: string): Delimiter {
  const counts = new Map<Delimiter, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let start = 0;
  // Skip leading blank lines.
  while (start < text.length && (text[start] === '\n' || text[start] === '\r')) start++;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
    else if (!inQuotes && counts.has(c as Delimiter)) counts.set(c as Delimiter, counts.get(c as Delimiter)! + 1);
  }
  let best: Delimiter = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

function isBlank(r: CsvRecord): boolean {
  return !r.error && r.fields.every((f) => f.trim() === '');
}

/** Splits text into records; never throws, a broken record carries `error`. */
export function readRecords(text: string, delim: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: string | undefined;
    let field = '';
    let endOfRecord = false;
    let atFieldStart = true;
    while (i < n && !endOfRecord) {
      const c = text[i]!;
      if (atFieldStart && c === '"') {
        // Quoted field.
        const quoteLine = line;
        i++;
        let closed = false;
        while (i < n) {
          const q = text[i]!;
          if (q === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            closed = true;
            break;
          }
          if (q === '\r' || q === '\n') {
            if (q === '\r' && text[i + 1] === '\n') {
              field += '\r\n';
              i += 2;
            } else {
              field += q;
              i++;
            }
            line++;
            continue;
          }
          field += q;
          i++;
        }
        if (!closed) {
          error ??= `a quoted field opened on line ${quoteLine} is never closed`;
          break;
        }
        // After the closing quote: a delimiter, a line break or the end.
        if (i < n && text[i] !== delim && text[i] !== '\r' && text[i] !== '\n') {
          error ??= `unexpected text after a closing quote on line ${line}`;
          // Read the rest of the field as plain text so the record still ends where it should.
          while (i < n && text[i] !== delim && text[i] !== '\r' && text[i] !== '\n') field += text[i++];
        }
        atFieldStart = false;
        continue;
      }
      if (c === delim) {
        fields.push(field);
        field = '';
        atFieldStart = true;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        endOfRecord = true;
        continue;
      }
      field += c;
      atFieldStart = false;
      i++;
    }
    fields.push(field);
    records.push(error ? { line: startLine, fields, error } : { line: startLine, fields });
  }
  return records;
}
