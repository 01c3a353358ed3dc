import { originWords, removedWords, type DealCrmOrigin as Origin } from '@/lib/options/crm-origin';

/**
 * The deal editor's note on a synced deal: which CRM record it is, and,
 * once the CRM archived or deleted it, that it is no longer synced (the
 * PM's notes stay).
 */
export function DealCrmOrigin({ origin }: { origin: Origin }) {
  const removed = removedWords(origin);
  return (
    <p
      class={removed ? 'crm-origin crm-origin--removed' : 'crm-origin muted'}
      data-handoff="crm-origin"
      data-crm={origin.source}
      data-removed={origin.removed ?? undefined}
    >
      {originWords(origin)}.
      {removed ? <strong class="crm-origin-removed"> {removed}</strong> : ' CRM fields are replaced on each sync; your links, decisions and notes are kept.'}
    </p>
  );
}
