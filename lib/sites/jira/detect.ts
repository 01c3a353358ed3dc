/** Jira issue key (lib/sites/HOSTS.md): project key, dash, number. */
export const ISSUE_KEY = /^[A-Z][A-Z0-9]+-\d+$/;
const PROJECT_KEY = /^[A-Z][A-Z0-9]+$/;

export interface JiraPage {
  /** The issue the page shows (issue page or the board's modal), if any. */
  issueKey: string | null;
  projectKey: string | null;
  view: 'issue' | 'board' | 'list' | 'other';
}

/**
 * Reads a Jira Cloud (or Server) URL: `/browse/KEY-1`, a board or backlog
 * with `?selectedIssue=KEY-1`, `/jira/software/c/projects/KEY/...` and the
 * older `/projects/KEY/issues/KEY-1`. Lists of keys: the issue navigator
 * (`/issues/?jql=…`), a project's list, and timelines (a project's
 * `/timeline`, a plan's `/jira/plans/ID/scenarios/ID/timeline`, seen 2026-08
 * in gthau/userscripts docs/jira-cart/research/02c-live-dom-survey (markdown)).
 */
export function parseJiraUrl(href: string): JiraPage {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { issueKey: null, projectKey: null, view: 'other' };
  }
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const selected = url.searchParams.get('selectedIssue')?.toUpperCase() ?? null;
  const modalKey = selected && ISSUE_KEY.test(selected) ? selected : null;

  if (parts[0] === 'browse' && parts[1]) {
    const key = parts[1].toUpperCase();
    if (ISSUE_KEY.test(key)) return { issueKey: key, projectKey: projectOf(key), view: 'issue' };
    if (PROJECT_KEY.test(key)) return { issueKey: modalKey, projectKey: key, view: 'other' };
  }
  const p = parts.indexOf('projects');
  const project = p >= 0 && parts[p + 1] && PROJECT_KEY.test(parts[p + 1]!.toUpperCase()) ? parts[p + 1]!.toUpperCase() : null;
  const issueInPath = parts.find((s) => ISSUE_KEY.test(s.toUpperCase()))?.toUpperCase() ?? null;
  const issueKey = modalKey ?? issueInPath;
  const view: JiraPage['view'] =
    parts.includes('boards') || parts.includes('backlog') || parts.includes('RapidBoard.jspa') ? 'board'
    : parts.includes('list') || parts.includes('issues') || parts.includes('timeline') || parts[1] === 'plans' ? (issueInPath ? 'issue' : 'list')
    : issueKey ? 'issue' : 'other';
  return { issueKey, projectKey: project ?? (issueKey ? projectOf(issueKey) : null), view };
}

export function projectOf(issueKey: string): string {
  return issueKey.replace(/-\d+$/, '');
}

export const isJiraIssue = (loc: Pick<Location, 'href'>): boolean => parseJiraUrl(loc.href).issueKey !== null;
