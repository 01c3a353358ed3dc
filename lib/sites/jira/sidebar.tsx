import { PageSidebar } from '@/components/page-sidebar/PageSidebar';
import { SIDEBAR_CSS } from '@/components/sidebar/styles';
import { mountPanel, pageTheme } from '@/lib/ui/mount-panel';
import type { SiteFeature } from '../feature';
import { describeLinkedPage } from '../shared/describe-linked';
import { JIRA } from './selectors';
import { isJiraIssue, parseJiraUrl } from './detect';

/** The issue's key comes from the URL, which Jira keeps exact; the DOM is only where the badge goes (issue 5). */
export const jiraSidebar: SiteFeature = {
  id: 'jira-sidebar',
  matches: isJiraIssue,
  init(signal) {
    const { issueKey, projectKey } = parseJiraUrl(location.href);
    if (!issueKey) return;
    const panel = mountPanel(SIDEBAR_CSS, { signal, theme: pageTheme() });
    describeLinkedPage('jira', { kind: 'jira', issueKey, projectKey }, JIRA.title, signal);
    const targets = [{ kind: 'jira-issue', label: `Link ${issueKey}`, field: 'jira' as const, value: issueKey }];
    if (projectKey) targets.push({ kind: 'jira-project', label: `Link project ${projectKey}`, field: 'jira' as const, value: projectKey });
    panel.render(
      <PageSidebar
        page={{ kind: 'read', context: { kind: 'jira', issueKey, projectKey } }}
        pageLabel="this issue"
        linkTargets={targets}
        newDeal={{ links: { jira: [projectKey ?? issueKey] } }}
      />,
    );
  },
};
