import { requiredClauses } from './literals';

/** Escapes what is syntax in a Unicode pattern (where `\-` is an error). */
const escapeLiteral = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `literalGate`, made on first use (module load stays cheap). */
export function lazyGate(patterns: readonly RegExp[]): (text: string) => boolean {
  let gate: RegExp | null | undefined;
  return (text) => {
    if (gate === undefined) gate = literalGate(patterns);
    return gate === null || gate.test(text);
  };
}

/**
 * One quick test that fails on any text none of `patterns` can match: the
 * union of each pattern's most selective clause, case-insensitive with
 * Unicode folding (as wide as `foldForLiterals`, or wider). Null when a
 * pattern needs no literal (then every text must be tried).
 */
export function literalGate(patterns: readonly RegExp[]): RegExp | null {
  const literals = new Set<string>();
  for (const re of patterns) {
    const clause = requiredClauses(re)[0];
    if (!clause) return null;
    for (const l of clause) literals.add(l);
  }
  // A literal holding another adds nothing ("[external]" and "ext"); fewer alternatives are tried at each character.
  const kept = [...literals].sort((a, b) => a.length - b.length).filter((l, i, all) => !all.slice(0, i).some((k) => l.includes(k)));
  return new RegExp(kept.map(escapeLiteral).join('|'), 'iu');
}
