import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import type { LanguagePack, PackLang } from './pack';
import { PT } from './pt';
import type { Cue } from '../patterns/match';
import { registerCuePack } from '../patterns/prefilter';

export { detectLanguage, LANGUAGE_NAMES, type Detected } from './detect';
export { EN } from './en';
export { PACK_LANGS, type LanguagePack, type PackLang } from './pack';

const FOREIGN: Record<Exclude<PackLang, 'en'>, () => LanguagePack> = { de: DE, es: ES, fr: FR, pt: PT, it: IT, nl: NL };
// English is registered now (cheap: nothing is built before a sentence asks).
const built: Partial<Record<PackLang, LanguagePack>> = { en: withFilter(EN) };

/** A pack's patterns as the cue prefilter (patterns/prefilter.ts) reads them; it builds on first use. */
function withFilter(pack: LanguagePack): LanguagePack {
  registerCuePack({
    families: Object.values(pack).filter((v): v is readonly Cue[] => Array.isArray(v)),
    // Only patterns without state: `test` on a global one moves its lastIndex.
    phrases: Object.values(pack).filter((v): v is RegExp => v instanceof RegExp && !v.global && !v.sticky),
  });
  return pack;
}

/**
 * The cue pack of each language the classifier reads (issue 15: six besides
 * English). A language's pack is made the first time a mail in it is read
 * (issue 18): making all six compiled ~400 Unicode patterns, 60-70 ms of
 * every worker start.
 */
export const PACKS = Object.defineProperties({} as Record<PackLang, LanguagePack>, {
  en: { enumerable: true, get: () => built.en! },
  ...Object.fromEntries(
    (Object.keys(FOREIGN) as Array<keyof typeof FOREIGN>).map((lang) => [lang, { enumerable: true, get: () => (built[lang] ??= withFilter(FOREIGN[lang]())) }]),
  ),
});
