import { useEffect, useState } from 'preact/hooks';
import type { CrmConfig, CrmStatus } from '@/lib/crm/account';
import { CRM_LABEL } from '@/lib/crm/account';
import { send } from '@/lib/messaging/client';
import { HandoffError } from '@/lib/messaging/errors';
import { mergeErrors, NO_ERRORS, problemsToFieldErrors, type FieldErrors } from '@/lib/forms/field-errors';
import { checkCrmSettings, configToDraft, configureProblemField, isCrmSettingsDirty, type CrmSettingsDraft } from '@/lib/options/crm-settings';
import { bindFields } from '@/components/kit/fields/bindFields';
import { CheckboxField } from '@/components/kit/fields/CheckboxField';
import { SelectField } from '@/components/kit/fields/SelectField';
import { TextField } from '@/components/kit/fields/TextField';
import { ErrorBanner } from '../ErrorBanner';
import { WriteBackPreview } from './WriteBackPreview';

const WRITE_AS = [
  { value: 'note' as const, label: 'A note on the deal' },
  { value: 'task' as const, label: 'A task for the deal owner' },
];

/**
 * A connected CRM's settings (`crm.configure`): the two multi-line
 * properties, how often to sync, how far back closed deals come, and
 * write-back, with what it writes shown beside the switch.
 */
export function CrmSettingsForm({ config, onStatus }: { config: CrmConfig; onStatus: (status: CrmStatus) => void }) {
  const [draft, setDraft] = useState<CrmSettingsDraft>(() => configToDraft(config));
  const [serverErrors, setServerErrors] = useState<FieldErrors>(NO_ERRORS);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const dirty = isCrmSettingsDirty(draft, config);
  const configKey = JSON.stringify(config);

  // Newer settings from the worker (another tab, or our own save) replace the form unless it holds edits.
  useEffect(() => {
    if (!dirty) setDraft(configToDraft(config));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the config's content: a new object with the same settings is no change
  }, [configKey]);

  const check = checkCrmSettings(draft);
  const errors = mergeErrors(check.errors, serverErrors);
  const edit = (patch: Partial<CrmSettingsDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors(NO_ERRORS);
    setSaved(false);
  };
  const bind = bindFields(draft, errors, edit);
  const source = config.source;
  const label = CRM_LABEL[source];

  const save = async () => {
    if (!check.patch || saving) return;
    setSaving(true);
    setFailure(null);
    try {
      const next = await send('crm.configure', { source, patch: check.patch });
      if (next.config) setDraft(configToDraft(next.config));
      onStatus(next);
      setSaved(true);
    } catch (e) {
      if (e instanceof HandoffError && e.problems.length) setServerErrors(problemsToFieldErrors(e.problems, { fieldFor: configureProblemField }));
      setFailure(e);
    } finally {
      setSaving(false);
    }
  };

  const field = source === 'hubspot' ? 'internal name of a multi-line deal property' : 'API name of a long text field on Opportunity';
  return (
    <form
      class="crm-settings"
      noValidate
      data-handoff="crm-settings"
      data-crm={source}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3>Settings</h3>
      <div class="grid grid--2">
        <TextField label="Special terms property" hint={`The ${field}: one term a line, YYYY-MM-DD: text.`} {...bind('specialTermsProperty')} />
        <TextField label="Promised deliverables property" hint={`The ${field}: one deliverable a line, YYYY-MM-DD: text.`} {...bind('deliverablesProperty')} />
        <TextField label="Sync every (minutes)" type="number" min={5} max={1440} hint="5 to 1440; 15 by default." {...bind('intervalMinutes')} />
        <TextField
          label="Closed deals from the last (days)"
          type="number"
          min={0}
          max={3650}
          hint="Deals won or lost longer ago are not brought in."
          {...bind('recentlyClosedDays')}
        />
      </div>
      <fieldset class="group">
        <legend>Write-back</legend>
        <CheckboxField label={`Write logged requests and deliverable decisions to ${label}`} {...bind('writeBackEnabled', 'writeBack.enabled')} />
        {source === 'hubspot' ? <SelectField label="Write each one as" options={WRITE_AS} {...bind('writeBackAs', 'writeBack.as')} /> : null}
        {source === 'hubspot' && draft.writeBackEnabled ? (
          <p class="muted small">The token needs the write scope crm.objects.contacts.write for this; HubSpot refuses the writes without it.</p>
        ) : null}
        <WriteBackPreview source={source} enabled={draft.writeBackEnabled} as={draft.writeBackAs} />
      </fieldset>
      <ErrorBanner error={failure} title={`${label} settings not saved`} onDismiss={() => setFailure(null)} />
      <div class="actions">
        <button type="submit" class="btn btn--primary" disabled={!check.patch || saving || !dirty} data-handoff="crm-settings-save" data-crm={source}>
          {saving ? 'Saving…' : 'Save settings'}
        </button>
        {dirty ? (
          <button type="button" class="btn" onClick={() => edit(configToDraft(config))}>
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
