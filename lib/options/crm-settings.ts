import { crmConfigPatchSchema, type CrmConfig, type CrmConfigPatch } from '@/lib/crm/account';
import { issuesToFieldErrors, NO_ERRORS, type FieldErrors } from '@/lib/forms/field-errors';
import { parseNumber } from './deal-draft';

/**
 * The CRM settings form (options → CRM): every input as typed, checked
 * with the same schema the worker parses `crm.configure` with
 * (lib/crm/account.ts), problems keyed by the patch's paths
 * (`intervalMinutes`, `writeBack.enabled`).
 */
export interface CrmSettingsDraft {
  specialTermsProperty: string;
  deliverablesProperty: string;
  intervalMinutes: string;
  recentlyClosedDays: string;
  writeBackEnabled: boolean;
  writeBackAs: 'note' | 'task';
}

export function configToDraft(config: CrmConfig): CrmSettingsDraft {
  return {
    specialTermsProperty: config.specialTermsProperty,
    deliverablesProperty: config.deliverablesProperty,
    intervalMinutes: String(config.intervalMinutes),
    recentlyClosedDays: String(config.recentlyClosedDays),
    writeBackEnabled: config.writeBack.enabled,
    writeBackAs: config.writeBack.as,
  };
}

/** Not validated: pass it to `checkCrmSettings`. Salesforce always writes a Task; its `as` stays as stored. */
export function draftToPatch(draft: CrmSettingsDraft): Record<string, unknown> {
  return {
    specialTermsProperty: draft.specialTermsProperty.trim(),
    deliverablesProperty: draft.deliverablesProperty.trim(),
    intervalMinutes: parseNumber(draft.intervalMinutes) ?? '',
    recentlyClosedDays: parseNumber(draft.recentlyClosedDays) ?? '',
    writeBack: { enabled: draft.writeBackEnabled, as: draft.writeBackAs },
  };
}

export interface CrmSettingsCheck {
  patch: CrmConfigPatch | null;
  errors: FieldErrors;
}

export function checkCrmSettings(draft: CrmSettingsDraft): CrmSettingsCheck {
  const candidate = draftToPatch(draft);
  const parsed = crmConfigPatchSchema.safeParse(candidate);
  if (parsed.success) return { patch: parsed.data, errors: NO_ERRORS };
  return { patch: null, errors: issuesToFieldErrors(parsed.error.issues, candidate) };
}

export function isCrmSettingsDirty(draft: CrmSettingsDraft, config: CrmConfig): boolean {
  return JSON.stringify(draftToPatch(draft)) !== JSON.stringify(draftToPatch(configToDraft(config)));
}

/** Problems the worker reported for `crm.configure` are keyed `patch.<field>`: the form's fields are the patch's. */
export function configureProblemField(path: string): string {
  return path.replace(/^patch\./, '');
}
