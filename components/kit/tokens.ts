import TOKENS_CSS from './tokens.css?inline';

/**
 * A theme-independent token of tokens.css (a `--*-solid` fill,
 * `--solid-text`, a space, a radius) as a CSS value, for what no stylesheet
 * reaches: the toolbar badge's colour (a string the browser API takes) and
 * Gmail's inbox markers (inline styles in Gmail's own DOM). Read from the
 * same `?inline` text the shadow roots use, so tokens.css stays the one
 * source and the bundle holds it once.
 *
 * A token with a light and a dark value (`light-dark()`), or no such
 * token, is a mistake in the caller: it throws when its module loads, so
 * the tests that load it fail instead of a colour going missing.
 */
export function tokenValue(name: string, css: string = TOKENS_CSS): string {
  const value = /^[\w-]+$/.test(name) ? new RegExp(`(?:^|[^\\w-])--${name}\\s*:\\s*([^;}]+)`).exec(css)?.[1]?.trim() : undefined;
  if (!value) throw new Error(`tokens.css has no --${name}`);
  if (/light-dark\(|var\(/.test(value)) throw new Error(`--${name} depends on the theme: no single value`);
  return value;
}

/**
 * The toolbar badge's colours: the solid fills. Read here, in the UI kit,
 * and handed to the background by its entrypoint, so lib/ stays free of
 * stylesheets (and Node scripts such as the bench can load it).
 */
export const BADGE_COLORS = { red: tokenValue('danger-solid'), amber: tokenValue('warn-solid') } as const;
