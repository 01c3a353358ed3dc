import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '@/lib/model';
import type { HandoffDb } from './db';
import { invalid } from './deals';
import { abortQuietly, settled, withStoreErrors } from './errors';

export async function getSettings(db: HandoffDb): Promise<Settings> {
  const stored = await db.get('settings', 'settings');
  // Settings added in later versions get their defaults.
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(db: HandoffDb, patch: unknown): Promise<Settings> {
  return withStoreErrors(async () => {
    const tx = db.transaction('settings', 'readwrite');
    settled(tx);
    const current = { ...DEFAULT_SETTINGS, ...(await tx.store.get('settings')) };
    const parsed = settingsSchema.safeParse({ ...current, ...(patch as object) });
    if (!parsed.success) {
      abortQuietly(tx);
      throw invalid('settings', parsed.error.issues);
    }
    await Promise.all([tx.store.put(parsed.data, 'settings'), tx.done]);
    return parsed.data;
  });
}
