import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import type { LanguagePack, PackLang } from './pack';
import { PT } from './pt';
import type { Cue } from '../patterns/match';
import { setCuePacks } from '../patterns/prefilter';

export { detectLanguage, LANGUAGE_NAMES, type Detected } from './detect';
export { EN } from './en';
export { PACK_LANGS, type LanguagePack, type PackLang } from './pack';

/** The cue pack of each language the classifier reads (issue 15: six besides English). */
export const PACKS: Record<PackLang, LanguagePack> = { en: EN, de: DE, es: ES, fr: FR, pt: PT, it: IT, nl: NL };

// The cue prefilter (patterns/prefilter.ts) learns each pack's families now and builds on first use.
setCuePacks(() =>
  Object.values(PACKS).map((pack) => ({
    families: Object.values(pack).filter((v): v is readonly Cue[] => Array.isArray(v)),
    // Only patterns without state: `test` on a global one moves its lastIndex.
    phrases: Object.values(pack).filter((v): v is RegExp => v instanceof RegExp && !v.global && !v.sticky),
  })),
);
