import { badgeLabel, type BadgeInfo } from './label';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import BADGE_CSS from './badge.css?inline';

export const BADGE_TAG = 'handoff-badge';

/**
 * A deal badge (test/e2e/UI-CONTRACT.md: `[data-handoff="badge"][data-level]`): a
 * small host with a closed shadow root holding a text label and a tooltip
 * with the one-sentence reason. The sentence names the deal, so it lives
 * only inside the closed root: the host's light-DOM attributes carry the
 * level, never deal text or a deal id (a page's scripts read those). Plain
 * DOM, no framework: a board paints hundreds of them in one frame.
 */
export function createBadge(doc: Document = document): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-handoff', 'badge');
  host.setAttribute('tabindex', '0');
  host.setAttribute('role', 'button');
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  const sheet = sharedSheet(doc);
  if (sheet) shadow.adoptedStyleSheets = [sheet];
  else {
    const style = doc.createElement('style');
    style.textContent = TOKENS_CSS + BADGE_CSS;
    shadow.append(style);
  }
  // The button's name comes from this content (no aria-label on the host:
  // the page would read it): "Handoff: Unsigned deal", then the sentence,
  // shown while hovered or focused.
  const prefix = doc.createElement('span');
  prefix.className = 'sr';
  prefix.textContent = 'Handoff: ';
  const label = doc.createElement('span');
  label.className = 'label';
  const tip = doc.createElement('span');
  tip.className = 'tip';
  tip.setAttribute('role', 'tooltip');
  shadow.append(prefix, label, tip);
  return host;
}

/** Each badge's closed root, for this content script only (`host.shadowRoot` is null). */
const roots = new WeakMap<HTMLElement, ShadowRoot>();

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

/** Sets a badge's level, and inside its closed root its label and sentence (text only: deal names are user data). */
export function updateBadge(host: HTMLElement, info: BadgeInfo, theme: 'light' | 'dark' = 'light'): void {
  const label = badgeLabel(info.level, info.text);
  if (host.getAttribute('data-level') !== info.level) host.setAttribute('data-level', info.level);
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
  const root = roots.get(host);
  const labelEl = root?.querySelector('.label');
  const tipEl = root?.querySelector('.tip');
  if (labelEl && labelEl.textContent !== label) labelEl.textContent = label;
  if (tipEl && tipEl.textContent !== info.text) tipEl.textContent = info.text;
}
