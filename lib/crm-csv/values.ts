/** Cell readers for CRM exports: amounts, dates, domains, owners. Pure. */

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const bad = <T>(reason: string): Read<T> => ({ ok: false, reason });

const SYMBOLS: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', C$: 'CAD', A$: 'AUD', CHF: 'CHF' };

export interface Amount {
  amount: number;
  /** A currency the cell itself names ("$", "€", "EUR 12"), else null. */
  currency: string | null;
}

/**
 * "180,000.00", "180000", "$180,000", "USD 180,000", "1.234,56 €".
 * Empty → null. A thousands separator must group by three digits, so "1,234"
 * is 1234 and "1234,56" (comma decimals) is 1234.56; anything else is bad.
 */
export function readAmount(cell: string): Read<Amount | null> {
  let s = cell.trim().replace(/[\u00a0\u202f\s]+/g, ' ');
  if (!s) return ok(null);
  let currency: string | null = null;
  const code = /^([A-Z]{3})\s*(.+)$/.exec(s) ?? /^(.+?)\s*([A-Z]{3})$/.exec(s);
  if (code) {
    const [, a, b] = code;
    const isCodeFirst = /^[A-Z]{3}$/.test(a!) && !/^[A-Z]{3}$/.test(b!);
    currency = isCodeFirst ? a! : b!;
    s = (isCodeFirst ? b! : a!).trim();
  }
  for (const [sym, cur] of Object.entries(SYMBOLS).sort((x, y) => y[0].length - x[0].length)) {
    if (s.startsWith(sym)) {
      currency ??= cur;
      s = s.slice(sym.length).trim();
      break;
    }
    if (s.endsWith(sym)) {
      currency ??= cur;
      s = s.slice(0, -sym.length).trim();
      break;
    }
  }
  s = s.replace(/ /g, '');
  if (/^-|^\(.*\)$/.test(s)) return bad('is negative');
  let n: number;
  if (/^\d+(\.\d+)?$/.test(s) || /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) n = Number(s.replace(/,/g, ''));
  else if (/^\d+,\d{1,2}$/.test(s) || /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) n = Number(s.replace(/\./g, '').replace(',', '.'));
  else return bad('is not a number');
  if (!Number.isFinite(n)) return bad('is not a number');
  return ok({ amount: n, currency });
}

/** "usd" → "USD"; empty → null; anything not three letters is bad. */
export function readCurrency(cell: string): Read<string | null> {
  const s = cell.trim();
  if (!s) return ok(null);
  if (/^[A-Za-z]{3}$/.test(s)) return ok(s.toUpperCase());
  const sym = SYMBOLS[s];
  return sym ? ok(sym) : bad('is not a 3-letter currency code such as USD');
}

function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A calendar day as YYYY-MM-DD from "2026-11-20" (a time after it is
 * dropped) or the US "11/20/2026". DD/MM/YYYY can't be told from MM/DD/YYYY,
 * so other forms are refused rather than guessed. Empty → null.
 */
export function readDate(cell: string): Read<string | null> {
  const s = cell.trim();
  if (!s) return ok(null);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[AP]M))?)?$/i.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDay(y, mo, d) ? ok(`${m[1]}-${m[2]}-${m[3]}`) : bad('bad date');
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ ,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?$/i.exec(s);
  if (m) {
    const [mo, d, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDay(y, mo, d) ? ok(`${y}-${pad(mo)}-${pad(d)}`) : bad('bad date');
  }
  return bad('bad date');
}

const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** "https://www.acme.com/about", "acme.com; acme.io" → ["acme.com", "acme.io"]; bad parts listed. */
export function readDomains(cell: string): { domains: string[]; rejected: string[] } {
  const domains: string[] = [];
  const rejected: string[] = [];
  for (const part of cell.split(/[\s,;]+/)) {
    if (!part) continue;
    const host = part
      .trim()
      .toLowerCase()
      .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
      .replace(/[/?#].*$/, '')
      .replace(/:\d+$/, '')
      .replace(/^www\./, '')
      .replace(/\.$/, '');
    if (DOMAIN.test(host)) {
      if (!domains.includes(host)) domains.push(host);
    } else rejected.push(part);
  }
  return { domains, rejected };
}

const EMAIL = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

/** "Dana Ruiz", "Dana Ruiz <dana@x.io>", "Dana Ruiz (dana@x.io)", "dana@x.io". */
export function readPerson(cell: string): { name: string; email: string | null } {
  const s = cell.trim();
  const m = /^(.*?)\s*[<(]\s*([^<>()\s]+@[^<>()\s]+)\s*[>)]$/.exec(s);
  if (m) return { name: m[1]!.replace(/^"|"$/g, '').trim(), email: m[2]! };
  if (EMAIL.test(s)) return { name: '', email: s };
  return { name: s, email: null };
}
