import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { announceChange, onDataChanged } from '@/lib/sync/signal';

describe('cross-context sync signal', () => {
  it('tells every listener which stores changed, until its signal aborts', async () => {
    fakeBrowser.reset();
    const heard = vi.fn();
    const ac = new AbortController();
    onDataChanged(heard, { signal: ac.signal });
    await announceChange(['deals']);
    await announceChange(['deals']);
    expect(heard).toHaveBeenCalledTimes(2);
    expect(heard.mock.calls[0]![0]).toMatchObject({ stores: ['deals'] });
    ac.abort();
    await announceChange(['requests']);
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
