import { JiraSiteGate } from '@/components/sidebar/JiraSiteGate';
import { PageSidebar } from '@/components/sidebar/PageSidebar';
import SIDEBAR_CSS from '@/components/sidebar/sidebar.css?inline';
import { mountPanel, pageTheme } from '@/lib/sites/runtime/mount';
import { waitFor } from '@/lib/sites/runtime/observe';
import type { SiteFeature } from '../runtime/feature';
import { describeLinkedPage } from '../runtime/describe-linked';
import { JIRA } from './selectors';
import { isJiraIssue, parseJiraUrl, projectOf } from './detect';
import { isSelfHosted, readIssueKey, sidePanelKey } from './read';
import { takeSidebarFocus } from './sidebar-focus';

/** The side panel's current-issue breadcrumb (the panel may render before its content). */
const PANEL_KEY = JIRA.sidePanel.css.flatMap((panel) => JIRA.currentIssueKey.css.map((key) => `${panel} ${key}`)).join(', ');

/**
 * The issue's key comes from the URL, which Jira keeps exact; on a
 * self-hosted Jira (Server / Data Center) whose URL names no issue, from its
 * server-rendered markup (`ajs-issue-key` meta, `#key-val`, the board's
 * detail view); on a Cloud board or backlog whose URL names none, from the
 * current-issue breadcrumb of the backlog's side panel once it opens (a
 * panel, not a modal: issue 14). The DOM is otherwise only where things go
 * (issue 5). The page's site goes with its keys (the background checks it
 * against the tab); until the user allows the site, only the confirm button
 * shows (issue 13). Docked beside the page, which narrows, so the panel
 * covers neither the Details column nor the issue modal's buttons (issue 14).
 */
export const jiraSidebar: SiteFeature = {
  id: 'jira-sidebar',
  matches: (loc) => isJiraIssue(loc) || isSelfHosted(loc) || parseJiraUrl(loc.href).view === 'board',
  async init(signal) {
    const onBoard = !isSelfHosted(location) && parseJiraUrl(location.href).view === 'board';
    const issueKey = readIssueKey(document, location.href)
      ?? (onBoard && (await waitFor(PANEL_KEY, { signal, root: document.body })) ? sidePanelKey(document) : null);
    if (!issueKey || signal.aborted) return;
    const projectKey = projectOf(issueKey);
    const site = location.origin;
    const panel = mountPanel(SIDEBAR_CSS, { signal, theme: pageTheme(), dock: 'page' });
    describeLinkedPage('jira', { kind: 'jira', site, issueKey, projectKey }, JIRA.title, signal);
    const targets = [
      { kind: 'jira-issue', label: `Link ${issueKey}`, field: 'jira' as const, value: issueKey },
      { kind: 'jira-project', label: `Link project ${projectKey}`, field: 'jira' as const, value: projectKey },
    ];
    panel.render(
      <JiraSiteGate>
        <PageSidebar
          page={{ kind: 'read', context: { kind: 'jira', site, issueKey, projectKey } }}
          pageLabel="this issue"
          linkTargets={targets}
          newDeal={{ links: { jira: [{ site, key: projectKey }] } }}
        />
      </JiraSiteGate>,
    );
    // A badge opened this issue in place: the sidebar it asked for takes focus.
    takeSidebarFocus(issueKey);
  },
};
