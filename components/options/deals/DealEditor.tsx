import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
// A deal may hold megabytes of notes: by the worker's port (lib/messaging/worker-port.ts).
import { bigMessages } from '@/lib/messaging/worker-port';
import { HandoffError } from '@/lib/messaging/errors';
import type { Deal, Person } from '@/lib/model';
import { checkDealDraft, dealToDraft, isDealDraftDirty, type DealDraft } from '@/lib/options/deal-draft';
import { hasErrors, mergeErrors, NO_ERRORS, problemsToFieldErrors, type FieldErrors } from '@/lib/forms/field-errors';
import { labelForPath } from '@/lib/options/path-labels';
import { rebaseDraft } from '@/lib/options/deal-rebase';
import { slugify, uniqueSlug } from '@/lib/options/slug';
import { DealBasicsFields } from './editor/DealBasicsFields';
import { DeliverablesEditor } from './editor/DeliverablesEditor';
import { LinksEditor } from './editor/LinksEditor';
import { SpecialTermsEditor } from './editor/SpecialTermsEditor';
import { StakeholdersEditor } from './editor/StakeholdersEditor';
import { ErrorBanner } from '../ErrorBanner';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { StageBadge } from './StageBadge';
import { EditorNotices } from './editor/EditorNotices';
import { dealCrmOrigin } from '@/lib/options/crm-origin';
import { deliverableRefId } from '@/lib/options/crm-writeback';
import { DealCrmOrigin } from '../crm/DealCrmOrigin';
import { useOutbox } from '../crm/useOutbox';

export interface DealEditorProps {
  /** The deal as stored when the editor opened (or a blank one). */
  initial: Deal;
  isNew: boolean;
  /** This deal as stored now, live (another tab may change it): null once deleted, undefined while unknown. */
  remote?: Deal | null;
  /** The ids a new deal may not take; undefined while loading. */
  takenIds?: ReadonlySet<string>;
  people: readonly Person[];
  defaultRemindDays: number;
  onClose: () => void;
  /** Told whether the form holds unsaved edits. */
  onDirty?: (dirty: boolean) => void;
  onSaved?: (deal: Deal) => void;
}

const KNOWN_FIELDS = new Set([
  'id', 'name', 'account', 'stage', 'signedOn', 'owner', 'value', 'billing', 'specialTerms',
  'deliverables', 'stakeholders', 'links', 'notes', 'updatedAt', 'crm',
]);

const isNewer = (a: string, b: string) => Date.parse(a) > Date.parse(b);

export function DealEditor({ initial, isNew: startsNew, remote: stored, takenIds: taken, people, defaultRemindDays, onClose, onDirty, onSaved }: DealEditorProps) {
  const [base, setBase] = useState(initial);
  const [isNew, setIsNew] = useState(startsNew);
  const [draft, setDraft] = useState<DealDraft>(() => dealToDraft(initial));
  const [idTouched, setIdTouched] = useState(!startsNew);
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<'saving' | 'deleting' | null>(null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  const takenIds = useMemo(() => taken ?? new Set<string>(), [taken]);
  const check = useMemo(() => checkDealDraft(draft, base, { isNew, takenIds }), [draft, base, isNew, takenIds]);
  const errors = useMemo(() => mergeErrors(check.errors, serverErrors), [check, serverErrors]);
  /** Unsaved edits (for a new deal: anything typed beyond the blank or prefilled form). */
  const dirty = isDealDraftDirty(draft, base);
  const remote = isNew || stored === undefined || (stored && stored.id !== base.id) ? undefined : stored;
  // A synced deal (the loose `crm` field): where it came from, and each deliverable decision's write back to it.
  const origin = useMemo(() => (isNew ? null : dealCrmOrigin(base)), [isNew, base]);
  const outbox = useOutbox(useMemo(() => (origin ? base.deliverables.map((d) => deliverableRefId(base.id, d.id)) : []), [origin, base]));

  // Another tab or the import changed this deal: take the new version when
  // nothing here is unsaved; otherwise keep the draft and say so.
  const changedElsewhere = !busy && !!remote && isNewer(remote.updatedAt, base.updatedAt);
  useEffect(() => {
    if (changedElsewhere && remote && !dirty) {
      setBase(remote);
      setDraft(dealToDraft(remote));
    }
  }, [changedElsewhere, remote, dirty]);

  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [dirty]);

  const edit = (patch: Partial<DealDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors(NO_ERRORS);
    setSavedAt(null);
  };
  const onName = (name: string) =>
    edit(isNew && !idTouched ? { name, id: uniqueSlug(slugify(name), takenIds) } : { name });
  // The taken ids arrive after the form opened: a suggested id typed before then is suggested again.
  useEffect(() => {
    if (isNew && !idTouched && draft.name) setDraft((d) => ({ ...d, id: uniqueSlug(slugify(d.name), takenIds) }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the taken ids change
  }, [takenIds]);
  const onId = (id: string) => {
    setIdTouched(id !== '');
    edit({ id });
  };

  const save = async () => {
    if (!check.deal || busy) return;
    setBusy('saving');
    setFailure(null);
    try {
      const saved = await send('deals.save', { deal: check.deal, create: isNew }, bigMessages);
      setBase(saved);
      setDraft(dealToDraft(saved));
      setIsNew(false);
      setIdTouched(true);
      setServerErrors(NO_ERRORS);
      setSavedAt(new Date().toLocaleTimeString());
      onSaved?.(saved);
    } catch (e) {
      if (e instanceof HandoffError && e.problems.length) setServerErrors(problemsToFieldErrors(e.problems));
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };

  const remove = async () => {
    setBusy('deleting');
    setFailure(null);
    try {
      await send('deals.delete', { id: base.id });
      onClose();
    } catch (e) {
      setFailure(e);
      setBusy(null);
    }
  };

  const close = () => {
    if (dirty && !confirm(isNew ? 'Discard this new deal?' : 'Discard your unsaved changes to this deal?')) return;
    onClose();
  };

  const discardForRemote = () => {
    if (!remote) return;
    setBase(remote);
    setDraft(dealToDraft(remote));
    setServerErrors(NO_ERRORS);
  };

  // After a refused save: the same edits, on the version that refused them.
  const keepMineOnRemote = () => {
    if (!remote) return;
    setDraft(rebaseDraft(draft, base, remote));
    setBase(remote);
    setFailure(null);
  };

  const invalid = hasErrors(errors);
  const problems = Object.entries(errors).flatMap(([path, msgs]) => (msgs ?? []).map((m) => `${labelForPath(path)}: ${m}`));
  const unknownFields = Object.keys(base).filter((k) => !KNOWN_FIELDS.has(k));
  const emailListId = 'handoff-known-emails';

  return (
    <form
      class="deal-editor"
      data-handoff-options="deal-editor"
      data-deal-id={isNew ? undefined : base.id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <div class="editor-head">
        <button type="button" class="btn btn--ghost" onClick={close}>
          ← All deals
        </button>
        <h2>{isNew ? 'New deal' : base.name || base.id}</h2>
        {!isNew ? <StageBadge stage={base.stage} /> : null}
        {!isNew ? <span class="muted small">Last saved {new Date(base.updatedAt).toLocaleString()}</span> : null}
      </div>

      {origin ? <DealCrmOrigin origin={origin} /> : null}
      <EditorNotices
        changedElsewhere={changedElsewhere && dirty}
        deletedElsewhere={!busy && remote === null}
        remoteUpdatedAt={remote?.updatedAt ?? null}
        onLoadRemote={discardForRemote}
        onKeepMine={keepMineOnRemote}
        onRecreate={() => setIsNew(true)}
      />

      <datalist id={emailListId}>
        {people.map((p) => (
          <option key={p.email} value={p.email}>
            {p.name ? `${p.name} (${p.role})` : p.role}
          </option>
        ))}
      </datalist>

      <DealBasicsFields draft={draft} errors={errors} isNew={isNew} emailList={emailListId} onChange={edit} onName={onName} onId={onId} />
      <SpecialTermsEditor
        terms={draft.specialTerms}
        errors={errors}
        defaultRemindDays={defaultRemindDays}
        crmSource={origin?.source ?? null}
        onChange={(specialTerms) => edit({ specialTerms })}
      />
      <DeliverablesEditor
        deliverables={draft.deliverables}
        errors={errors}
        emailList={emailListId}
        onChange={(deliverables) => edit({ deliverables })}
        crm={origin ? { dealId: base.id, source: origin.source, writeBack: outbox.byRef, onRetried: outbox.update } : undefined}
      />
      <StakeholdersEditor stakeholders={draft.stakeholders} errors={errors} onChange={(stakeholders) => edit({ stakeholders })} />
      <LinksEditor draft={draft} errors={errors} onChange={edit} />
      <fieldset class="group">
        <legend>Notes</legend>
        <TextAreaField label="Notes" field="notes" value={draft.notes} rows={4} errors={errors.notes ?? []} onValue={(notes) => edit({ notes })} />
      </fieldset>
      {unknownFields.length ? (
        <p class="muted small">
          Also kept as they are: {unknownFields.join(', ')} (fields this version of Handoff does not edit).
        </p>
      ) : null}

      <div class="editor-foot">
        <ErrorBanner error={failure} title="Not saved" onDismiss={() => setFailure(null)} />
        {invalid ? (
          <div class="problems" data-handoff-options="deal-problems">
            <strong>
              {problems.length} problem{problems.length === 1 ? '' : 's'} to fix before saving:
            </strong>
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div class="actions">
          <button type="submit" class="btn btn--primary" disabled={invalid || !!busy || (!isNew && !dirty)} data-handoff-options="save-deal">
            {busy === 'saving' ? 'Saving…' : isNew ? 'Create deal' : 'Save'}
          </button>
          <button type="button" class="btn" onClick={close}>
            {dirty ? 'Cancel' : 'Close'}
          </button>
          {savedAt && !dirty && !isNew ? (
            <span class="status status--ok" role="status">
              Saved at {savedAt}
            </span>
          ) : null}
          {!dirty && !isNew && !savedAt ? <span class="muted small">No changes</span> : null}
          <span class="spacer" />
          {!isNew && !confirmDelete ? (
            <button type="button" class="btn btn--danger-outline" onClick={() => setConfirmDelete(true)}>
              Delete deal
            </button>
          ) : null}
          {!isNew && confirmDelete ? (
            <span class="confirm" role="group" aria-label="Confirm deletion">
              Delete “{base.name}” for good?{' '}
              <button type="button" class="btn btn--danger" disabled={!!busy} onClick={() => void remove()} data-handoff-options="confirm-delete-deal">
                {busy === 'deleting' ? 'Deleting…' : 'Yes, delete'}
              </button>{' '}
              <button type="button" class="btn" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </span>
          ) : null}
        </div>
      </div>
    </form>
  );
}
