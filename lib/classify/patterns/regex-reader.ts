/**
 * Reads a regular expression's source into what `literals.ts` needs: for
 * each node, the strings it can match when they are few, and clauses of
 * literals every match holds. Anything it does not understand is "any
 * character", so it only ever errs towards requiring less.
 */
export interface Info {
  /** Every string the node can match (lower-cased), when few; else null. */
  exact: string[] | null;
  /** Each clause is a set of literals one of which is in every match: all clauses hold. */
  clauses: string[][];
  /** A group of alternatives (not repeated): each alternative's own information. */
  branches?: Info[];
}

const ANY: Info = { exact: null, clauses: [] };
const EMPTY: Info = { exact: [''], clauses: [] };
/** Products of exact sets larger than this are not built. */
const MAX_EXACT = 8;
const MAX_CLASS = 12;
/** Clauses kept per pattern: the most selective. */
export const MAX_CLAUSES = 3;

/** How selective a clause is: its shortest literal's length; 0 (useless) when it may be empty. */
export function score(clause: string[] | null): number {
  if (!clause || !clause.length) return 0;
  let min = Infinity;
  for (const s of clause) min = Math.min(min, s.length);
  return min;
}

/** Clause order, most selective first: the longer shortest literal, then the fewer literals. */
export function mostSelectiveFirst(a: string[], b: string[]): number {
  return score(b) - score(a) || a.length - b.length;
}

/** The clauses that say something, an exact set among them. */
export function withExact(info: Info): string[][] {
  return info.exact && score(info.exact) > 0 ? [...info.clauses, info.exact] : info.clauses;
}

const literalChar = (c: string): Info => (c.charCodeAt(0) < 128 ? { exact: [c.toLowerCase()], clauses: [] } : ANY);

export function concat(items: Info[]): Info {
  let run: string[] | null = [''];
  const clauses: string[][] = [];
  let whole = true;
  const flush = () => {
    if (run && score(run) > 0) clauses.push(run);
  };
  for (const item of items) {
    clauses.push(...item.clauses);
    if (run && item.exact && run.length * item.exact.length <= MAX_EXACT) {
      const next: string[] = [];
      for (const a of run) for (const b of item.exact) next.push(a + b);
      run = [...new Set(next)];
      continue;
    }
    whole = false;
    flush();
    run = item.exact;
  }
  if (whole) return { exact: run, clauses };
  flush();
  return { exact: null, clauses };
}

/** A node's clauses that say something, most selective first. */
function ranked(info: Info): string[][] {
  return withExact(info).filter((c) => score(c) > 0).sort(mostSelectiveFirst);
}

/**
 * A match of an alternation is a match of one alternative, so it holds one
 * clause of that alternative: the union of one clause per alternative is
 * needed. Several such unions are kept (the k-th best of each), not only the
 * best ones' (issue 18: with one union, cues whose first words are common
 * passed the filter and then found nothing).
 */
function alternation(alts: Info[]): Info {
  let exact: string[] | null = [];
  for (const alt of alts) exact = exact && alt.exact && exact.length + alt.exact.length <= MAX_EXACT ? [...exact, ...alt.exact] : null;
  const each = alts.map(ranked);
  if (each.some((r) => r.length === 0)) return { exact: exact && [...new Set(exact)], clauses: [] };
  const clauses: string[][] = [];
  const depth = Math.max(...each.map((r) => r.length));
  for (let k = 0; k < Math.min(depth, MAX_CLAUSES); k++) clauses.push([...new Set(each.flatMap((r) => r[Math.min(k, r.length - 1)]!))]);
  return { exact: exact && [...new Set(exact)], clauses };
}

/** Reads a pattern's source (the syntax the cues use); throws on anything unexpected. */
export class Reader {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.disjunction();
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return info;
  }

  private peek(n = 0): string {
    return this.src[this.i + n] ?? '';
  }

  /** The pattern's top-level alternatives, each as the list of its terms. */
  parseAlternatives(): Info[][] {
    const alts = [this.items()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.items());
    }
    if (this.i !== this.src.length) throw new Error('unbalanced');
    return alts;
  }

  private disjunction(): Info {
    const alts = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0]! : { ...alternation(alts), branches: alts };
  }

  private alternative(): Info {
    return concat(this.items());
  }

  private items(): Info[] {
    const items: Info[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.term());
    return items;
  }

  private term(): Info {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.i++;
      return EMPTY;
    }
    if (c === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.i += 2;
      return EMPTY;
    }
    if (this.src.startsWith('(?=', this.i) || this.src.startsWith('(?!', this.i) || this.src.startsWith('(?<=', this.i) || this.src.startsWith('(?<!', this.i)) {
      this.i += this.src[this.i + 2] === '<' ? 4 : 3;
      this.disjunction();
      this.expect(')');
      // A lookaround consumes nothing; quantifying one is not allowed here.
      return EMPTY;
    }
    return this.quantified(this.atom());
  }

  private expect(c: string): void {
    if (this.peek() !== c) throw new Error(`expected ${c}`);
    this.i++;
  }

  private atom(): Info {
    const c = this.peek();
    if (c === '(') {
      if (this.src.startsWith('(?:', this.i)) this.i += 3;
      else if (this.src.startsWith('(?<', this.i)) {
        const close = this.src.indexOf('>', this.i);
        if (close < 0) throw new Error('group name');
        this.i = close + 1;
      } else if (this.peek(1) === '?') throw new Error('unknown group');
      else this.i++;
      const inner = this.disjunction();
      this.expect(')');
      return inner;
    }
    if (c === '[') return this.characterClass();
    if (c === '.') {
      this.i++;
      return ANY;
    }
    if (c === '\\') return this.escape();
    if (c === '*' || c === '+' || c === '?' || c === ')') throw new Error(`unexpected ${c}`);
    if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(this.src.slice(this.i))) throw new Error('nothing to repeat');
    this.i++;
    return literalChar(c);
  }

  private escape(): Info {
    const e = this.peek(1);
    this.i += 2;
    if ('dDsSwWpPkcux0123456789'.includes(e)) {
      // Classes, back references, code points: any character (a \p{…} or \u{…} body is skipped).
      if ((e === 'p' || e === 'P' || e === 'u') && this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
      else if (e === 'k' && this.peek() === '<') this.i = this.src.indexOf('>', this.i) + 1;
      else if (e === 'x') this.i += 2;
      else if (e === 'u') this.i += 4;
      else if (e === 'c') this.i += 1;
      else if (/\d/.test(e)) while (/\d/.test(this.peek())) this.i++;
      if (this.i <= 0) throw new Error('escape');
      return ANY;
    }
    const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };
    if (named[e]) return literalChar(named[e]);
    if (/[A-Za-z]/.test(e)) throw new Error(`escape \\${e}`);
    return literalChar(e);
  }

  private characterClass(): Info {
    this.i++;
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const chars = new Set<string>();
    let known = !negated;
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Error('class');
      let c = this.peek();
      this.i++;
      if (c === '\\') {
        const e = this.peek();
        this.i++;
        if ('dDsSwWpPbBkcux0123456789'.includes(e)) {
          known = false;
          if ((e === 'p' || e === 'P' || e === 'u') && this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
          else if (e === 'x') this.i += 2;
          else if (e === 'u') this.i += 4;
          else if (e === 'c') this.i += 1;
          continue;
        }
        c = ({ n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' } as Record<string, string>)[e] ?? e;
      }
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '\\') {
        const to = this.peek(1);
        this.i += 2;
        const [a, b] = [c.charCodeAt(0), to.charCodeAt(0)];
        if (b - a > MAX_CLASS || b >= 128) known = false;
        else for (let x = a; x <= b; x++) chars.add(String.fromCharCode(x).toLowerCase());
        continue;
      }
      if (c.charCodeAt(0) >= 128) known = false;
      else chars.add(c.toLowerCase());
    }
    this.i++;
    return known && chars.size <= MAX_CLASS ? { exact: [...chars], clauses: [] } : ANY;
  }

  private quantified(item: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      [min, max] = c === '*' ? [0, Infinity] : c === '+' ? [1, Infinity] : [0, 1];
    } else {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return item;
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    }
    if (this.peek() === '?') this.i++;
    if (max === 0) return EMPTY;
    if (min === 1 && max === 1) return item;
    if (min === 0) return max === 1 && item.exact ? { exact: [...new Set(['', ...item.exact])], clauses: [] } : ANY;
    if (item.exact && min <= 4 && item.exact.length ** min <= MAX_EXACT) {
      // "-{2,}" needs "--": the first `min` repeats are a literal (one letter alone selects little).
      let run = [''];
      for (let k = 0; k < min; k++) run = run.flatMap((a) => item.exact!.map((b) => a + b));
      return min === max ? { exact: [...new Set(run)], clauses: item.clauses } : { exact: null, clauses: [...item.clauses, [...new Set(run)]] };
    }
    return { exact: null, clauses: withExact(item) };
  }
}
