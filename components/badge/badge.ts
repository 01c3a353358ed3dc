import { badgeLabel, type BadgeInfo } from './label';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import BADGE_CSS from './badge.css?inline';

export const BADGE_TAG = 'handoff-badge';

/**
 * A deal badge (test/e2e/UI-CONTRACT.md: `[data-handoff="badge"][data-level]`): a
 * small host with an open shadow root holding a text label and a tooltip
 * with the one-sentence reason. Plain DOM, no framework: a board paints
 * hundreds of them in one frame.
 */
export function createBadge(doc: Document = document): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-handoff', 'badge');
  host.setAttribute('tabindex', '0');
  host.setAttribute('role', 'button');
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = sharedSheet(doc);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = TOKENS_CSS + BADGE_CSS;
    shadow.append(style);
  }
  const label = doc.createElement('span');
  label.className = 'label';
  label.setAttribute('aria-hidden', 'true');
  const tip = doc.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  tip.setAttribute('aria-hidden', 'true');
  shadow.append(label, tip);
  return host;
}

const sheets = new WeakMap<Document, CSSStyleSheet | null>();

/** One parsed stylesheet shared by every badge of a document (hundreds on a board), or null where constructable sheets are missing. */
function sharedSheet(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet;
    if (Sheet && 'replaceSync' in Sheet.prototype) {
      sheet = new Sheet();
      sheet.replaceSync(TOKENS_CSS + BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Sets a badge's level, label and sentence (text only: deal names are user data). */
export function updateBadge(host: HTMLElement, info: BadgeInfo, theme: 'light' | 'dark' = 'light'): void {
  const label = badgeLabel(info.level, info.text);
  if (host.getAttribute('data-level') !== info.level) host.setAttribute('data-level', info.level);
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  host.setAttribute('data-deal-id', info.dealId);
  host.title = info.text;
  host.setAttribute('aria-label', `Handoff: ${label}`);
  host.setAttribute('aria-description', info.text);
  const root = host.shadowRoot;
  const labelEl = root?.querySelector('.label');
  const tipEl = root?.querySelector('.tip');
  if (labelEl && labelEl.textContent !== label) labelEl.textContent = label;
  if (tipEl && tipEl.textContent !== info.text) tipEl.textContent = info.text;
}
