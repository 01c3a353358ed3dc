import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { DEFAULT_REMIND_DAYS, emptyDeal, type Deal } from '@/lib/model';
import { dealView, parseOptionsView, type OptionsView } from '@/lib/options/routes';
import { DealEditor } from './DealEditor';
import { DealList } from './DealList';
import { ErrorBanner } from '../ErrorBanner';
import { useLive } from '../../kit/useLive';

interface Editing {
  /** Remounts the editor for each deal opened. */
  session: number;
  deal: Deal;
  isNew: boolean;
}

let sessions = 0;

/** The hash this page set itself (some engines fire hashchange for it). */
let ownHash = '';

/** Shows `view` in the address bar without a navigation (reload reopens it). */
function replaceHash(view: string): void {
  ownHash = `#${view}`;
  history.replaceState(history.state, '', ownHash);
}

/**
 * The deals section: the list, or the editor of one deal. The location hash
 * opens a view (lib/options/routes.ts): `#deals/ID` a deal,
 * `#new-deal?account=…&domains=…` a prefilled new deal.
 */
export function DealsView() {
  const deals = useLive(() => send('deals.list', {}), ['deals']);
  const people = useLive(() => send('people.list', {}), ['people']);
  const settings = useLive(() => send('settings.get', {}), ['settings']);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pending, setPending] = useState<OptionsView | null>(() => parseOptionsView(location.hash));
  const [missing, setMissing] = useState<string | null>(null);
  const editorDirty = useRef(false);

  const open = useCallback(
    (deal: Deal, isNew: boolean) => {
      if (editing && editorDirty.current && !confirm('Discard your unsaved changes to the deal you are editing?')) return;
      editorDirty.current = false;
      setMissing(null);
      setEditing({ session: ++sessions, deal, isNew });
      if (!isNew) replaceHash(dealView(deal.id));
      document.getElementById('deals')?.scrollIntoView({ block: 'start' });
    },
    [editing],
  );

  useEffect(() => {
    const onHash = () => {
      if (location.hash !== ownHash) setPending(parseOptionsView(location.hash));
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!pending || pending.kind === 'other') return;
    if (pending.kind === 'new-deal') {
      setPending(null);
      open({ ...emptyDeal('', new Date()), account: pending.account, links: pending.links }, true);
      return;
    }
    if (!deals.data) return;
    setPending(null);
    const deal = deals.data.find((d) => d.id === pending.id);
    if (deal && editing && !editing.isNew && editing.deal.id === deal.id) return; // already open
    if (deal) open(deal, false);
    else setMissing(pending.id);
  }, [pending, deals.data, editing, open]);

  return (
    <section id="deals" class="section" aria-labelledby="deals-title">
      <h1 id="deals-title">Deals</h1>
      <ErrorBanner error={deals.error} title="Could not load the deals" />
      {missing !== null ? (
        <div class="banner banner--warn" role="status">
          There is no deal with id “{missing}”. It may have been deleted.
        </div>
      ) : null}
      {editing ? (
        <DealEditor
          key={editing.session}
          initial={editing.deal}
          isNew={editing.isNew}
          deals={deals.data}
          people={people.data ?? []}
          defaultRemindDays={settings.data?.defaultRemindDays ?? DEFAULT_REMIND_DAYS}
          onDirty={(dirty) => (editorDirty.current = dirty)}
          onSaved={(deal) => replaceHash(dealView(deal.id))}
          onClose={() => {
            editorDirty.current = false;
            setEditing(null);
            replaceHash('deals');
          }}
        />
      ) : deals.data ? (
        <DealList
          deals={deals.data}
          filter={filter}
          onFilter={setFilter}
          onOpen={(d) => open(d, false)}
          onNew={() => open(emptyDeal('', new Date()), true)}
        />
      ) : deals.error ? null : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
