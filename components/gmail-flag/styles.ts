/**
 * The request flag's CSS, appended to the sidebar's (`SIDEBAR_CSS`): it only
 * uses the sidebar's `--hf-*` color variables, so it follows the light and
 * dark themes, and reuses `.hf-button` and `.hf-sr`. Compact for the 320px
 * panel.
 */
export const FLAG_CSS = /* css */ `
.hf-flag {
  --hf-flag-line: var(--hf-info-line);
  --hf-flag-bg: var(--hf-info-bg);
  --hf-flag-fg: var(--hf-info);
  padding: 8px 10px 10px;
  color: var(--hf-fg);
  background: var(--hf-flag-bg);
  border: 1px solid var(--hf-border);
  border-left: 4px solid var(--hf-flag-line);
  border-radius: 6px;
}
.hf-flag[data-level="danger"] {
  --hf-flag-line: var(--hf-danger-line);
  --hf-flag-bg: var(--hf-danger-bg);
  --hf-flag-fg: var(--hf-danger);
}
.hf-flag[data-level="warning"] {
  --hf-flag-line: var(--hf-warning-line);
  --hf-flag-bg: var(--hf-warning-bg);
  --hf-flag-fg: var(--hf-warning);
}
.hf-flag:focus { outline: none; }
.hf-flag:focus-visible { outline: 2px solid var(--hf-focus); outline-offset: 2px; }

.hf-flag-title {
  display: flex;
  align-items: flex-start;
  gap: 6px;
  margin: 0 0 4px;
  font-size: 13.5px;
  font-weight: 650;
  line-height: 1.3;
  color: var(--hf-fg);
}
.hf-flag-icon {
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 16px;
  height: 16px;
  margin-top: 1px;
  font-size: 11px;
  font-weight: 800;
  font-style: normal;
  line-height: 1;
  color: var(--hf-bg);
  background: var(--hf-flag-line);
  border-radius: 50%;
}
.hf-flag[data-level="info"] .hf-flag-icon { font-family: Georgia, "Times New Roman", serif; font-style: italic; }
.hf-flag-explanation { margin: 0 0 8px; font-size: 12.5px; color: var(--hf-fg); }

.hf-flag-evidence { display: grid; gap: 4px; margin: 0 0 8px; }
.hf-flag-evidence-title {
  margin: 0;
  font-size: 11px;
  font-weight: 700;
  letter-spacing: 0.06em;
  text-transform: uppercase;
  color: var(--hf-muted);
}
.hf-flag-excerpt {
  margin: 0;
  padding: 5px 8px;
  font-size: 12.5px;
  line-height: 1.5;
  color: var(--hf-fg);
  background: var(--hf-bg);
  border: 1px solid var(--hf-border);
  border-radius: 4px;
  white-space: normal;
  overflow-wrap: anywhere;
  unicode-bidi: isolate;
  direction: ltr;
}
.hf-flag-excerpt mark {
  padding: 0 1px;
  color: inherit;
  font-weight: 600;
  background: var(--hf-flag-bg);
  box-shadow: inset 0 -2px 0 var(--hf-flag-line);
  border-radius: 2px;
  unicode-bidi: isolate;
  cursor: help;
}

.hf-flag-actions { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.hf-flag .hf-button { min-height: 28px; padding: 3px 10px; font-size: 12.5px; }
.hf-flag .hf-flag-quiet { color: var(--hf-muted); background: transparent; }
.hf-flag .hf-flag-quiet:hover { color: var(--hf-fg); }
.hf-flag[aria-busy="true"] .hf-button { cursor: progress; }
.hf-flag-logged {
  display: inline-flex;
  align-items: center;
  gap: 4px;
  min-height: 28px;
  padding: 3px 10px;
  font-size: 12.5px;
  font-weight: 600;
  color: var(--hf-ok);
  background: var(--hf-ok-bg);
  border: 1px solid var(--hf-ok-line);
  border-radius: 6px;
}

.hf-flag-notice { margin: 6px 0 0; font-size: 12px; color: var(--hf-muted); }
.hf-flag-notice:empty { display: none; }

/* Dismissed: one quiet line. */
.hf-flag[data-status="dismissed"] {
  padding: 5px 10px;
  background: var(--hf-surface);
  border-left-color: var(--hf-border);
}
.hf-flag-dismissed { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.hf-flag-dismissed-text { color: var(--hf-muted); font-size: 12.5px; }
.hf-flag-link {
  padding: 2px 4px;
  font: inherit;
  font-size: 12.5px;
  font-weight: 600;
  color: var(--hf-accent);
  background: transparent;
  border: 0;
  border-radius: 4px;
  text-decoration: underline;
  cursor: pointer;
}
.hf-flag-link:disabled { opacity: 0.5; cursor: not-allowed; }

@media (forced-colors: active) {
  .hf-flag { border: 1px solid CanvasText; border-left-width: 4px; }
  .hf-flag-icon { forced-color-adjust: none; color: Canvas; background: CanvasText; }
  .hf-flag-excerpt mark { forced-color-adjust: none; color: HighlightText; background: Highlight; box-shadow: none; }
  .hf-flag-logged { border: 1px solid CanvasText; }
}
`;
