import { JiraSiteGate } from '@/components/sidebar/JiraSiteGate';
import { PageSidebar } from '@/components/sidebar/PageSidebar';
import SIDEBAR_CSS from '@/components/sidebar/sidebar.css?inline';
import { mountPanel, pageTheme } from '@/lib/sites/runtime/mount';
import type { SiteFeature } from '../runtime/feature';
import { describeLinkedPage } from '../runtime/describe-linked';
import { JIRA } from './selectors';
import { isJiraIssue, projectOf } from './detect';
import { isSelfHosted, readIssueKey } from './read';

/**
 * The issue's key comes from the URL, which Jira keeps exact; on a
 * self-hosted Jira (Server / Data Center) whose URL names no issue, from its
 * server-rendered markup (`ajs-issue-key` meta, `#key-val`, the board's
 * detail view). The DOM is otherwise only where things go (issue 5). The
 * page's site goes with its keys (the background checks it against the
 * tab); until the user allows the site, only the confirm button shows
 * (issue 13). Docked beside the page, which narrows, so the panel covers
 * neither the Details column nor the issue modal's buttons (issue 14).
 */
export const jiraSidebar: SiteFeature = {
  id: 'jira-sidebar',
  matches: (loc) => isJiraIssue(loc) || isSelfHosted(loc),
  init(signal) {
    const issueKey = readIssueKey(document, location.href);
    if (!issueKey) return;
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
  },
};
