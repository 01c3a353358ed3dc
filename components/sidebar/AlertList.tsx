import type { AlertLevel } from '@/lib/deal';

export interface AlertItem {
  level: AlertLevel;
  text: string;
}

const LEVEL_WORD: Record<AlertLevel, string> = { danger: 'Risk', warning: 'Attention', info: 'Note' };

/** The deal's alerts, worst first, each one sentence. */
export function AlertList({ alerts }: { alerts: AlertItem[] }) {
  if (!alerts.length) return null;
  return (
    <ul class="hf-alerts" aria-label="Alerts">
      {alerts.map((a, i) => (
        <li key={i} class="hf-alert" data-handoff-field="alert" data-level={a.level}>
          <span class="hf-sr">{LEVEL_WORD[a.level]}: </span>
          {a.text}
        </li>
      ))}
    </ul>
  );
}
