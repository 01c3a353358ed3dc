import { describe, expect, it, vi } from 'vitest';
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

  it('keeps a write made while it warms: the older copy a part read before it does not replace it', async () => {
    let release!: (d: Deal[]) => void;
    const cache = new DealCache(() => new Promise((r) => (release = r)));
    const warming = cache.warm();
    const acme = deals()[0]!;
    cache.put({ ...acme, name: 'Written while loading', links: { ...acme.links, domains: ['acme.io'] } });
    cache.delete('globex-crm');
    release(deals());
    await warming;
    expect(cache.ready).toBe(true);
    expect(cache.lookup({ field: 'domain', key: 'acme.io' })!.map((d) => d.name)).toEqual(['Written while loading']);
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })).toEqual([]);
    expect(cache.lookup({ field: 'domain', key: 'globex.com' })).toEqual([]);
  });

  it('warms part by part, behind the lookups: not before `warmSoon`\'s delay, and a lookup meanwhile is told to use the indexes', async () => {
    const all = deals();
    const asked: number[] = [];
    const cache = new DealCache(async (part, parts) => {
      asked.push(part);
      return all.filter((_, i) => i % parts === part);
    }, 3, 20);
    cache.warmSoon();
    expect(asked).toEqual([]);
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })).toBeNull();
    await new Promise((r) => setTimeout(r, 5));
    expect(asked).toEqual([]);
    await vi.waitFor(() => expect(cache.ready).toBe(true));
    expect(asked).toEqual([0, 1, 2]);
    expect(cache.lookup({ field: 'domain', key: 'globex.com' })!.map((d) => d.id)).toEqual(['globex-crm']);
  });

  it('stops a warm-up that an import or delete-all overtook, and warms again from scratch', async () => {
    let calls = 0;
    const cache = new DealCache(async () => (++calls === 1 ? deals() : deals().slice(0, 1)));
    const first = cache.warm();
    cache.invalidate();
    await first;
    expect(cache.ready).toBe(false);
    await cache.warm();
    expect(cache.lookup({ field: 'domain', key: 'globex.com' })).toEqual([]);
    expect(cache.lookup({ field: 'domain', key: 'acme.com' })!.map((d) => d.id)).toEqual(['acme-platform']);
  });

  it('pages the list in its order and filters it, from memory', async () => {
    const cache = new DealCache(async () => deals());
    const page = await cache.page((row) => row.stage !== 'closed', 2);
    expect(page.total).toBe(3);
    expect(page.rows.map((r) => r.name)).toEqual([...deals()].map((d) => d.name).sort((a, b) => a.localeCompare(b)).slice(0, 2));
  });
});
