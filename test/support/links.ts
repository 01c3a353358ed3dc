/**
 * `link.add` payloads as the content scripts send them, one helper per
 * host, so a change to how a host's link is written is adapted here, not
 * in every test. A Jira link names its site; an extension page names it in
 * `site` (a content script's site is its tab's).
 */
export const gmailThreadLink = (dealId: string, threadId: string) => ({ dealId, kind: 'gmailThreads' as const, value: threadId });
export const asanaLink = (dealId: string, gid: string) => ({ dealId, kind: 'asana' as const, value: gid });
export const jiraLink = (dealId: string, key: string, site = 'https://acme.atlassian.net') => ({ dealId, kind: 'jira' as const, value: key, site });
/** Whether a stored deal holds the Jira link `jiraLink` added. */
export const hasJiraLink = (links: { jira: ReadonlyArray<{ key: string }> }, key: string) => links.jira.some((l) => l.key.toUpperCase() === key.toUpperCase());
