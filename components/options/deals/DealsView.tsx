import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
// A deal may hold megabytes of notes: by the worker's port (lib/messaging/worker-port.ts).
import { bigMessages } from '@/lib/messaging/worker-port';
import { DEFAULT_REMIND_DAYS, emptyDeal, type Deal } from '@/lib/model';
import { dealView, parseOptionsView, type OptionsView } from '@/lib/options/routes';
import { markFirstScreenShown, takeEarly } from '@/lib/options/first-screen';
import type { DealPage } from '@/lib/store/deal-rows';
import { DealEditor } from './DealEditor';
import { DEAL_ROWS_SHOWN, DealList, FIRST_SCREEN_ROWS, MAX_DEAL_ROWS } from './DealList';
import { ErrorBanner } from '../ErrorBanner';
import { useLive, useReloadOnChange } from '../../kit/useLive';

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
  const [filter, setFilter] = useState('');
  // Rows shown: a page more each "Show more"; back to one page when the filter changes.
  const [limit, setLimit] = useState(FIRST_SCREEN_ROWS);
  // A page of rows, sorted and filtered in the worker (issue 18): the page never holds every deal.
  // The first load takes the answer asked for as the page started (lib/options/first-screen.ts).
  const list = useLive(() => (filter === '' && limit === FIRST_SCREEN_ROWS ? takeEarly<DealPage>() : null) ?? send('deals.page', { filter, limit }), ['deals']);
  const people = useLive(() => send('people.list', {}), ['people']);
  const settings = useLive(() => send('settings.get', {}), ['settings']);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [pending, setPending] = useState<OptionsView | null>(() => parseOptionsView(location.hash));
  const [missing, setMissing] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const editorDirty = useRef(false);
  const editedId = editing && !editing.isNew ? editing.deal.id : null;
  // The open deal as stored now (another tab may change it), and the ids a new deal must not take.
  const stored = useLive(() => (editedId === null ? Promise.resolve(undefined) : send('deals.get', { id: editedId }, bigMessages)), ['deals']);
  const taken = useLive(() => (editing?.isNew ? send('deals.ids', {}).then((ids) => new Set(ids)) : Promise.resolve(undefined)), ['deals']);
  useReloadOnChange(list.reload, `${limit}\u0000${filter}`);
  useEffect(() => {
    if (!list.data) return;
    markFirstScreenShown();
    // The first screenful is drawn: now the rest of the first page.
    setLimit((n) => Math.max(n, DEAL_ROWS_SHOWN));
  }, [list.data]);
  useReloadOnChange(stored.reload, editedId);
  useReloadOnChange(taken.reload, editing?.isNew ?? false);

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

  /** Opens a stored deal by id (a row clicked, a `#deals/ID` link): read now, so it is the stored version. */
  const openById = useCallback(
    async (id: string) => {
      setFailure(null);
      try {
        const deal = await send('deals.get', { id }, bigMessages);
        if (deal) open(deal, false);
        else setMissing(id);
      } catch (e) {
        setFailure(e);
      }
    },
    [open],
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
    setPending(null);
    if (pending.kind === 'new-deal') {
      open({ ...emptyDeal('', new Date()), account: pending.account, links: pending.links }, true);
      return;
    }
    if (editing && !editing.isNew && editing.deal.id === pending.id) return; // already open
    void openById(pending.id);
  }, [pending, editing, open, openById]);

  return (
    <section id="deals" class="section" aria-labelledby="deals-title">
      <h1 id="deals-title">Deals</h1>
      <ErrorBanner error={list.error} title="Could not load the deals" />
      <ErrorBanner error={failure} title="Could not open the deal" onDismiss={() => setFailure(null)} />
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
          remote={editedId !== null && stored.data !== undefined ? stored.data : undefined}
          takenIds={taken.data}
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
      ) : list.data ? (
        <DealList
          page={list.data}
          filter={filter}
          onFilter={(f) => {
            setFilter(f);
            setLimit(DEAL_ROWS_SHOWN);
          }}
          onMore={() => setLimit((n) => Math.min(n + DEAL_ROWS_SHOWN, MAX_DEAL_ROWS))}
          firstScreen={limit === FIRST_SCREEN_ROWS}
          onOpen={(row) => void openById(row.id)}
          onNew={() => open(emptyDeal('', new Date()), true)}
        />
      ) : list.error ? null : (
        <p class="muted">Loading…</p>
      )}
    </section>
  );
}
