import type { Hit } from '../patterns/match';

/** What one rule concluded: the spans that made it fire and how sure it is. */
export interface Finding {
  hits: Hit[];
  /** 0..1: how clear-cut the language was. */
  strength: number;
}

export function strongest(findings: readonly Finding[]): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) if (!best || f.strength > best.strength) best = f;
  return best;
}
