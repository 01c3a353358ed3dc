/**
 * Function-word counting for plain ASCII text (most mail), as `detect.ts`'s
 * WORD pattern reads it: letters, then optionally an apostrophe and more
 * letters, lower-cased, at most `maxWords` words.
 *
 * Issue 18: lower-casing the text and slicing every word into a Map lookup
 * was 9-11% of the classifier's time on the dev corpus. The function words
 * are walked here as a trie on the character codes instead (upper case read
 * as lower), with no string made per word. The counts are added in the same
 * order with the same arrays as the Map gave, so they come out bit for bit
 * equal (test/unit/classify/ascii-words.test.ts compares the two).
 */

/** a-z, then the apostrophe. */
const APOSTROPHE = 26;
const WIDTH = 27;

export type AsciiWordCounter = (text: string, counts: number[]) => void;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The trie's root, and the node a word falls into once it has left the trie (every edge of it loops back). */
const ROOT = 0;
const OUT = 1;

/** `table`: word → indices of the languages that use it (the arrays are used as they are). */
export function asciiWordCounter(table: ReadonlyMap<string, readonly number[]>, maxWords: number): AsciiWordCounter {
  // edges[node * WIDTH + symbol]: the child; 0 (the root, never a child) while building means none.
  const edges: number[] = new Array<number>(2 * WIDTH).fill(0);
  const langs: Array<readonly number[] | undefined> = [undefined, undefined];
  for (const [word, list] of table) {
    // Words with other letters (é, ß, ’) never occur in ASCII text.
    if (!/^[a-z]+(?:'[a-z]+)?$/.test(word)) continue;
    let node = ROOT;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const at = node * WIDTH + (code === 39 ? APOSTROPHE : code - 97);
      if (edges[at] === 0) {
        edges[at] = langs.length;
        langs.push(undefined);
        for (let s = 0; s < WIDTH; s++) edges.push(0);
      }
      node = edges[at]!;
    }
    langs[node] = list;
  }
  // Missing edges lead OUT, so the walk needs no test per letter; 16 bits a cell keep the table small for the cache.
  const trie = Uint16Array.from(edges, (child) => (child === 0 ? OUT : child));

  return (text, counts) => {
    let words = 0;
    for (let i = 0; i < text.length && words < maxWords; ) {
      let c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      let node = ROOT;
      while (i < text.length && isAsciiLetter((c = text.charCodeAt(i)))) {
        node = trie[node * WIDTH + ((c | 32) - 97)]!;
        i++;
      }
      if (text.charCodeAt(i) === 39 && isAsciiLetter(text.charCodeAt(i + 1))) {
        node = trie[node * WIDTH + APOSTROPHE]!;
        i++;
        while (i < text.length && isAsciiLetter((c = text.charCodeAt(i)))) {
          node = trie[node * WIDTH + ((c | 32) - 97)]!;
          i++;
        }
      }
      words++;
      const hit = langs[node];
      if (hit) for (const l of hit) counts[l] = (counts[l] ?? 0) + 1 / hit.length;
    }
  };
}
