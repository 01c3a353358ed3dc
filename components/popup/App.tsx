import { useLive } from '@/components/kit/useLive';
import { send } from '@/lib/messaging/client';
import type { PageDescription } from '@/lib/messaging/page-describe';
import type { RequestStatus, SalesRequest } from '@/lib/model';
import { describeActiveTab } from '@/lib/popup/describe-tab';
import { randomId, type NewId } from '@/lib/popup/draft';
import { logRequest } from '@/lib/popup/log';
import { loadRecent } from '@/lib/popup/recent';
import { BadgeExplanation } from './BadgeExplanation';
import { OpenCount } from './OpenCount';
import { QuickLogForm } from './QuickLogForm';
import { RecentRequests } from './RecentRequests';

export interface AppProps {
  /** The active tab's description (tests pass their own). */
  describe?: () => Promise<PageDescription | null>;
  save?: (request: SalesRequest) => Promise<SalesRequest>;
  setStatus?: (id: string, status: RequestStatus) => Promise<unknown>;
  openOptions?: () => void;
  now?: () => Date;
  newId?: NewId;
}

const defaults = {
  describe: () => describeActiveTab(),
  save: (request: SalesRequest) => logRequest(request),
  setStatus: (id: string, status: RequestStatus) => send('requests.setStatus', { id, status }),
  // The options page's requests view (openOptionsPage cannot take a hash).
  openOptions: () => void send('ui.openOptions', { view: 'requests' }),
  now: () => new Date(),
};

/** The toolbar popup: the open count, the quick-log form and the recent requests. */
export function App(props: AppProps) {
  const describe = props.describe ?? defaults.describe;
  const save = props.save ?? defaults.save;
  const setStatus = props.setStatus ?? defaults.setStatus;
  const openOptions = props.openOptions ?? defaults.openOptions;
  const now = props.now ?? defaults.now;
  const newId = props.newId ?? randomId;

  const recent = useLive(() => loadRecent((q) => send('requests.list', q)), ['requests']);
  const deals = useLive(() => send('deals.list', {}), ['deals']);
  const people = useLive(() => send('people.list', {}), ['people']);

  return (
    <div class="popup">
      <header class="popup-header">
        <span class="brand-mark" aria-hidden="true">
          H
        </span>
        <h1>Handoff</h1>
        <OpenCount count={recent.data?.openCount} />
      </header>
      <BadgeExplanation />
      <QuickLogForm
        describe={describe}
        save={save}
        deals={deals.data}
        people={people.data}
        recent={recent.data?.requests}
        now={now}
        newId={newId}
      />
      <RecentRequests
        recent={recent}
        deals={deals.data}
        now={now()}
        setStatus={setStatus}
        onOpenAll={openOptions}
        allHref="/options.html#requests"
      />
    </div>
  );
}
