/**
 * The sidebar's CSS, injected as a `<style>` in its shadow root. Colors are
 * variables on `:host`: light by default, dark when the host has
 * `data-theme="dark"`, and dark from the OS setting when no theme is set.
 * The host page's inherited styles (font, color, line height) are reset on
 * the panel. No external resources: system fonts, no images.
 */
const LIGHT = {
  bg: '#ffffff',
  fg: '#1f2328',
  muted: '#57606a',
  border: '#d0d7de',
  surface: '#f6f8fa',
  accent: '#0b5cd6',
  'accent-fg': '#ffffff',
  focus: '#0b5cd6',
  shadow: '-4px 0 16px rgba(31, 35, 40, 0.12)',
  danger: '#b42318',
  'danger-bg': '#fef3f2',
  'danger-line': '#f04438',
  'danger-solid': '#c4320a',
  warning: '#8a3c00',
  'warning-bg': '#fffaeb',
  'warning-line': '#f79009',
  ok: '#067647',
  'ok-bg': '#ecfdf3',
  'ok-line': '#17b26a',
  info: '#175cd3',
  'info-bg': '#eff8ff',
  'info-line': '#2e90fa',
  scheme: 'light',
} satisfies Record<string, string>;

/** Every light color has its dark counterpart. */

const DARK: Record<keyof typeof LIGHT, string> = {
  bg: '#1c2128',
  fg: '#e6edf3',
  muted: '#9da7b3',
  border: '#3d444d',
  surface: '#262c36',
  accent: '#4493f8',
  'accent-fg': '#0d1117',
  focus: '#79b8ff',
  shadow: '-4px 0 16px rgba(0, 0, 0, 0.5)',
  danger: '#ffa198',
  'danger-bg': '#3b1a1a',
  'danger-line': '#f85149',
  'danger-solid': '#da3633',
  warning: '#f2cc60',
  'warning-bg': '#352a12',
  'warning-line': '#d29922',
  ok: '#7ee2a8',
  'ok-bg': '#12301f',
  'ok-line': '#3fb950',
  info: '#a5d6ff',
  'info-bg': '#132a45',
  'info-line': '#58a6ff',
  scheme: 'dark',
};

const vars = (colors: Record<string, string>, indent = '  ') =>
  Object.entries(colors)
    .map(([name, value]) => `${indent}--hf-${name}: ${value};`)
    .join('\n');

export const SIDEBAR_CSS = /* css */ `
:host {
${vars(LIGHT)}
}

:host([data-theme="dark"]) {
${vars(DARK)}
}

@media (prefers-color-scheme: dark) {
  :host(:not([data-theme])) {
${vars(DARK, '    ')}
  }
}

*, *::before, *::after { box-sizing: border-box; }

.hf-panel {
  position: fixed;
  top: var(--handoff-top, 64px);
  right: 0;
  bottom: 0;
  z-index: 2147483000;
  display: flex;
  flex-direction: column;
  width: var(--handoff-width, 320px);
  max-width: 100vw;
  margin: 0;
  background: var(--hf-bg);
  color: var(--hf-fg);
  color-scheme: var(--hf-scheme);
  border-left: 1px solid var(--hf-border);
  box-shadow: var(--hf-shadow);
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  font-size: 13px;
  font-weight: 400;
  font-style: normal;
  line-height: 1.45;
  letter-spacing: normal;
  text-align: left;
  text-transform: none;
  white-space: normal;
  word-wrap: break-word;
  overflow-wrap: anywhere;
  direction: ltr;
}

.hf-panel[data-collapsed="true"] {
  top: calc(var(--handoff-top, 64px) + 12px);
  bottom: auto;
  width: auto;
  background: transparent;
  border: 0;
  box-shadow: none;
}

/* Resets at zero specificity, so any class below wins. */
:where(.hf-panel) :where(p, h2, h3, ul, dl, dd) { margin: 0; padding: 0; }
:where(.hf-panel) :where(ul) { list-style: none; }

.hf-sr {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
  border: 0;
}

/* Focus: always visible for keyboard users, on every control. */
.hf-panel :focus { outline: none; }
.hf-panel :focus-visible { outline: 2px solid var(--hf-focus); outline-offset: 2px; }

/* Collapsed tab */
.hf-tab {
  display: inline-flex;
  align-items: center;
  gap: 6px;
  padding: 6px 10px 6px 8px;
  font: inherit;
  font-weight: 600;
  color: var(--hf-fg);
  background: var(--hf-bg);
  border: 1px solid var(--hf-border);
  border-right: 0;
  border-radius: 8px 0 0 8px;
  box-shadow: var(--hf-shadow);
  cursor: pointer;
}
.hf-tab:hover { background: var(--hf-surface); }
.hf-dot {
  width: 10px;
  height: 10px;
  border-radius: 50%;
  background: var(--hf-border);
  flex: none;
}
.hf-tab[data-level="danger"] .hf-dot { background: var(--hf-danger-line); }
.hf-tab[data-level="warning"] .hf-dot { background: var(--hf-warning-line); }
.hf-tab[data-level="info"] .hf-dot { background: var(--hf-info-line); }
.hf-tab[data-level="danger"] { border-color: var(--hf-danger-line); }

/* Header */
.hf-header {
  display: flex;
  align-items: center;
  justify-content: space-between;
  flex: none;
  padding: 8px 10px 8px 14px;
  border-bottom: 1px solid var(--hf-border);
}
.hf-brand { font-weight: 700; font-size: 13px; letter-spacing: 0.02em; }
.hf-icon-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 28px;
  height: 28px;
  padding: 0;
  font: inherit;
  font-size: 16px;
  line-height: 1;
  color: var(--hf-muted);
  background: transparent;
  border: 1px solid transparent;
  border-radius: 6px;
  cursor: pointer;
}
.hf-icon-button:hover { color: var(--hf-fg); background: var(--hf-surface); border-color: var(--hf-border); }

.hf-body {
  flex: 1 1 auto;
  min-height: 0;
  overflow-y: auto;
  overscroll-behavior: contain;
  padding: 12px 14px 20px;
}
.hf-slot { margin-bottom: 12px; }
.hf-slot:empty { display: none; }
.hf-slot .handoff-error, .hf-slot [role="alert"] {
  margin: 0 0 8px;
  padding: 6px 8px;
  color: var(--hf-danger);
  background: var(--hf-danger-bg);
  border-left: 3px solid var(--hf-danger-line);
  border-radius: 4px;
}

/* Shared text */
.hf-title { font-size: 15px; font-weight: 600; line-height: 1.3; margin-bottom: 4px; }
.hf-lead { color: var(--hf-muted); margin-bottom: 12px; }
.hf-empty { color: var(--hf-muted); font-style: italic; }
.hf-loading { color: var(--hf-muted); }
.hf-meta { color: var(--hf-muted); font-size: 12px; }
.hf-prewrap { white-space: pre-wrap; }

/* Deal head */
.hf-deal-head { margin-bottom: 10px; }
.hf-deal-name { font-size: 16px; font-weight: 650; line-height: 1.3; }
.hf-deal-sub {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 6px 8px;
  margin-top: 4px;
}
.hf-account { color: var(--hf-fg); font-weight: 500; }
.hf-via { margin-top: 4px; color: var(--hf-muted); font-size: 12px; }

.hf-pill {
  display: inline-block;
  padding: 1px 8px;
  font-size: 11px;
  font-weight: 600;
  line-height: 18px;
  color: var(--hf-ok);
  background: var(--hf-ok-bg);
  border: 1px solid var(--hf-ok-line);
  border-radius: 999px;
  white-space: nowrap;
}
.hf-pill[data-level="none"] { color: var(--hf-muted); background: var(--hf-surface); border-color: var(--hf-border); }
.hf-pill[data-level="danger"] { color: #ffffff; background: var(--hf-danger-solid); border-color: var(--hf-danger-solid); }
.hf-pill strong { font-weight: 700; }
.hf-pill-sub { font-weight: 500; opacity: 0.92; }

/* Alerts */
.hf-alerts { display: grid; gap: 6px; margin-bottom: 12px; }
.hf-alert {
  padding: 6px 8px;
  font-size: 12.5px;
  border-left: 3px solid var(--hf-info-line);
  border-radius: 4px;
  color: var(--hf-fg);
  background: var(--hf-info-bg);
}
.hf-alert[data-level="danger"] { background: var(--hf-danger-bg); border-left-color: var(--hf-danger-line); }
.hf-alert[data-level="warning"] { background: var(--hf-warning-bg); border-left-color: var(--hf-warning-line); }

/* Sections */
.hf-section { padding-top: 10px; margin-top: 10px; border-top: 1px solid var(--hf-border); }
.hf-section-title {
  margin-bottom: 6px;
  font-size: 11px;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--hf-muted);
}

.hf-facts { display: grid; gap: 4px; }
.hf-facts > div { display: grid; grid-template-columns: 92px 1fr; gap: 8px; }
.hf-facts dt { color: var(--hf-muted); }
.hf-facts dd { margin: 0; min-width: 0; }

.hf-list { display: grid; gap: 6px; }
.hf-item {
  padding: 6px 8px;
  background: var(--hf-surface);
  border: 1px solid var(--hf-border);
  border-left: 3px solid var(--hf-border);
  border-radius: 4px;
}
.hf-item[data-level="ok"] { border-left-color: var(--hf-ok-line); }
.hf-item[data-level="warning"] { border-left-color: var(--hf-warning-line); }
.hf-item[data-level="danger"] { border-left-color: var(--hf-danger-line); background: var(--hf-danger-bg); }
.hf-item-text { font-weight: 500; }
.hf-item .hf-meta { margin-top: 2px; }

.hf-tag {
  display: inline-block;
  margin-left: 6px;
  padding: 0 6px;
  font-size: 11px;
  font-weight: 600;
  line-height: 16px;
  border-radius: 4px;
  color: var(--hf-muted);
  background: var(--hf-bg);
  border: 1px solid var(--hf-border);
  vertical-align: 1px;
}
.hf-meta > .hf-tag:first-child { margin-left: 0; }
.hf-tag[data-level="danger"] { color: var(--hf-danger); border-color: var(--hf-danger-line); background: var(--hf-danger-bg); }
.hf-tag[data-level="warning"] { color: var(--hf-warning); border-color: var(--hf-warning-line); background: var(--hf-warning-bg); }
.hf-tag[data-level="ok"] { color: var(--hf-ok); border-color: var(--hf-ok-line); background: var(--hf-ok-bg); }

.hf-person[data-status="left"] .hf-item-text, .hf-person[data-status="left"] .hf-meta { color: var(--hf-muted); }
.hf-left-name { text-decoration: line-through; }
.hf-email { overflow-wrap: anywhere; }
.hf-notes { color: var(--hf-fg); }

/* Forms and buttons */
.hf-link-form { display: grid; gap: 6px; margin-bottom: 12px; }
.hf-label { font-size: 12px; font-weight: 600; color: var(--hf-muted); }
.hf-input {
  width: 100%;
  min-height: 30px;
  padding: 4px 8px;
  font: inherit;
  color: var(--hf-fg);
  background: var(--hf-bg);
  border: 1px solid var(--hf-border);
  border-radius: 6px;
}
.hf-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.hf-linked > .hf-actions { margin-top: 14px; padding-top: 12px; border-top: 1px solid var(--hf-border); }
.hf-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 30px;
  padding: 4px 12px;
  font: inherit;
  font-weight: 600;
  color: var(--hf-fg);
  background: var(--hf-surface);
  border: 1px solid var(--hf-border);
  border-radius: 6px;
  cursor: pointer;
}
.hf-button:hover { border-color: var(--hf-muted); }
.hf-button--primary { color: var(--hf-accent-fg); background: var(--hf-accent); border-color: var(--hf-accent); }
.hf-button--primary:hover { filter: brightness(1.08); border-color: var(--hf-accent); }
.hf-button:disabled { opacity: 0.5; cursor: not-allowed; filter: none; }

@media (prefers-reduced-motion: no-preference) {
  .hf-button, .hf-tab, .hf-icon-button { transition: background-color 120ms ease, border-color 120ms ease; }
}

@media (forced-colors: active) {
  .hf-pill, .hf-tag, .hf-alert, .hf-item, .hf-tab { border: 1px solid CanvasText; }
  .hf-dot { forced-color-adjust: none; }
}
`;
