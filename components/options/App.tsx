import { useEffect, useState } from 'preact/hooks';
import { CrmView } from './crm/CrmView';
import { DataView } from './data/DataView';
import { DealsView } from './deals/DealsView';
import { DiagnosticsView } from './diagnostics/DiagnosticsView';
import { PeopleView } from './people/PeopleView';
import { RequestsView } from './requests/RequestsView';
import { SettingsView } from './settings/SettingsView';
import { WeeklySyncView } from './weekly-sync/WeeklySyncView';

const SECTIONS = [
  { id: 'deals', label: 'Deals' },
  { id: 'requests', label: 'Requests' },
  { id: 'weekly-sync', label: 'Weekly sync' },
  { id: 'people', label: 'People' },
  { id: 'crm', label: 'CRM' },
  { id: 'settings', label: 'Settings' },
  { id: 'data', label: 'Data' },
  { id: 'diagnostics', label: 'Diagnostics' },
] as const;

/** Which section is on screen, for the nav highlight. */
function useCurrentSection(): string {
  const [current, setCurrent] = useState<string>(SECTIONS[0].id);
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const visible = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) visible.set(e.target.id, e.isIntersecting);
        const first = SECTIONS.find((s) => visible.get(s.id));
        if (first) setCurrent(first.id);
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    for (const s of SECTIONS) {
      const el = document.getElementById(s.id);
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, []);
  return current;
}

/**
 * The options page: every section on one page with a left nav, so the test
 * hooks (import, export) are always in the DOM (test/e2e/UI-CONTRACT.md).
 */
export function App() {
  const current = useCurrentSection();
  return (
    <div class="layout">
      <nav class="sidenav" aria-label="Sections">
        <div class="brand">
          <span class="brand-mark" aria-hidden="true">
            H
          </span>{' '}
          Handoff
        </div>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} aria-current={current === s.id ? 'true' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main class="content">
        <DealsView />
        <RequestsView />
        <WeeklySyncView />
        <PeopleView />
        <CrmView />
        <SettingsView />
        <DataView />
        <DiagnosticsView />
      </main>
    </div>
  );
}
