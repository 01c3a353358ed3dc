/**
 * The badge's own CSS, in its shadow root: the host page's CSS can neither
 * restyle nor hide it. Colors follow the sidebar's palette (light; the page's
 * dark theme gets the dark set through `data-theme`).
 */
export const BADGE_CSS = `
:host { all: initial; display: inline-flex; position: relative; vertical-align: middle; margin: 0 0 0 6px;
  font: 600 11px/16px -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif; cursor: pointer; outline: none;
  --fg: #175cd3; --bg: #eff8ff; --line: #2e90fa; }
:host([data-place="title"]) { margin: 0 0 12px 0; }
:host([data-level="warning"]) { --fg: #8a3c00; --bg: #fffaeb; --line: #f79009; }
:host([data-level="danger"]) { --fg: #b42318; --bg: #fef3f2; --line: #f04438; }
:host([data-theme="dark"]) { --fg: #84caff; --bg: #102a56; --line: #2e90fa; }
:host([data-theme="dark"][data-level="warning"]) { --fg: #fec84b; --bg: #4e1d09; --line: #f79009; }
:host([data-theme="dark"][data-level="danger"]) { --fg: #fda29b; --bg: #55160c; --line: #f04438; }
.label { display: inline-block; padding: 0 6px; border: 1px solid var(--line); border-radius: 3px; color: var(--fg); background: var(--bg); white-space: nowrap; }
:host(:focus-visible) .label { box-shadow: 0 0 0 2px var(--line); }
.tip { display: none; position: absolute; top: calc(100% + 4px); left: 0; z-index: 2147483647; width: max-content; max-width: 280px;
  padding: 6px 8px; border-radius: 4px; background: #1f2328; color: #fff; font-weight: 400; font-size: 12px; line-height: 16px;
  white-space: normal; text-align: left; box-shadow: 0 4px 12px rgba(0, 0, 0, 0.25); pointer-events: none; }
:host(:hover) .tip, :host(:focus) .tip { display: block; }
`;
