import { concat, type Info, MAX_CLAUSES, mostSelectiveFirst, Reader, score, withExact } from './regex-reader';

/**
 * What a cue's regular expression cannot match without: a set of literal
 * strings, one of which is in every match (`null` when no such set is
 * known). The prefilter (`prefilter.ts`) skips a cue in a sentence that
 * holds none of them, so the cue's verdicts are the same, only cheaper.
 *
 * The analysis reads the pattern's source and only ever answers with a
 * NECESSARY condition: anything it does not understand counts as "any
 * character" (no requirement), so a mistake here can only make the filter
 * let more through, never drop a match. Literals are ASCII, lower-cased;
 * the text is compared lower-cased too (`foldForLiterals`), which only
 * widens the condition for a case-sensitive pattern.
 */

/** Text as the literals are compared with: lower case, and the two non-ASCII letters Unicode case folding maps to ASCII (K, ſ). */
export function foldForLiterals(text: string): string {
  return text.toLowerCase().replace(/[\u212a\u017f]/g, (c) => (c === '\u212a' ? 'k' : 's'));
}

/**
 * A clause with a literal shorter than this is not kept: nearly every
 * sentence holds an "a" or a "u", and each one found costs the filter's
 * scan more than the clause saves (issue 18).
 */
const MIN_LITERAL = 2;

/**
 * What every match of `re` holds: each clause is a set of literals, and a
 * match holds one literal of every clause. Empty: nothing known (run it).
 */
export function requiredClauses(re: RegExp): string[][] {
  // The `v` flag's class syntax is another language: no requirement.
  if (re.unicodeSets) return [];
  try {
    return clausesOf(new Reader(re.source).parse());
  } catch {
    return [];
  }
}

/**
 * A pattern's branches, each with the clauses it needs (issue 18). For
 * `\b(?:join|hop\s+on|be\s+there)\b` one clause for the whole pattern is
 * "join or hop or be…": a sentence with "be" in it passed, and the pattern
 * ran and found nothing. Read branch by branch, "be there" needs "be" AND
 * "there". A match of `P(?:A|B)S` is a match of `PAS` or of `PBS`: the
 * top-level alternatives are branches, and so are those of the one group
 * of alternatives an alternative may have.
 *
 * Null when some branch needs nothing (the pattern must always run).
 */
export function requiredBranches(re: RegExp): string[][][] | null {
  if (re.unicodeSets) return null;
  try {
    const reader = new Reader(re.source);
    // A back reference counts groups; the branches are read as one then, to keep it simple.
    let infos = /\\(?:\d|k<)/.test(re.source) ? [reader.parse()] : reader.parseAlternatives().flatMap(spellOut);
    if (infos.length > MAX_BRANCHES) infos = [new Reader(re.source).parse()];
    const branches = infos.map(clausesOf);
    return branches.every((c) => c.length > 0) ? branches : null;
  } catch {
    return null;
  }
}

/** Branches kept per pattern at most; a pattern with more is read as one. */
const MAX_BRANCHES = 48;

/** One alternative's branches: one per alternative of its only group of alternatives, with the terms around it. */
function spellOut(items: Info[]): Info[] {
  const groups = items.filter((item) => item.branches);
  if (groups.length !== 1) return [concat(items)];
  const at = items.indexOf(groups[0]!);
  return groups[0]!.branches!.map((b) => concat([...items.slice(0, at), b, ...items.slice(at + 1)]));
}

/** The most selective clauses, none of one letter and none implied by another. */
function clausesOf(info: Info): string[][] {
  const unique = new Map<string, string[]>();
  for (const c of withExact(info)) {
    if (score(c) >= MIN_LITERAL) unique.set([...new Set(c)].sort().join('\u0000'), [...new Set(c)]);
  }
  const kept: string[][] = [];
  for (const c of [...unique.values()].sort(mostSelectiveFirst)) {
    if (kept.length < MAX_CLAUSES && !kept.some((k) => implies(k, c))) kept.push(c);
  }
  return kept;
}

/** Keeps the shortest literals: one holding a shorter one of the same set adds nothing ("[external]" where "ext" is). */
export function minimal(literals: readonly string[]): string[] {
  const sorted = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const l of sorted) if (!kept.some((k) => l.includes(k))) kept.push(l);
  return kept;
}

/** Whether text holding a literal of `a` always holds one of `b`: then `b` adds nothing to `a`. */
function implies(a: string[], b: string[]): boolean {
  return a.every((x) => b.some((y) => x.includes(y)));
}
