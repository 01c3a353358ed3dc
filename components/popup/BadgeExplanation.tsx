import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

type TitleApi = { getTitle(details: object): Promise<string>; getBadgeText(details: object): Promise<string> };

/**
 * What the number on the toolbar button counts: the worker keeps it in the
 * button's tooltip ("Handoff: 1 open request, 1 term due soon"), so the
 * popup shows that sentence whenever the badge shows a number.
 */
export function BadgeExplanation() {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const api = ((browser as unknown as { action?: TitleApi }).action ?? (browser as unknown as { browserAction?: TitleApi }).browserAction) as TitleApi | undefined;
    if (!api) return;
    void Promise.all([api.getBadgeText({}), api.getTitle({})])
      .then(([badge, title]) => setText(badge ? `${badge} on the button: ${title.replace(/^Handoff:\s*/, '')}` : null))
      .catch(() => setText(null));
  }, []);
  return text ? (
    <p class="badge-explain muted small" data-handoff-popup="badge-explain">
      {text}
    </p>
  ) : null;
}
