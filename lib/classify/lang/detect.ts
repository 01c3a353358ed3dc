/**
 * Which language the newest message is written in, from counts of function
 * words (articles, pronouns, prepositions, auxiliaries): the commonest words
 * of a language are nearly all function words, so a few dozen per language
 * tell them apart on a two-line mail, where trigram tables need more text.
 * One pass over the words with one precompiled table: O(text), no dependency.
 *
 * English, too little text and mixed text stay on the English rules; a text
 * clearly in another language that has no pack is `unsupported`.
 */
import { type AsciiWordCounter, asciiWordCounter } from './ascii-words';
import type { PackLang } from './pack';

/** Languages with a pack, and those recognised only to say they are not supported. */
const SUPPORTED: Record<PackLang, string> = {
  en: 'the and to of a in is you for it that on we be this with are can have will your i me my at as by from or if so but not just our they was would could what when there been has about thanks please need',
  de: 'der die das und ist ich du nicht mit den dem des ein eine einen einem für auf sich zu von wir sie es im bei auch noch wie aber oder bis kannst könntest bitte hast habe haben hat wird sind schon mal dir dich uns vom zum zur dass ob ihr euch wäre würde gibt kein keine nur jetzt heute morgen danke gruß grüße viele nach über wenn dann sehr',
  es: 'el la los las de que y en un una es por para con no se lo le les al del te me nos su sus pero como más ya está están puedes podrías hay muy esta este estamos gracias también qué cómo cuándo dónde eso esto hola saludos tu tus mi mis hasta sobre todavía aún tenemos necesito semana',
  fr: "le la les de des du et est un une en que qui pour pas je tu il nous vous ne sur avec au aux ce cette mais ou où on leur peux pourrais merci très bien sont ai as ça c'est d'ici chez toujours ton ta tes mon ma mes bonjour salut êtes sommes j'ai qu'il n'est était",
  pt: 'o a os as de do da dos das e é um uma em no na nos nas que para com não se por mais pra você vocês eu ele ela muito já está isso esse essa obrigado obrigada também mas oi olá como até ao aos seu sua nosso nossa tudo hoje gente vai são foi',
  it: 'il lo la i gli le di del della dei delle e è un una che per con non si ma come anche ci mi ti ho hai abbiamo sono al alla nel nella puoi potresti grazie questo questa già più ciao buongiorno siamo sei sta stanno ancora entro sul sulla dal dalla cosa tuo tua',
  nl: 'de het een en van is ik je jij niet met op te voor dat die er we wij zijn ook maar naar om bij nog kun kunnen zou heb hebben wat als dan wel dit graag hoi hallo bedankt groet jullie hun ze mij mijn jouw over staat gaat moet',
};

/** Languages told apart only so that they are not read with English rules. */
const UNSUPPORTED: Record<string, string> = {
  sv: 'och att det som en är på för med har inte jag till av om så men kan vi ni hej tack',
  da: 'og at det som en er på for med har ikke jeg til af om så men kan vi hej tak',
  no: 'og at det som en er på for med har ikke jeg til av om så men kan vi dere hei takk',
  pl: 'i w na z się nie do to że jest o jak ale po co tak za od czy dla mi już jestem',
  cs: 'a v na se že je to s z do jak ale o by jsem jsme pro při tak když už mi',
  tr: 've bir bu da de için ile ne çok ama daha gibi olarak var mı mi ben sen biz',
  ro: 'și în la de cu nu este o un că pe din pentru mai sunt ce vă',
  fi: 'ja on ei että se oli mutta kun niin myös jos ovat olen voit kiitos',
  hu: 'és a az hogy nem egy is van meg de már csak vagy mint kell köszönöm',
};

type Table = Map<string, number[]>;

const LANGS = [...Object.keys(SUPPORTED), ...Object.keys(UNSUPPORTED)];

/** word → indices of the languages that use it (a word may belong to several). */
/** Exported for test/unit/classify/ascii-words.test.ts. */
export const TABLE: Table = (() => {
  const t: Table = new Map();
  const all: Record<string, string> = { ...SUPPORTED, ...UNSUPPORTED };
  LANGS.forEach((lang, i) => {
    for (const w of (all[lang] ?? '').split(' ')) {
      const list = t.get(w) ?? [];
      if (!list.includes(i)) list.push(i);
      t.set(w, list);
    }
  });
  return t;
})();

/** Letters with diacritics and the languages (of the table) that write them. */
const MARKS: Record<string, string> = {
  'ß': 'de', 'ä': 'de sv fi', 'ö': 'de sv fi hu tr', 'ü': 'de tr hu', 'ñ': 'es', '¿': 'es', '¡': 'es', 'ã': 'pt', 'õ': 'pt',
  'ç': 'fr pt tr', 'ê': 'fr pt', 'â': 'fr pt ro', 'è': 'fr it', 'à': 'fr it pt', 'ù': 'fr it', 'ò': 'it', 'ì': 'it',
  'î': 'fr ro', 'û': 'fr', 'œ': 'fr', 'ë': 'nl fr', 'ó': 'es pt pl cs hu', 'í': 'es pt cs hu', 'á': 'es pt cs hu',
  'ú': 'es pt cs hu', 'é': 'fr es pt it', 'å': 'sv da no', 'ø': 'da no', 'æ': 'da no',
};
const MARK = /[ßäöüñ¿¡ãõçêâèàùòìîûœëóíáúéåøæ]/giu;
const MARK_LANGS = new Map<string, number[]>(
  Object.entries(MARKS).map(([ch, langs]) => [ch, langs.split(' ').map((l) => LANGS.indexOf(l)).filter((i) => i >= 0)]),
);
/** A mark counts for less than a word, and only the first few count. */
const MARK_WEIGHT = 0.34;
const MAX_MARKS = 12;

export interface Detected {
  /** A pack's language, or `unsupported` for a language we recognise but cannot read. */
  lang: PackLang | 'unsupported';
  /** The recognised language's code when unsupported ("sv"), else the pack's. */
  code: string;
  /** Function words counted for the winner, and for the runner-up. */
  score: number;
  runnerUp: number;
}

/** Fewer function words than this: too short to tell, read as English. */
const MIN_HITS = 2;
/** The winner must beat the runner-up by this factor, or the text is mixed (English). */
const MARGIN = 1.5;
/** Words read at most: a mail's language shows in its first paragraphs. */
const MAX_WORDS = 400;

const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

/** Letters outside the Latin script (Cyrillic, Greek, CJK, Arabic…) with no Latin text to speak of. */
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}\p{Script=Devanagari}]/gu;

export function detectLanguage(text: string): Detected {
  const sample = text.slice(0, 4_000);
  const counts = new Array<number>(LANGS.length).fill(0);
  let latinWords = 0;
  // Plain ASCII (most mail): the same words as WORD finds, read without a regular expression, and no marks or other scripts to look for.
  if (!NOT_ASCII.test(sample)) {
    countAsciiWords(sample, counts);
    return decideLanguage(counts, 0, 0);
  }
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null && latinWords < MAX_WORDS; m = WORD.exec(sample)) {
    latinWords++;
    countWord(m[0].toLowerCase().replace('’', "'"), counts);
  }
  // Letters only some of the languages write tip a short text: "ç" and "ã", "ñ" and "¿", "ß".
  let marks = 0;
  MARK.lastIndex = 0;
  for (let m = MARK.exec(sample); m !== null && marks < MAX_MARKS; m = MARK.exec(sample)) {
    marks++;
    for (const i of MARK_LANGS.get(m[0].toLowerCase()) ?? []) counts[i] = (counts[i] ?? 0) + MARK_WEIGHT;
  }
  return decideLanguage(counts, latinWords, sample.match(NON_LATIN)?.length ?? 0);
}

const NOT_ASCII = /[^\x00-\x7f]/;

/** A word several languages share counts for each in part. */
function countWord(word: string, counts: number[]): void {
  const hit = TABLE.get(word);
  if (hit) for (const i of hit) counts[i] = (counts[i] ?? 0) + 1 / hit.length;
}

/**
 * WORD over ASCII text, lower-cased, at most MAX_WORDS: a trie on char codes (ascii-words.ts). Built
 * on the first mail, not as the worker starts: building it was ~5 ms of every worker start (issue 18).
 */
let asciiCounter: AsciiWordCounter | undefined;
const countAsciiWords: AsciiWordCounter = (text, counts) => (asciiCounter ??= asciiWordCounter(TABLE, MAX_WORDS))(text, counts);

function decideLanguage(counts: number[], latinWords: number, nonLatin: number): Detected {
  if (nonLatin > 20 && nonLatin > latinWords * 2) return { lang: 'unsupported', code: 'non-latin', score: nonLatin, runnerUp: 0 };
  let best = 0;
  let second = -1;
  for (let i = 1; i < counts.length; i++) {
    if ((counts[i] ?? 0) > (counts[best] ?? 0)) {
      second = best;
      best = i;
    } else if (second < 0 || (counts[i] ?? 0) > (counts[second] ?? 0)) {
      second = i;
    }
  }
  const score = counts[best] ?? 0;
  const runnerUp = second < 0 ? 0 : counts[second] ?? 0;
  const code = LANGS[best] ?? 'en';
  const english: Detected = { lang: 'en', code: 'en', score, runnerUp };
  if (code === 'en' || score < MIN_HITS || score < runnerUp * MARGIN) return english;
  // Mixed: a good share of English function words keeps the English rules.
  if ((counts[0] ?? 0) * 2 >= score) return english;
  if (code in SUPPORTED) return { lang: code as PackLang, code, score, runnerUp };
  return { lang: 'unsupported', code, score, runnerUp };
}

/** Names for the explanation ("looks like Swedish"). */
export const LANGUAGE_NAMES: Record<string, string> = {
  sv: 'Swedish', da: 'Danish', no: 'Norwegian', pl: 'Polish', cs: 'Czech', tr: 'Turkish', ro: 'Romanian', fi: 'Finnish',
  hu: 'Hungarian', 'non-latin': 'a non-Latin script',
};
