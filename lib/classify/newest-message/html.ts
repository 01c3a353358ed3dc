/**
 * Crude HTML-to-text for bodies that arrive as HTML fragments. We only need
 * readable text and the position of the first quoted block, not layout, so a
 * handful of linear replacements is enough (no DOM: this runs in workers and
 * tests alike).
 */

const HTML_HINT = /<(?:br|p|div|html|body|span|blockquote|table|tr|td|a|b|i|strong|em|ul|ol|li|font|head|meta)\b[^>]{0,200}>/i;

/** Markers where mail clients start the quoted history inside HTML. */
const HTML_QUOTE_STARTS = [
  '<blockquote',
  'class="gmail_quote',
  'id="divRplyFwdMsg"',
  'id="appendonsend"',
  'class="yahoo_quoted',
  'id="mail-editor-reference-message-container"',
];

export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text);
}

/** Removes `<tag ...> ... </tag>` blocks whose content is never shown. */
function dropInvisible(html: string, tag: string): string {
  let out = '';
  let from = 0;
  const lower = html.toLowerCase();
  for (;;) {
    const open = lower.indexOf(`<${tag}`, from);
    if (open < 0) break;
    const close = lower.indexOf(`</${tag}>`, open);
    out += html.slice(from, open);
    if (close < 0) return out; // unterminated: drop the rest
    from = close + tag.length + 3;
  }
  return out + html.slice(from);
}

/** Cuts at the first quoted-history container, if any. */
function cutHtmlQuote(html: string): string {
  const lower = html.toLowerCase();
  let cut = html.length;
  for (const marker of HTML_QUOTE_STARTS) {
    const i = lower.indexOf(marker.toLowerCase());
    if (i < 0 || i >= cut) continue;
    // A class/id marker sits inside a tag: cut at that tag's `<`.
    const tagStart = marker.startsWith('<') ? i : lower.lastIndexOf('<', i);
    cut = tagStart < 0 ? i : tagStart;
  }
  return html.slice(0, cut);
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", ndash: '–', mdash: '—',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…', bull: '•',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    const key = name.toLowerCase();
    if (key.startsWith('#x')) return safeChar(parseInt(key.slice(2), 16));
    if (key.startsWith('#') && key !== '#39') return safeChar(parseInt(key.slice(1), 10));
    return ENTITIES[key] ?? whole;
  });
}

function safeChar(code: number): string {
  return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
}

export function htmlToText(html: string): string {
  let text = cutHtmlQuote(dropInvisible(dropInvisible(html, 'style'), 'script'));
  text = text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|div|li|tr|h[1-6]|table|ul|ol)\s*>/gi, '\n')
    .replace(/<li\b[^>]{0,500}>/gi, '- ')
    .replace(/<[^>]{0,2000}>/g, '');
  return decodeEntities(text);
}
