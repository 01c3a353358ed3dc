import { clausesOfSource } from './literals';

/**
 * A pattern's branches, each with the literals it needs (issue 18). For
 * `\b(?:join|hop\s+on|be\s+there)\b` one clause for the whole pattern is
 * "join or hop or be…": a sentence with "be" in it passed, and the pattern
 * ran and found nothing. Read branch by branch, "be there" needs "be" AND
 * "there". A match of `P(?:A|B)S` is a match of `PAS` or of `PBS`, so a
 * sentence none of whose branches' needs it holds cannot match.
 *
 * Returns null when some branch needs nothing (the pattern must always run).
 */
export function requiredBranches(re: RegExp): string[][][] | null {
  if (re.unicodeSets || /\\(?:\d|k<)/.test(re.source)) {
    // A back reference counts groups: branches cut out of groups would count them differently.
    const whole = re.unicodeSets ? [] : clausesOfSource(re.source);
    return whole.length ? [whole] : null;
  }
  const branches: string[][][] = [];
  for (const source of expand(re.source, MAX_BRANCHES)) {
    const clauses = clausesOfSource(source);
    if (!clauses.length) return null;
    branches.push(clauses);
  }
  return branches;
}

/** Branches kept per pattern at most; a pattern with more is read as one. */
const MAX_BRANCHES = 48;

/** The sources whose union is `source`: its top alternatives, and a group's alternatives spelt out with what is around the group. */
function expand(source: string, budget: number): string[] {
  const alternatives = split(source);
  if (alternatives.length > 1) {
    const out = alternatives.flatMap((a) => expand(a, Math.max(1, Math.floor(budget / alternatives.length))));
    return out.length <= budget ? out : [source];
  }
  const group = loneGroup(source);
  if (!group) return [source];
  const inner = split(source.slice(group.open, group.close));
  if (inner.length < 2 || inner.length > budget) return [source];
  const before = source.slice(0, group.start);
  const after = source.slice(group.close + 1);
  return inner.flatMap((a) => expand(`${before}(?:${a})${after}`, Math.max(1, Math.floor(budget / inner.length))));
}

/** The alternatives of `source` at its top level (outside groups and classes). */
function split(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Where the class opened at `i` closes. */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j;
  }
  return source.length;
}

/**
 * The top-level group of `source` that holds alternatives, when there is
 * exactly one, it is not a lookaround and nothing repeats it: where it
 * starts, where its body opens, and its closing parenthesis.
 */
function loneGroup(source: string): { start: number; open: number; close: number } | null {
  let found: { start: number; open: number; close: number } | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      i = classEnd(source, i);
      continue;
    }
    if (c !== '(') continue;
    const close = groupEnd(source, i);
    const body = source.slice(i, close + 1);
    if (split(body.slice(1, -1)).length > 1 || /^\((?:\?<?[=!])/.test(body)) {
      if (found || /^\((?:\?<?[=!])/.test(body) || /^[*+?{]/.test(source.slice(close + 1))) return null;
      const open = body.startsWith('(?:') ? i + 3 : body.startsWith('(?<') ? source.indexOf('>', i) + 1 : i + 1;
      found = { start: i, open, close };
    }
    i = close;
  }
  return found;
}

/** The parenthesis that closes the group opened at `i`. */
function groupEnd(source: string, i: number): number {
  let depth = 0;
  for (let j = i; j < source.length; j++) {
    const c = source[j];
    if (c === '\\') j++;
    else if (c === '[') j = classEnd(source, j);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return j;
  }
  return source.length - 1;
}
