/**
 * The org's My Domain from what a user pastes (issue 16: "the user gives the
 * org's My Domain URL"). Hostname formats from Salesforce Help, "My Domain
 * URL Formats" (help.salesforce.com/s/articleView?id=products.domain_name_app_url_changes.htm)
 * and "Partitioned Domains" (…?id=products.domain_name_partitioned_domains.htm):
 * - production:  <name>.my.salesforce.com
 * - sandbox:     <name>--<sandbox>.sandbox.my.salesforce.com
 * - other partitioned orgs: <name>.<develop|demo|patch|scratch|trailblaze|free>.my.salesforce.com
 * - Lightning Experience: the same with lightning.force.com (what the
 *   browser's address bar shows), and Setup's my.salesforce-setup.com: both
 *   mapped to the my.salesforce.com login host, where OAuth and the REST API live.
 * Anything else is refused with a sentence naming what is wrong. Pure.
 */

export type MyDomainResult = { ok: true; origin: string; host: string } | { ok: false; reason: string };

const PARTITIONS = new Set(['sandbox', 'develop', 'demo', 'patch', 'scratch', 'trailblaze', 'free']);
/** The My Domain name, with `--<sandbox name>` in a sandbox: letters, digits and single hyphens. */
const NAME = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const SUFFIXES: ReadonlyArray<[string, string]> = [
  ['.my.salesforce.com', 'my.salesforce.com'],
  ['.lightning.force.com', 'Lightning'],
  ['.my.salesforce-setup.com', 'Setup'],
];
const GENERIC_LOGIN = new Set(['login.salesforce.com', 'test.salesforce.com']);

export function normalizeMyDomain(input: string): MyDomainResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'enter your org’s My Domain, e.g. acme.my.salesforce.com' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: `“${text}” is not a web address` };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `use https://, not ${url.protocol}//` };
  if (url.username || url.password) return { ok: false, reason: 'the address must not contain a user name or password' };
  if (url.port) return { ok: false, reason: `Salesforce serves My Domains on the standard port, not :${url.port}` };
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (GENERIC_LOGIN.has(host)) {
    return { ok: false, reason: `${host} is Salesforce’s shared login page; enter your org’s own My Domain (Setup → My Domain), e.g. acme.my.salesforce.com` };
  }
  const suffix = SUFFIXES.find(([s]) => host.endsWith(s));
  if (!suffix) {
    return { ok: false, reason: `${host} is not a Salesforce My Domain: expected an address ending in .my.salesforce.com (or the .lightning.force.com one your browser shows)` };
  }
  const labels = host.slice(0, -suffix[0].length).split('.');
  const [name, partition, ...rest] = labels;
  if (rest.length || !name || (partition !== undefined && !PARTITIONS.has(partition))) {
    return { ok: false, reason: `${host} is not a My Domain address Salesforce uses (${suffix[1]})` };
  }
  if (!NAME.test(name) || /---/.test(name)) return { ok: false, reason: `“${name}” is not a My Domain name (letters, digits and hyphens)` };
  const isSandboxName = name.includes('--');
  if (partition === 'sandbox' && !isSandboxName) return { ok: false, reason: `a sandbox My Domain looks like ${name}--<sandbox name>.sandbox.my.salesforce.com` };
  if (partition !== 'sandbox' && isSandboxName) return { ok: false, reason: `${host} names a sandbox (--) but is not under sandbox.my.salesforce.com` };
  const canonical = `${name}${partition ? `.${partition}` : ''}.my.salesforce.com`;
  return { ok: true, origin: `https://${canonical}`, host: canonical };
}
