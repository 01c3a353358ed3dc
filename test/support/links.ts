/**
 * `link.add` payloads as the content scripts send them, one helper per
 * host, so a change to how a host's link is written (Jira links are
 * becoming `{ site, key }`) is adapted here, not in every test.
 */
export const gmailThreadLink = (dealId: string, threadId: string) => ({ dealId, kind: 'gmailThreads' as const, value: threadId });
export const asanaLink = (dealId: string, gid: string) => ({ dealId, kind: 'asana' as const, value: gid });
export const jiraLink = (dealId: string, key: string) => ({ dealId, kind: 'jira' as const, value: key });
/** Whether a stored deal holds the Jira link `jiraLink` added. */
export const hasJiraLink = (links: { jira: readonly unknown[] }, key: string) => links.jira.some((k) => String(k).toUpperCase() === key.toUpperCase());
