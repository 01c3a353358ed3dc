import { describe, expect, it } from 'vitest';
import { normalizeMyDomain } from '@/lib/crm/salesforce/auth';

/** What a user may paste as their org's My Domain, and what Handoff makes of it. */

describe('normalizeMyDomain accepts', () => {
  it.each([
    ['acme.my.salesforce.com', 'https://acme.my.salesforce.com'],
    ['https://acme.my.salesforce.com/', 'https://acme.my.salesforce.com'],
    ['  HTTPS://Acme.My.Salesforce.com  ', 'https://acme.my.salesforce.com'],
    ['acme.my.salesforce.com.', 'https://acme.my.salesforce.com'],
    ['acme--dev.sandbox.my.salesforce.com', 'https://acme--dev.sandbox.my.salesforce.com'],
    ['acme-dev-ed.develop.my.salesforce.com', 'https://acme-dev-ed.develop.my.salesforce.com'],
    ['power-ability-1234.scratch.my.salesforce.com', 'https://power-ability-1234.scratch.my.salesforce.com'],
    // What the address bar shows in Lightning Experience, with the page path.
    ['https://acme.lightning.force.com/lightning/page/home', 'https://acme.my.salesforce.com'],
    ['acme--dev.sandbox.lightning.force.com', 'https://acme--dev.sandbox.my.salesforce.com'],
    ['https://acme.my.salesforce-setup.com/lightning/setup/SetupOneHome/home', 'https://acme.my.salesforce.com'],
    ['https://acme.my.salesforce.com/?startURL=%2Fhome#top', 'https://acme.my.salesforce.com'],
  ])('%s → %s', (input, origin) => {
    expect(normalizeMyDomain(input)).toEqual({ ok: true, origin, host: new URL(origin).host });
  });
});

describe('normalizeMyDomain refuses, saying what is wrong', () => {
  it.each([
    ['', /enter your org’s My Domain/],
    ['   ', /enter your org’s My Domain/],
    ['http://acme.my.salesforce.com', /use https:\/\//],
    ['ftp://acme.my.salesforce.com', /use https:\/\//],
    ['https://acme.my.salesforce.com:8443', /standard port, not :8443/],
    ['https://user:pw@acme.my.salesforce.com', /user name or password/],
    ['login.salesforce.com', /shared login page.*My Domain/],
    ['https://test.salesforce.com', /shared login page/],
    ['acme.salesforce.com', /not a Salesforce My Domain/],
    ['acme.my.salesforce.com.evil.example', /not a Salesforce My Domain/],
    ['my.salesforce.com', /not a Salesforce My Domain/],
    ['acme.force.com', /not a Salesforce My Domain/],
    ['acme.my.site.com', /not a Salesforce My Domain/],
    ['a.b.acme.my.salesforce.com', /not a My Domain address Salesforce uses/],
    ['acme.weird.my.salesforce.com', /not a My Domain address Salesforce uses/],
    ['acme--dev.my.salesforce.com', /names a sandbox.*not under sandbox\.my\.salesforce\.com/],
    ['acme.sandbox.my.salesforce.com', /sandbox My Domain looks like acme--<sandbox name>/],
    ['-acme.my.salesforce.com', /not a My Domain name/],
    ['acme_corp.my.salesforce.com', /not a (My Domain name|web address)/],
    ['https://', /not a web address/],
  ])('%j', (input, why) => {
    const result = normalizeMyDomain(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(why);
  });
});
