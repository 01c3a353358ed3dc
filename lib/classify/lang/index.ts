import { DE } from './de';
import { EN } from './en';
import { ES } from './es';
import { FR } from './fr';
import { IT } from './it';
import { NL } from './nl';
import type { LanguagePack, PackLang } from './pack';
import { PT } from './pt';

export { detectLanguage, LANGUAGE_NAMES, type Detected } from './detect';
export { EN } from './en';
export { PACK_LANGS, type LanguagePack, type PackLang } from './pack';

/** The cue pack of each language the classifier reads (issue 15: six besides English). */
export const PACKS: Record<PackLang, LanguagePack> = { en: EN, de: DE, es: ES, fr: FR, pt: PT, it: IT, nl: NL };
