import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/model';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { abortQuietly, settled, withStoreErrors } from './errors';
import { conflict, sameContent } from './revision';

export async function getSettings(db: HandoffDb): Promise<Settings> {
  const stored = await db.get('settings', 'settings');
  // Settings added in later versions get their defaults.
  return { ...DEFAULT_SETTINGS, ...stored };
}

/**
 * Applies a patch to the stored settings in one transaction. The patch may
 * be a function of the stored settings (a list to add to), so nothing is
 * written between reading them and writing. `expected` holds, for the
 * options form's fields, the values the form started from: when any of
 * them changed since, the save is refused as `conflict` instead of
 * undoing that change.
 */
export async function saveSettings(
  db: HandoffDb,
  patch: object | ((current: Settings) => object),
  expected?: Readonly<Record<string, unknown>>,
): Promise<Settings> {
  return withStoreErrors(async () => {
    const tx = db.transaction('settings', 'readwrite');
    settled(tx);
    const current: Settings = { ...DEFAULT_SETTINGS, ...(await tx.store.get('settings')) };
    if (expected && Object.entries(expected).some(([k, v]) => !sameContent((current as Record<string, unknown>)[k], v))) {
      abortQuietly(tx);
      throw conflict('The settings');
    }
    const changes = typeof patch === 'function' ? patch(current) : patch;
    const parsed = settingsSchema.safeParse({ ...current, ...changes });
    if (!parsed.success) {
      abortQuietly(tx);
      throw invalid('settings', parsed.error.issues);
    }
    await Promise.all([tx.store.put(parsed.data, 'settings'), tx.done]);
    return parsed.data;
  });
}
