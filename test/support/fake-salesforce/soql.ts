/**
 * A minimal SOQL reader for the fake Salesforce: enough of the grammar in
 * the SOQL and SOSL Reference (developer.salesforce.com/docs/atlas.en-us.soql_sosl.meta/soql_sosl/)
 * to read what Handoff's client sends, parsed token by token, never matched
 * as whole strings: SELECT with fields, relationship paths and child
 * subqueries; FROM; WHERE with AND / OR / NOT / parentheses and = != <> < <=
 * > >= IN; string, number, boolean, null, date, dateTime and LAST_N_DAYS:n
 * literals; ORDER BY with ASC/DESC; LIMIT. Anything else is a
 * MALFORMED_QUERY, so a client bug shows up as an error, not a silent match.
 */

export class SoqlError extends Error {
  constructor(
    readonly errorCode: 'MALFORMED_QUERY' | 'INVALID_FIELD' | 'INVALID_TYPE',
    message: string,
  ) {
    super(message);
  }
}

export type Literal =
  | { type: 'string'; value: string }
  | { type: 'number'; value: number }
  | { type: 'boolean'; value: boolean }
  | { type: 'null' }
  | { type: 'date'; value: string }
  | { type: 'datetime'; value: number }
  | { type: 'dateFunction'; name: string; n: number };

export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; field: string; op: string; value: Literal }
  | { kind: 'in'; field: string; values: Literal[] };

export interface SelectQuery {
  fields: string[];
  subqueries: SelectQuery[];
  from: string;
  where: Condition | null;
  orderBy: Array<{ field: string; descending: boolean }>;
  limit: number | null;
}

type Token = { kind: 'word' | 'string' | 'number' | 'date' | 'datetime' | 'op' | 'punct'; text: string; at: number };

const PATTERNS: Array<[Token['kind'], RegExp]> = [
  ['string', /'(?:[^'\\]|\\.)*'/y],
  ['datetime', /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})/y],
  ['date', /\d{4}-\d{2}-\d{2}(?![\dT])/y],
  ['number', /-?\d+(?:\.\d+)?(?![\w:])/y],
  ['word', /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*(?::\d+)?/y],
  ['op', /<=|>=|!=|<>|=|<|>/y],
  ['punct', /[(),]/y],
];

export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < soql.length) {
    const space = /\s+/y;
    space.lastIndex = at;
    if (space.test(soql)) {
      at = space.lastIndex;
      continue;
    }
    const hit = PATTERNS.find(([, re]) => ((re.lastIndex = at), re.test(soql)));
    if (!hit) throw new SoqlError('MALFORMED_QUERY', `unexpected character at column ${at + 1}: ${soql.slice(at, at + 10)}`);
    tokens.push({ kind: hit[0], text: soql.slice(at, hit[1].lastIndex), at });
    at = hit[1].lastIndex;
  }
  return tokens;
}

const UNESCAPE: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };

export function parseSoql(soql: string): SelectQuery {
  const tokens = tokenize(soql);
  let i = 0;
  const peek = () => tokens[i];
  const isWord = (word: string, t = peek()) => t?.kind === 'word' && t.text.toUpperCase() === word;
  const fail = (what: string): never => {
    const t = peek();
    throw new SoqlError('MALFORMED_QUERY', `expecting ${what}, found ${t ? `'${t.text}' at column ${t.at + 1}` : 'end of query'}`);
  };
  const take = (kind: Token['kind'], text?: string): Token => {
    const t = peek();
    if (!t || t.kind !== kind || (text !== undefined && t.text.toUpperCase() !== text)) return fail(text ?? kind);
    i++;
    return t;
  };
  const keyword = (word: string) => take('word', word);
  const field = () => {
    const t = take('word');
    if (t.text.includes(':') || /^(AND|OR|NOT|FROM|WHERE)$/i.test(t.text)) fail('a field name');
    return t.text;
  };

  function literal(): Literal {
    const t = peek() ?? fail('a value');
    i++;
    if (t.kind === 'string') return { type: 'string', value: t.text.slice(1, -1).replace(/\\(.)/g, (_, c: string) => UNESCAPE[c] ?? fail('a known escape')) };
    if (t.kind === 'number') return { type: 'number', value: Number(t.text) };
    if (t.kind === 'date') return { type: 'date', value: t.text };
    if (t.kind === 'datetime') return { type: 'datetime', value: Date.parse(t.text) };
    if (t.kind === 'word') {
      const upper = t.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') return { type: 'boolean', value: upper === 'TRUE' };
      if (upper === 'NULL') return { type: 'null' };
      const fn = /^([A-Z_]+):(\d+)$/.exec(upper);
      if (fn) return { type: 'dateFunction', name: fn[1]!, n: Number(fn[2]) };
    }
    i--;
    return fail('a value');
  }

  function condition(): Condition {
    const items = [conjunction()];
    while (isWord('OR')) (i++, items.push(conjunction()));
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }
  function conjunction(): Condition {
    const items = [unary()];
    while (isWord('AND')) (i++, items.push(unary()));
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }
  function unary(): Condition {
    if (isWord('NOT')) return (i++, { kind: 'not', item: unary() });
    if (peek()?.text === '(') {
      i++;
      const inner = condition();
      take('punct', ')');
      return inner;
    }
    const name = field();
    if (isWord('IN')) {
      i++;
      take('punct', '(');
      const values = [literal()];
      while (peek()?.text === ',') (i++, values.push(literal()));
      take('punct', ')');
      return { kind: 'in', field: name, values };
    }
    return { kind: 'compare', field: name, op: take('op').text, value: literal() };
  }

  function select(): SelectQuery {
    keyword('SELECT');
    const query: SelectQuery = { fields: [], subqueries: [], from: '', where: null, orderBy: [], limit: null };
    do {
      if (peek()?.text === '(') {
        i++;
        query.subqueries.push(select());
        take('punct', ')');
      } else query.fields.push(field());
    } while (peek()?.text === ',' && (i++, true));
    keyword('FROM');
    query.from = field();
    if (isWord('WHERE')) (i++, (query.where = condition()));
    if (isWord('ORDER')) {
      i++;
      keyword('BY');
      do {
        const name = field();
        const descending = isWord('DESC');
        if (descending || isWord('ASC')) i++;
        query.orderBy.push({ field: name, descending });
      } while (peek()?.text === ',' && (i++, true));
    }
    if (isWord('LIMIT')) (i++, (query.limit = Number(take('number').text)));
    return query;
  }

  const query = select();
  if (i < tokens.length) fail('end of query');
  return query;
}
