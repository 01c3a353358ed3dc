import { describe, expect, it, vi } from 'vitest';
import { QUOTA_MESSAGE, getDeal, saveDeal, toStoreError, openHandoffDb, importBackupText } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup, sampleBackupText } from '../../support/sample';

describe('storage errors', () => {
  it('turns QuotaExceededError into a message the user can act on', () => {
    const e = toStoreError(new DOMException('quota', 'QuotaExceededError'));
    expect(e).toMatchObject({ code: 'quota', message: QUOTA_MESSAGE });
  });

  it('reports a full disk on save as quota, and the stored deal stays', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 's.json');
    const deal = sampleBackup().deals[0]!;
    const spy = vi.spyOn(db, 'transaction').mockImplementationOnce(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveDeal(db, { ...deal, name: 'Bigger' }, new Date())).rejects.toMatchObject({ code: 'quota' });
    spy.mockRestore();
    expect((await getDeal(db, 'acme-platform'))?.name).toBe(deal.name);
  });
});
