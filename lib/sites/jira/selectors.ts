import { sel } from '@/lib/dom/selector';

const COPY = 'AlexBramhill/jira-copy-buttons';
const TOGGL = 'toggl/track-extension src/content/atlassian.js';

/** Jira Cloud uses data-testid; older builds data-test-id (hosts.md). */
export const JIRA = {
  issueContainer: sel('2026-11', COPY, '[data-vc="FullPageIssueContainer"]', '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]', '[data-test-id="issue.views.issue-base.foundation.summary.heading"]'),
  issueModal: sel('2026-11', COPY, '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]', '[data-test-id="issue.views.issue-details.issue-modal.modal-dialog"]'),
  currentIssueKey: sel(
    '2026-11', TOGGL,
    '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    '[data-test-id="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
  ),
  title: sel(
    '2026-11', TOGGL,
    '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    '[data-test-id="issue.views.issue-base.foundation.summary.heading"]',
  ),
  boardCard: sel('2026-11', TOGGL, '[data-testid="platform-board-kit.ui.card.card"]', '[data-test-id="platform-board-kit.ui.card.card"]'),
  cardKeyLink: sel('2026-11', TOGGL, 'a[href*="/browse/"]'),
  // Jira Server / Data Center (toggl).
  serverIssueKeyMeta: sel('2026-11', TOGGL, 'meta[name="ajs-issue-key"]'),
  serverKey: sel('2026-11', TOGGL, '#key-val'),
  serverSummary: sel('2026-11', TOGGL, '#summary-val'),
  serverDetail: sel('2026-11', TOGGL, '#ghx-detail-view'),
} as const;
