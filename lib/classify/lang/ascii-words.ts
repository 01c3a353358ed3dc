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

/** `table`: word → indices of the languages that use it (the arrays are used as they are). */
export function asciiWordCounter(table: ReadonlyMap<string, readonly number[]>, maxWords: number): AsciiWordCounter {
  // next[node * WIDTH + symbol]: the child, 0 for none (the root is never a child).
  let next = new Int32Array(64 * WIDTH);
  const langs: Array<readonly number[] | undefined> = [undefined];
  for (const [word, list] of table) {
    // Words with other letters (é, ß, ’) never occur in ASCII text.
    if (!/^[a-z]+(?:'[a-z]+)?$/.test(word)) continue;
    let node = 0;
    for (let k = 0; k < word.length; k++) {
      const code = word.charCodeAt(k);
      const at = node * WIDTH + (code === 39 ? APOSTROPHE : code - 97);
      if (next[at] === 0) {
        if (langs.length * WIDTH >= next.length) {
          const grown = new Int32Array(next.length * 2);
          grown.set(next);
          next = grown;
        }
        next[at] = langs.length;
        langs.push(undefined);
      }
      node = next[at]!;
    }
    langs[node] = list;
  }
  const trie = next;

  return (text, counts) => {
    let words = 0;
    for (let i = 0; i < text.length && words < maxWords; ) {
      let c = text.charCodeAt(i);
      if (!isAsciiLetter(c)) {
        i++;
        continue;
      }
      // node < 0: the word has left the trie (not a function word); it is still read to its end.
      let node = 0;
      while (i < text.length && isAsciiLetter((c = text.charCodeAt(i)))) {
        if (node >= 0) node = trie[node * WIDTH + ((c | 32) - 97)]! || -1;
        i++;
      }
      if (text.charCodeAt(i) === 39 && isAsciiLetter(text.charCodeAt(i + 1))) {
        if (node >= 0) node = trie[node * WIDTH + APOSTROPHE]! || -1;
        i++;
        while (i < text.length && isAsciiLetter((c = text.charCodeAt(i)))) {
          if (node >= 0) node = trie[node * WIDTH + ((c | 32) - 97)]! || -1;
          i++;
        }
      }
      words++;
      const hit = node > 0 ? langs[node] : undefined;
      if (hit) for (const l of hit) counts[l] = (counts[l] ?? 0) + 1 / hit.length;
    }
  };
}
