/**
 * The Aho-Corasick automaton the cue prefilter (`prefilter.ts`) reads a
 * sentence with: one pass finds every literal of a pack that is in it.
 */
export interface Automaton {
  /** Symbol of each ASCII code, upper case as lower (`foldForLiterals`); 0: no literal has it. */
  symbols: Uint8Array;
  width: number;
  /** next[state * width + symbol], with failure links folded in; 16 bits a cell so the table stays in the CPU's cache. */
  next: Uint16Array | Int32Array;
  /** Literals each state completes (its own and its suffixes'): outIds[outAt[state] .. outAt[state + 1]). */
  outAt: Int32Array;
  outIds: Int32Array;
}

/**
 * Lists of numbers in one array: list i is items[at[i] .. at[i + 1]). Read once per literal a
 * text holds, an array of small typed arrays cost a pointer chase each (issue 18: ~15% of cueMasks).
 */
export interface Flat {
  at: Int32Array;
  items: Int32Array;
}

export function flat(lists: readonly number[][]): Flat {
  const at = new Int32Array(lists.length + 1);
  lists.forEach((l, i) => (at[i + 1] = at[i]! + l.length));
  return { at, items: Int32Array.from(lists.flat()) };
}

/** The automaton of these literals; each outputs its place in the list. */
export function automaton(literals: readonly string[]): Automaton {
  const symbols = new Uint8Array(128);
  let width = 1;
  for (const l of literals) for (const ch of l) if (!symbols[ch.charCodeAt(0)]) symbols[ch.charCodeAt(0)] = width++;
  // Literals are lower case; the text is read folded (foldForLiterals) through this table.
  for (let c = 65; c <= 90; c++) symbols[c] = symbols[c + 32]!;
  // The trie, then failure links breadth first, folded into a full transition table.
  const trie: number[][] = [new Array<number>(width).fill(0)];
  const own: Array<Set<number> | undefined> = [undefined];
  literals.forEach((literal, id) => {
    let state = 0;
    for (const ch of literal) {
      const s = symbols[ch.charCodeAt(0)]!;
      if (!trie[state]![s]) {
        trie.push(new Array<number>(width).fill(0));
        own.push(undefined);
        trie[state]![s] = trie.length - 1;
      }
      state = trie[state]![s]!;
    }
    own[state] = new Set([...(own[state] ?? []), id]);
  });
  const next = trie.length < 0x10000 ? new Uint16Array(trie.length * width) : new Int32Array(trie.length * width);
  const fail = new Int32Array(trie.length);
  const queue: number[] = [];
  for (let s = 1; s < width; s++) {
    const child = trie[0]![s]!;
    next[s] = child;
    if (child) queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const inherited = own[fail[state]!];
    if (inherited) own[state] = new Set([...(own[state] ?? []), ...inherited]);
    for (let s = 1; s < width; s++) {
      const child = trie[state]![s]!;
      if (child) {
        fail[child] = next[fail[state]! * width + s]!;
        next[state * width + s] = child;
        queue.push(child);
      } else next[state * width + s] = next[fail[state]! * width + s]!;
    }
  }
  const outAt = new Int32Array(own.length + 1);
  own.forEach((ids, state) => (outAt[state + 1] = outAt[state]! + (ids?.size ?? 0)));
  return { symbols, width, next, outAt, outIds: Int32Array.from(own.flatMap((ids) => [...(ids ?? [])])) };
}
