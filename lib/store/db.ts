import { openDB, type IDBPDatabase } from 'idb';
import { StoreError } from './errors';
import { runMigrations } from './migrations';
import { DB_NAME, DB_VERSION, type HandoffDB } from './schema';

export type HandoffDb = IDBPDatabase<HandoffDB>;

/**
 * Opens (and upgrades) the database. Only the background calls this: a
 * content script's IndexedDB belongs to the host page.
 */
export async function openHandoffDb(name = DB_NAME, version = DB_VERSION): Promise<HandoffDb> {
  let db: HandoffDb;
  try {
    db = await openDB<HandoffDB>(name, version, {
      async upgrade(upgrading, oldVersion, newVersion, tx) {
        await runMigrations(upgrading, oldVersion, newVersion ?? version, tx);
      },
      blocked() {
        console.warn('[handoff] database upgrade waits for an older Handoff context to close');
      },
    });
  } catch (e) {
    if ((e as Error)?.name === 'VersionError') {
      throw new StoreError('blocked', 'The stored data was written by a newer Handoff. Update the extension.');
    }
    throw e;
  }
  return db;
}

/**
 * Keeps one open connection, reopened after the browser or a newer version
 * of the extension closes it (`versionchange`), so an update is never
 * blocked by this worker and the next call gets a fresh connection.
 */
export class DbHandle {
  private current: Promise<HandoffDb> | null = null;

  constructor(private readonly name = DB_NAME) {}

  get(): Promise<HandoffDb> {
    if (!this.current) {
      const opening = openHandoffDb(this.name).then((db) => {
        const drop = () => {
          if (this.current === opening) this.current = null;
        };
        db.addEventListener('versionchange', () => {
          db.close();
          drop();
        });
        db.addEventListener('close', drop);
        return db;
      });
      opening.catch(() => {
        if (this.current === opening) this.current = null;
      });
      this.current = opening;
    }
    return this.current;
  }

  async close(): Promise<void> {
    const opening = this.current;
    this.current = null;
    if (opening) (await opening.catch(() => null))?.close();
  }
}
