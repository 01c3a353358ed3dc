import { describe, expect, it } from 'vitest';
import { domainAndParents, lookupInMemory, resolveLink, type PageContext } from '@/lib/deal/link';
import type { Deal } from '@/lib/model';
import { dealsByLink, importBackupText, openHandoffDb } from '@/lib/store';
import { freshDbName } from '../../support/arbitraries';
import { sampleBackup, sampleBackupText } from '../../support/sample';

const deals = (): Deal[] => {
  const b = sampleBackup();
  // A second Acme deal, closed, linked to one explicit thread.
  b.deals.push({
    ...b.deals[0]!,
    id: 'acme-old',
    stage: 'closed',
    links: { domains: ['acme.com'], gmailThreads: ['aaaabbbbccccdddd'], jira: ['OPS-99'], asana: ['1208812345679002'] },
    updatedAt: '2026-11-21T00:00:00.000Z',
  });
  return b.deals;
};

const gmail = (threadId: string | null, ...participants: string[]): PageContext => ({ kind: 'gmail', threadId, participants });

describe('resolveLink', () => {
  it.each<[string, PageContext, string | null, string | null]>([
    ['explicit thread wins over domain', gmail('AAAABBBBCCCCDDDD', 'lee.park@acme.com'), 'acme-old', 'gmail-thread'],
    ['domain match prefers an open deal over a closed one', gmail('ffff', 'lee.park@acme.com'), 'acme-platform', 'domain'],
    ['subdomain matches its parent domain', gmail(null, 'ops@eu.globex.com'), 'globex-crm', 'domain'],
    ['own domain never links', gmail(null, 'dana.ruiz@northwind.io', 'sam.lee@northwind.io'), null, null],
    ['the domain with most participants wins', gmail(null, 'a@globex.com', 'b@globex.com', 'c@initech.com'), 'globex-crm', 'domain'],
    ['no participants, no link', gmail(null), null, null],
    ['Jira issue key wins over project key', { kind: 'jira', issueKey: 'OPS-17', projectKey: 'OPS' }, 'acme-platform', 'jira-issue'],
    ['Jira project key links every issue', { kind: 'jira', issueKey: 'ops-18', projectKey: null }, 'initech-support', 'jira-project'],
    ['Jira unknown key', { kind: 'jira', issueKey: 'ZZ-1', projectKey: 'ZZ' }, null, null],
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

  it('lists parent domains without the top-level domain', () => {
    expect(domainAndParents('eu.mail.acme.co.uk')).toEqual(['eu.mail.acme.co.uk', 'mail.acme.co.uk', 'acme.co.uk', 'co.uk']);
    expect(domainAndParents('acme.com')).toEqual(['acme.com']);
  });
});
