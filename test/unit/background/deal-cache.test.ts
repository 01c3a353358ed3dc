import { describe, expect, it } from 'vitest';
import { DealCache } from '@/lib/background/deal-cache';
import type { Deal } from '@/lib/model';
import { sampleBackup } from '../../support/sample';

const deals = (): Deal[] => sampleBackup().deals;

describe('DealCache', () => {
  it('is cold until warmed, then answers link lookups from memory', async () => {
    const cache = new DealCache(async () => deals());
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })).toBeNull();
    await cache.warm();
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })!.map((d) => d.id)).toEqual(['acme-platform']);
    expect(cache.lookup({ field: 'jiraProject', key: 'https://acme.atlassian.net OPS' })!.map((d) => d.id)).toEqual(['initech-support']);
    expect(cache.lookup({ field: 'jiraProject', key: 'https://evil.atlassian.net OPS' })).toEqual([]);
    expect(cache.lookup({ field: 'domain', key: 'nobody.com' })).toEqual([]);
  });

  it('follows saves and deletes', async () => {
    const cache = new DealCache(async () => deals());
    await cache.warm();
    const acme = deals()[0]!;
    cache.put({ ...acme, links: { ...acme.links, domains: ['acme.io'] } });
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })).toEqual([]);
    expect(cache.lookup({ field: 'domain', key: 'acme.io' })!.map((d) => d.id)).toEqual(['acme-platform']);
    cache.delete('acme-platform');
    expect(cache.lookup({ field: 'domain', key: 'acme.io' })).toEqual([]);
  });

  it('throws away a load that a write raced', async () => {
    let release!: (d: Deal[]) => void;
    const cache = new DealCache(() => new Promise((r) => (release = r)));
    const warming = cache.warm();
    cache.put({ ...deals()[0]!, name: 'Written while loading' });
    release(deals());
    await warming;
    expect(cache.ready).toBe(false);
  });
});
