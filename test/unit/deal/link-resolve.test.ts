import { describe, expect, it } from 'vitest';
import { domainAndParents, lookupInMemory, resolveLink, type LookupFn, type PageContext } from '@/lib/deal/link';
import type { Deal } from '@/lib/model';
import { dealsByLink, importBackupText, openHandoffDb } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const ACME = 'https://acme.atlassian.net';
const EVIL = 'https://evil.atlassian.net';

const deals = (): Deal[] => {
  const b = sampleBackup();
  // A second Acme deal, closed, linked to one explicit thread.
  b.deals.push({
    ...b.deals[0]!,
    id: 'acme-old',
    stage: 'closed',
    links: { domains: ['acme.com'], gmailThreads: ['aaaabbbbccccdddd'], jira: [{ site: ACME, key: 'OPS-99' }, { site: null, key: 'ZZ' }], asana: ['1208812345679002'] },
    updatedAt: '2026-11-21T00:00:00.000Z',
  });
  return b.deals;
};

const jira = (site: string, issueKey: string | null, projectKey: string | null = null): PageContext => ({ kind: 'jira', site, issueKey, projectKey });
const gmail = (threadId: string | null, ...participants: string[]): PageContext => ({ kind: 'gmail', threadId, participants });

describe('resolveLink', () => {
  it.each<[string, PageContext, string | null, string | null]>([
    ['explicit thread wins over domain', gmail('AAAABBBBCCCCDDDD', 'lee.park@acme.com'), 'acme-old', 'gmail-thread'],
    ['domain match prefers an open deal over a closed one', gmail('ffff', 'lee.park@acme.com'), 'acme-platform', 'domain'],
    ['subdomain matches its parent domain', gmail(null, 'ops@eu.globex.com'), 'globex-crm', 'domain'],
    ['own domain never links', gmail(null, 'dana.ruiz@northwind.io', 'sam.lee@northwind.io'), null, null],
    ['the domain with most participants wins', gmail(null, 'a@globex.com', 'b@globex.com', 'c@initech.com'), 'globex-crm', 'domain'],
    ['no participants, no link', gmail(null), null, null],
    ['Jira issue key wins over project key', jira(ACME, 'OPS-17', 'OPS'), 'acme-platform', 'jira-issue'],
    ['Jira project key links every issue', jira(ACME, 'ops-18'), 'initech-support', 'jira-project'],
    ['Jira unknown key', jira(ACME, 'ZZ-1', 'ZZ'), null, null],
    ['Jira: the same issue key on another site never matches', jira(EVIL, 'OPS-17', 'OPS'), null, null],
    ['Jira: the same project key on another site never matches', jira(EVIL, 'NW-3'), null, null],
    ['Jira: a site that differs only by a subdomain never matches', jira('https://eu.acme.atlassian.net', 'NW-3'), null, null],
    ['Jira: an unbound link (no site) matches no site', jira(ACME, 'ZZ-1'), null, null],
    ['Asana task gid wins over project gid', { kind: 'asana', taskGid: '1208812345679002', projectGid: '1208812345678901' }, 'acme-old', 'asana-task'],
    ['Asana project gid', { kind: 'asana', taskGid: '1', projectGid: '1208812345678901' }, 'acme-platform', 'asana-project'],
    ['Asana unknown', { kind: 'asana', taskGid: null, projectGid: null }, null, null],
  ])('%s', async (_name, ctx, dealId, via) => {
    const r = await resolveLink(ctx, 'northwind.io', lookupInMemory(deals()));
    expect(r?.deal.id ?? null).toBe(dealId);
    expect(r?.via ?? null).toBe(via);
  });

  it('gives the same answer through the store indexes', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 's.json');
    const viaStore = await resolveLink(gmail(null, 'Lee.Park@ACME.com'), 'northwind.io', ({ field, key }) => dealsByLink(db, field, key));
    expect(viaStore?.deal.id).toBe('acme-platform');
  });

  it('a key from another site never matches through the store indexes either', async () => {
    const db = await openHandoffDb(freshDbName());
    await importBackupText(db, sampleBackupText(), 's.json');
    const look: LookupFn = ({ field, key }) => dealsByLink(db, field, key);
    expect((await resolveLink(jira(ACME, 'OPS-17'), null, look))?.deal.id).toBe('acme-platform');
    expect(await resolveLink(jira(EVIL, 'OPS-17'), null, look)).toBeNull();
    expect(await resolveLink(jira(EVIL, 'OPS-18'), null, look)).toBeNull();
  });

  it('lists parent domains without the top-level domain', () => {
    expect(domainAndParents('eu.mail.acme.co.uk')).toEqual(['eu.mail.acme.co.uk', 'mail.acme.co.uk', 'acme.co.uk', 'co.uk']);
    expect(domainAndParents('acme.com')).toEqual(['acme.com']);
  });
});
