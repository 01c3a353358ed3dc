import { describe, expect, it } from 'vitest';
import { accountFromDomain, customerDomains } from '@/lib/sites/gmail/account-name';
import { newDealView, parseOptionsView } from '@/lib/options/routes';

describe('customerDomains', () => {
  it('drops the own company and free mail, most frequent first', () => {
    expect(customerDomains(['dana@northwind.io', 'a@acme.com', 'b@globex.com', 'c@acme.com', 'x@gmail.com', 'y@eu.northwind.io'], 'northwind.io')).toEqual(['acme.com', 'globex.com']);
  });
});

describe('accountFromDomain', () => {
  it.each([
    ['acme.com', 'Acme'],
    ['blue-river.co.uk', 'Blue River'],
    ['mail.globex.com', 'Globex'],
  ])('%s → %s', (domain, name) => expect(accountFromDomain(domain)).toBe(name));
});

describe('options views', () => {
  it('round-trips a prefilled new deal', () => {
    const view = newDealView({ account: 'Acme & Sons', links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'] } });
    expect(parseOptionsView(`#${view}`)).toEqual({
      kind: 'new-deal',
      account: 'Acme & Sons',
      links: { domains: ['acme.com'], gmailThreads: ['18c2f0a9b3d4e5f6'], jira: [], asana: [] },
    });
  });
  it('reads a deal view and anything else', () => {
    expect(parseOptionsView('#deals/acme%2Fplatform')).toEqual({ kind: 'deal', id: 'acme/platform' });
    expect(parseOptionsView('#data')).toEqual({ kind: 'other', hash: 'data' });
  });
});
