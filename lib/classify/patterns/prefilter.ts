import type { Sentence } from '../sentences';
import type { Cue } from './match';
import { automaton, type Automaton, flat, type Flat } from './aho-corasick';
import { minimal, requiredBranches } from './literals';

/**
 * Which cues of a language pack can match a sentence at all (issue 18: the
 * classifier ran every cue's pattern over every sentence, ~85 patterns a
 * sentence, most of which find nothing). Each cue needs one of a few
 * literals (`literals.ts`); one Aho-Corasick pass over the sentence finds
 * which literals are there, and only the cues they name are run. A cue is
 * never skipped where it could match, so the hits are the same.
 *
 * The automaton of a pack is built on first use (~100 ms on a cold worker), not at load:
 * the worker's start must stay cheap.
 */

/**
 * A pack's filter. Its cues are numbered family by family; a sentence gets
 * a bit mask per family (32 cues a word) of the cues that may match it.
 */
export interface CueFilter {
  automaton: Automaton;
  /**
   * The filter's units are the cues' branches (`requiredBranches`, literals.ts): a cue may match a text when all
   * the clauses of one of its units are in it. A literal names the units whose first (most
   * selective) clause holds it directly: going through clauses cost ~74 clause checks a sentence (issue 18).
   */
  triggers: Flat;
  /** The units' other clauses, all of which must be in the text; and the clauses each literal is one of. */
  needs: Flat;
  heldBy: Flat;
  /** The mask word and bit of each unit's cue. */
  unitWord: Int32Array;
  unitBit: Int32Array;
  /** The mask of cues that need nothing: always run. */
  always: number[];
  /** Scratch for one text at a time: seen[literal] / held[clause] / picked[unit] === pass when the text holds it / it is a candidate. */
  seen: Int32Array;
  held: Int32Array;
  picked: Int32Array;
  pass: number;
  candidates: Int32Array;
  /**
   * Masks of the sentences of the mail being classified (`forgetTexts` starts a new one). Keyed
   * by the sentence, not its text: hashing each new text for a Map cost ~2% (issue 18).
   */
  recent: WeakMap<Sentence, number[]>;
}

export interface FamilyFilter {
  filter: CueFilter;
  /** The family's first word in the masks, and how many it has. */
  word: number;
  words: number;
}

function build(families: ReadonlyArray<readonly Cue[]>): { filter: CueFilter; words: number[] } {
  const literalIds = new Map<string, number>();
  const idOf = (l: string) => literalIds.get(l) ?? (literalIds.set(l, literalIds.size), literalIds.size - 1);
  const triggers: number[][] = [];
  const clauseIds = new Map<string, number>();
  const heldBy: number[][] = [];
  const needs: number[][] = [];
  const unitWord: number[] = [];
  const unitBit: number[] = [];
  const always: number[] = [];
  const words: number[] = [];
  for (const family of families) {
    const first = always.length;
    words.push(first);
    always.push(...new Array<number>(Math.ceil(family.length / 32)).fill(0));
    family.forEach((cue, at) => {
      const branches = requiredBranches(cue.re);
      if (!branches) always[first + (at >> 5)]! |= 1 << (at & 31);
      // Each branch is a unit of the filter; the cue may match when one of its units' literals all are there.
      for (const clauses of branches ?? []) {
        const id = unitWord.length;
        unitWord.push(first + (at >> 5));
        unitBit.push(at & 31);
        const [rarest, ...rest] = clauses.map((clause) => minimal(clause).map(idOf).sort((x, y) => x - y));
        for (const l of rarest!) (triggers[l] ??= []).push(id);
        needs.push(rest.map((ls) => {
          const key = ls.join();
          let c = clauseIds.get(key);
          if (c === undefined) {
            clauseIds.set(key, (c = clauseIds.size));
            for (const l of ls) (heldBy[l] ??= []).push(c);
          }
          return c;
        }));
      }
    });
  }
  const filter: CueFilter = {
    automaton: automaton([...literalIds.keys()]),
    triggers: flat(Array.from({ length: literalIds.size }, (_, l) => triggers[l] ?? [])),
    needs: flat(needs),
    heldBy: flat(Array.from({ length: literalIds.size }, (_, l) => heldBy[l] ?? [])),
    unitWord: Int32Array.from(unitWord),
    unitBit: Int32Array.from(unitBit),
    always,
    seen: new Int32Array(literalIds.size),
    held: new Int32Array(clauseIds.size),
    picked: new Int32Array(needs.length),
    pass: 0,
    candidates: new Int32Array(needs.length),
    recent: new WeakMap(),
  };
  return { filter, words };
}

/** The mask words of the cues that may match `text` (one bit per cue, family by family). */
export function cueMasks(filter: CueFilter, text: string): number[] {
  const masks = filter.always.slice();
  const { seen, held, picked, triggers, needs, heldBy, unitWord, unitBit, candidates } = filter;
  const pass = ++filter.pass;
  let count = 0;
  const { symbols, width, next, outAt, outIds } = filter.automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // As foldForLiterals reads it: ASCII by the table (upper as lower), K and ſ as k and s, other letters match no literal.
    const s = code < 128 ? symbols[code]! : code === 0x212a ? symbols[107]! : code === 0x17f ? symbols[115]! : 0;
    state = s ? next[state * width + s]! : 0;
    const end = outAt[state + 1]!;
    for (let k = outAt[state]!; k < end; k++) {
      const l = outIds[k]!;
      if (seen[l] === pass) continue;
      seen[l] = pass;
      for (let q = heldBy.at[l]!, qEnd = heldBy.at[l + 1]!; q < qEnd; q++) held[heldBy.items[q]!] = pass;
      // The units this literal's clause is the rarest need of are candidates; their other needs are checked at the end.
      for (let j = triggers.at[l]!, jEnd = triggers.at[l + 1]!; j < jEnd; j++) {
        const unit = triggers.items[j]!;
        if (picked[unit] !== pass) {
          picked[unit] = pass;
          candidates[count++] = unit;
        }
      }
    }
  }
  for (let j = 0; j < count; j++) {
    const unit = candidates[j]!;
    let all = true;
    for (let k = needs.at[unit]!, end = needs.at[unit + 1]!; k < end && all; k++) all = held[needs.items[k]!] === pass;
    if (all) masks[unitWord[unit]!]! |= 1 << unitBit[unit]!;
  }
  return masks;
}

/** A language pack as the filter sees it: its cue families, and the phrases its rules test on whole sentences. */
export interface PackPatterns {
  families: ReadonlyArray<readonly Cue[]>;
  phrases: readonly RegExp[];
}

const packs: PackPatterns[] = [];
const families = new WeakMap<readonly Cue[], FamilyFilter | null>();
const phrases = new WeakMap<RegExp, { filter: CueFilter; word: number; bit: number }>();
const built: CueFilter[] = [];

/** Called as each mail starts: nothing read for one mail is reused for another. */
export function forgetTexts(): void {
  for (const filter of built) filter.recent = new WeakMap();
  last = null;
}

/**
 * Names a language pack's patterns, without building anything yet: its
 * filter is built when a sentence first asks for one of them.
 */
export function registerCuePack(pack: PackPatterns): void {
  packs.push(pack);
}

function buildPack(pack: PackPatterns): void {
  // A family or phrase two packs share stays with the pack that claimed it first.
  const own = pack.families.filter((f, i) => !families.has(f) && pack.families.indexOf(f) === i);
  const mine = [...new Set(pack.phrases.filter((re) => !phrases.has(re)))];
  const asCues: Cue[] = mine.map((re) => ({ id: 'phrase' as Cue['id'], re, reason: '' }));
  const { filter, words } = build([...own, ...chunks(asCues)]);
  built.push(filter);
  own.forEach((f, i) => families.set(f, { filter, word: words[i]!, words: Math.ceil(f.length / 32) }));
  mine.forEach((re, k) => phrases.set(re, { filter, word: words[own.length + (k >> 5)]!, bit: k & 31 }));
}

/** Groups of 32: one mask word each. */
function chunks<T>(xs: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += 32) out.push(xs.slice(i, i + 32));
  return out;
}

/** The filter of the pack that holds this family, or null (always run every cue). */
export function familyFilter(family: readonly Cue[]): FamilyFilter | null {
  const known = families.get(family);
  if (known !== undefined) return known;
  const pack = packs.find((p) => p.families.includes(family));
  if (pack) buildPack(pack);
  if (!families.has(family)) families.set(family, null);
  return families.get(family)!;
}

/** Whether `re` may match the sentence: false only when a literal it needs is missing (a pattern no pack names: true). */
export function phraseMayMatch(re: RegExp, s: Sentence): boolean {
  let slot = phrases.get(re);
  if (!slot) {
    const pack = packs.find((p) => p.phrases.includes(re));
    if (!pack) return true;
    buildPack(pack);
    slot = phrases.get(re);
    if (!slot) return true;
  }
  return (masksOf(slot.filter, s)[slot.word]! & (1 << slot.bit)) !== 0;
}

/** The sentence asked last: the families of one sentence are asked one after another. */
let last: { s: Sentence; filter: CueFilter; masks: number[] } | null = null;

/** `cueMasks` once per sentence and filter (a sentence made anew for the same text is read again, with the same result). */
export function masksOf(filter: CueFilter, s: Sentence): number[] {
  if (last && last.s === s && last.filter === filter) return last.masks;
  let masks = filter.recent.get(s);
  if (!masks) filter.recent.set(s, (masks = cueMasks(filter, s.text)));
  last = { s, filter, masks };
  return masks;
}
