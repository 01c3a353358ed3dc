import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { HandoffError } from '@/lib/messaging/errors';
import type { Settings } from '@/lib/model';
import { mergeErrors, NO_ERRORS, problemsToFieldErrors, type FieldErrors } from '@/lib/forms/field-errors';
import { checkSettingsDraft, derivedDomain, expectedFor, isSettingsDirty, settingsToDraft, type SettingsDraft } from '@/lib/options/settings-draft';
import { ErrorBanner } from '../ErrorBanner';
import { JiraAllowedSitesPanel } from './JiraAllowedSitesPanel';
import { JiraHostsPanel } from './JiraSitesPanel';
import { bindFields } from '@/components/kit/fields/bindFields';
import { TextAreaField } from '@/components/kit/fields/TextAreaField';
import { TextField } from '@/components/kit/fields/TextField';
import { useLive } from '@/components/kit/useLive';

export function SettingsView() {
  const live = useLive(() => send('settings.get', {}), ['settings']);
  return (
    <section id="settings" class="section" aria-labelledby="settings-title">
      <h1 id="settings-title">Settings</h1>
      <ErrorBanner error={live.error} title="Could not load the settings" />
      {live.data ? <SettingsForm stored={live.data} /> : live.error ? null : <p class="muted">Loading…</p>}
      <JiraAllowedSitesPanel />
      <JiraHostsPanel />
    </section>
  );
}

function SettingsForm({ stored }: { stored: Settings }) {
  const [base, setBase] = useState(stored);
  const [draft, setDraft] = useState<SettingsDraft>(() => settingsToDraft(stored));
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const dirty = isSettingsDirty(draft, base);
  const changedElsewhere = isSettingsDirty(settingsToDraft(stored), base);
  // A new answer from the store (another tab saved, or our own save came
  // back): take it unless the user is mid-edit.
  const lastStored = useRef(stored);
  useEffect(() => {
    if (lastStored.current === stored) return;
    lastStored.current = stored;
    if (!dirty) {
      setBase(stored);
      setDraft(settingsToDraft(stored));
    } else if (!changedElsewhere) {
      setBase(stored);
    }
  }, [stored, dirty, changedElsewhere]);

  const check = checkSettingsDraft(draft, base);
  const errors = mergeErrors(check.errors, serverErrors);
  const edit = (patch: Partial<SettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors(NO_ERRORS);
    setSaved(false);
  };

  const save = async () => {
    if (!check.patch || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const next = await send('settings.save', { patch: check.patch, expected: expectedFor(check.patch, base) });
      setBase(next);
      setDraft(settingsToDraft(next));
      setSaved(true);
    } catch (e) {
      if (e instanceof HandoffError && e.problems.length) setServerErrors(problemsToFieldErrors(e.problems));
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };

  // Revert goes to what is stored now, which may be newer than the version the form loaded.
  const loadStored = () => {
    setBase(stored);
    setDraft(settingsToDraft(stored));
    setServerErrors(NO_ERRORS);
    setFailure(null);
  };

  const implied = derivedDomain(draft.ownEmail);
  const bind = bindFields(draft, errors, edit);
  return (
    <form
      class="settings-form"
      noValidate
      data-handoff-options="settings-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {changedElsewhere && dirty ? (
        <div class="banner banner--warn" role="status">
          The settings changed elsewhere. Your edits are kept here, but saving them is refused so that the other change is not lost:
          load the new settings, then make your edits again.{' '}
          <button type="button" class="btn" onClick={loadStored}>
            Discard mine, load theirs
          </button>
        </div>
      ) : null}
      <div class="grid grid--2">
        <TextField label="Your e-mail" type="email" placeholder="you@company.com" hint="Requests are the ones sent to you." {...bind('ownEmail')} />
        <TextField
          label="Your company’s domain"
          placeholder={implied ?? 'derived from your e-mail'}
          hint={implied && !draft.ownDomain.trim() ? `Blank: ${implied}, from your e-mail.` : 'Threads with your own domain never link to a deal by domain.'}
          {...bind('ownDomain')}
        />
        <TextField
          label="Default reminder lead (days)"
          type="number"
          min={0}
          max={365}
          hint="How long before a special term's due date it is flagged, unless the term says otherwise."
          {...bind('defaultRemindDays')}
        />
      </div>
      <TextAreaField
        label="Redirect reply wording"
        rows={8}
        hint="The polite “this stays with Sales until signature” reply. {firstName} and {account} are filled in."
        {...bind('redirectTemplate')}
      />
      <ErrorBanner error={failure} title="Settings not saved" onDismiss={() => setFailure(null)} />
      <div class="actions">
        <button type="submit" class="btn btn--primary" disabled={!check.patch || saving || !dirty} data-handoff-options="save-settings">
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {dirty ? (
          <button type="button" class="btn" onClick={loadStored}>
            Revert
          </button>
        ) : null}
        {saved && !dirty ? (
          <span class="status status--ok" role="status">
            Saved
          </span>
        ) : null}
      </div>
    </form>
  );
}
