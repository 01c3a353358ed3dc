import { minimal, requiredClauses } from './literals';

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
  // Fewer alternatives to try at each character.
  return new RegExp(minimal([...literals]).map(escapeLiteral).join('|'), 'iu');
}
