import { lazyGate } from '../patterns/literal-gate';
import { leadChar } from './lead-char';

/**
 * Text that mail systems add around a message and that never carries the
 * sender's request: external-sender banners, mobile footers, legal
 * disclaimers. All functions work on an array of lines and are linear.
 */

/** "[EXTERNAL]", "CAUTION: This email originated from outside…" and kin. */
const BANNER_LINE: RegExp[] = [
  /^\s*[[(*]*\s*(?:EXTERNAL|EXT|External(?:\s+(?:Sender|Email|Message|Mail))?)\s*[\])*]*\s*:?\s*$/i,
  /^\s*[[(*]*\s*(?:CAUTION|WARNING|ATTENTION|NOTICE|ACHTUNG)\s*[\])*]*\s*:.{0,200}\b(?:external|outside|phishing|sender|links?|attachments?)\b/i,
  /\b(?:originated|came|comes|was\s+sent)\s+from\s+(?:outside|an\s+external)/i,
  /\bexternal\s+(?:sender|email|e-mail)\b.{0,80}\b(?:caution|links?|attachments?)\b/i,
  /^\s*\[?EXTERNAL\]?\s*(?:EMAIL|MESSAGE)?\s*[-:–]\s*(?:use\s+caution|do\s+not\s+click|be\s+careful)/i,
  /^\s*You\s+don'?t\s+often\s+get\s+email\s+from\b/i,
];

/** Lines after which a mobile client or webmail only adds its own footer. */
const MOBILE_FOOTER =
  /^\s*(?:Sent\s+from\s+my\s+\S+|Sent\s+from\s+(?:Mail|Outlook|Yahoo\s+Mail|Gmail|AOL|my\s+mobile|my\s+phone)\b|Get\s+Outlook\s+for\s+(?:iOS|Android)|Sent\s+(?:via|with|using)\s+\S.{0,40}$|Envoyé\s+de\s+mon\s+\S+|Von\s+meinem\s+\S+\s+gesendet|Enviado\s+desde\s+mi\s+\S+|Enviado\s+do\s+meu\s+\S+|Inviato\s+da(?:l)?\s+(?:mio\s+)?\S+|Verzonden\s+(?:vanaf|met)\s+(?:mijn\s+)?\S+|Skickat\s+från\s+min\s+\S+|Отправлено\s+с\s+\S+)/i;

/** The standard signature delimiter "-- " (and the common "--" typo). */
const SIG_DELIMITER = /^\s*--\s*$/;

export const DISCLAIMER_START: RegExp[] = [
  /^\s*\**\s*(?:CONFIDENTIALITY\s+(?:NOTICE|NOTE|STATEMENT)|DISCLAIMER|LEGAL\s+NOTICE|IMPORTANT\s+NOTICE|PRIVILEGED\s+(?:AND|&)\s+CONFIDENTIAL)\b/i,
  /^\s*This\s+(?:e-?mail|message|communication|transmission)\b.{0,80}\b(?:confidential|privileged|intended\s+(?:solely|only|for))\b/i,
  /^\s*The\s+information\s+(?:contained\s+)?in\s+this\s+(?:e-?mail|message|communication)\b/i,
  /^\s*If\s+you\s+(?:are\s+not|have\s+received\s+this)\b.{0,60}\b(?:intended\s+recipient|in\s+error)\b/i,
  /^\s*(?:Please\s+)?consider\s+the\s+environment\s+before\s+printing\b/i,
  /^\s*(?:Diese\s+E-?Mail|Ce\s+(?:message|courriel)|Este\s+(?:mensaje|correo))\b.{0,80}\b(?:vertraulich|confidentiel|confidencial)/i,
];

// A line holding none of their literals matches none of these (patterns/literals.ts): one test instead of six.
const mayBeBanner = lazyGate(BANNER_LINE);
const mayBeDisclaimer = lazyGate(DISCLAIMER_START);
/**
 * What each disclaimer opening starts with after `^\s*`: "*" or the first
 * letter of one of its words (ASCII, either case). Checked first: it costs
 * nothing, where the literal gate reads the whole line (issue 18).
 */
export const DISCLAIMER_LEADS = new Set(['*', 'c', 'd', 'l', 'i', 'p', 't', 'e']);
export const isDisclaimerStart = (line: string) => DISCLAIMER_LEADS.has(leadChar(line)) && mayBeDisclaimer(line) && DISCLAIMER_START.some((re) => re.test(line));

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Drops banner paragraphs near the top and banner lines anywhere. */
export function stripBanners(lines: string[]): string[] {
  const out: string[] = [];
  let inBanner = false;
  for (const [i, line] of lines.entries()) {
    // Banners sit at the top; further down the same words are the sender's.
    if (i < 12 && mayBeBanner(line) && BANNER_LINE.some((re) => re.test(line))) {
      inBanner = true; // the banner runs to the end of its paragraph
      out.push('');
      continue;
    }
    if (inBanner) {
      if (isBlank(line)) inBanner = false;
      out.push('');
      continue;
    }
    out.push(line.includes('[') ? line.replace(/^\s*\[(?:EXTERNAL|EXT)\]\s*/i, '') : line);
  }
  return out;
}

/** Index of the first line of a trailing footer (mobile, "-- ", disclaimer). */
export function findFooterStart(lines: readonly string[]): number {
  let seenContent = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (MOBILE_FOOTER.test(line) || SIG_DELIMITER.test(line)) return i;
    // A disclaimer at the very top is a paragraph to skip, not the end.
    if (seenContent && isDisclaimerStart(line)) return i;
    if (!isBlank(line)) seenContent = true;
  }
  return lines.length;
}

/** Blanks a disclaimer paragraph that opens the message. */
export function stripLeadingDisclaimer(lines: string[]): string[] {
  const first = lines.findIndex((l) => !isBlank(l));
  if (first < 0 || !DISCLAIMER_START.some((re) => re.test(lines[first] ?? ''))) return lines;
  const out = [...lines];
  for (let i = first; i < out.length && !isBlank(out[i]); i++) out[i] = '';
  return out;
}
