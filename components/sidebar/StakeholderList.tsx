import type { Stakeholder } from '@/lib/model';

/** The customer's people; those who left are struck through and marked "left". */
export function StakeholderList({ stakeholders }: { stakeholders: Stakeholder[] }) {
  if (!stakeholders.length) return <p class="hf-empty">No stakeholders listed.</p>;
  return (
    <ul class="hf-list">
      {stakeholders.map((s, i) => {
        const left = s.status === 'left';
        return (
          <li key={`${i}:${s.email ?? s.name}`} class="hf-item hf-person" data-handoff-field="stakeholder" data-status={s.status}>
            <p class="hf-item-text">
              {left ? <s class="hf-left-name">{s.name}</s> : s.name}
              {left && (
                <span class="hf-tag" data-level="none">
                  left
                </span>
              )}
            </p>
            {(s.role.trim() || s.email) && (
              <p class="hf-meta">
                {s.role.trim()}
                {s.role.trim() && s.email ? ' · ' : ''}
                {s.email && <span class="hf-email">{s.email}</span>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
