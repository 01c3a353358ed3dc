import { browser } from 'wxt/browser';
import type { BadgeSeverity, BadgeSummary } from '@/lib/background/reminders';

/** The badge's background per severity, as colour strings (the browser API takes no CSS). */
export type BadgeColors = Record<Exclude<BadgeSeverity, 'none'>, string>;

type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle'>;

/** `action` in MV3 (Chrome), `browserAction` in the MV2 Firefox build. */
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

function defaultTitle(): string | undefined {
  try {
    const m = browser.runtime.getManifest() as { action?: { default_title?: string }; browser_action?: { default_title?: string } };
    return (m.action ?? m.browser_action)?.default_title;
  } catch {
    return undefined;
  }
}

/**
 * Shows a badge summary on the toolbar button: the count, its colour (red
 * or amber by the worst severity) and a tooltip that says what the number
 * counts ("Handoff: 2 open requests, 1 term due soon").
 */
export async function showActionBadge(summary: BadgeSummary, colors: BadgeColors): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const color = summary.severity === 'none' ? colors.amber : colors[summary.severity];
  // Nothing to count: the manifest's own tooltip (what clicking does) comes back.
  const title = summary.count === 0 ? defaultTitle() ?? summary.title : summary.title;
  await Promise.all([
    action.setBadgeText({ text: summary.text }),
    action.setBadgeBackgroundColor({ color }),
    action.setTitle({ title }),
  ]);
}
