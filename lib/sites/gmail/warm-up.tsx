import { render } from 'preact';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { RequestFlag } from '@/components/gmail-flag/RequestFlag';
import type { Deal } from '@/lib/model';

/**
 * Renders the sidebar and the flag once into a detached element while the
 * page is idle, so the first thread the PM opens does not pay for compiling
 * their code (measured: the first open's render took 65-146 ms in one task,
 * later ones under 10 ms). Detached: no style, layout or paint, and
 * nothing of it is ever shown or stored.
 */
const SHAPE: Deal = {
  id: 'warm-up',
  name: 'warm-up',
  account: '',
  stage: 'negotiation',
  signedOn: null,
  owner: { name: '', email: 'a@b.c' },
  value: { amount: 1, currency: 'USD' },
  billing: { model: 'milestone', paymentTermsDays: 30, notes: '' },
  specialTerms: [{ id: 't', text: 't', dueOn: '2026-01-01' }],
  deliverables: [{ id: 'd', name: 'd', promisedOn: '2026-01-01', promisedBy: 'a@b.c', pmConfirmed: false }],
  stakeholders: [{ name: 's', email: null, role: '', status: 'left' }],
  links: { domains: [], gmailThreads: [], jira: [], asana: [] },
  notes: 'n',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

export function warmUpWhenIdle(signal: AbortSignal): void {
  const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
  idle(() => {
    if (signal.aborted) return;
    const box = document.createElement('div');
    render(
      <Sidebar
        state={{ kind: 'linked', deal: SHAPE, via: 'domain', alsoMatched: [], today: '2026-01-01', defaultRemindDays: 14 }}
        collapsed={false}
        onToggleCollapsed={() => {}}
      >
        <RequestFlag label="pre-contract-work" evidence={[{ start: 0, end: 1, text: 'w', reason: 'r' }]} newestMessage="w" status="open" onLog={() => {}} onRedirect={() => {}} onDismiss={() => {}} />
      </Sidebar>,
      box,
    );
    render(null, box);
  });
}
