import { describe, expect, it } from 'vitest';
import { flagStats, flagsForThreads, getFlag, openHandoffDb, recordFlag } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';

const at = '2026-11-21T10:00:00.000Z';

describe('flags store', () => {
  it('keeps what the PM did with a message when it is seen again, and marks threads', async () => {
    const db = await openHandoffDb(freshDbName());
    await recordFlag(db, { messageId: 'm1', threadId: 't1', label: 'pre-contract-work', status: 'flagged', at, requestId: null });
    await recordFlag(db, { messageId: 'm1', threadId: 't1', label: 'pre-contract-work', status: 'dismissed', at, requestId: null });
    // Opening the thread again must not undo the dismissal.
    await recordFlag(db, { messageId: 'm1', threadId: 't1', label: 'pre-contract-work', status: 'flagged', at, requestId: null }, { keepExisting: true });
    expect((await getFlag(db, 'm1'))?.status).toBe('dismissed');

    await recordFlag(db, { messageId: 'm2', threadId: 't2', label: 'status-request', status: 'logged', at, requestId: 'r2' });
    await recordFlag(db, { messageId: 'm3', threadId: 't3', label: 'estimate-request', status: 'logged', at, requestId: 'r3' });
    await recordFlag(db, { messageId: 'm4', threadId: 't3', label: 'pre-contract-work', status: 'flagged', at, requestId: null });
    expect(await flagsForThreads(db, ['t1', 't2', 't3', 'none'])).toEqual({ t2: 'logged', t3: 'flagged' });
    expect(await flagStats(db)).toEqual({ flagged: 1, logged: 2, dismissed: 1 });
  });
});
