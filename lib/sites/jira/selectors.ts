import { named, sel } from '@/lib/sites/runtime/selectors';

const COPY = 'AlexBramhill/jira-copy-buttons';
const TOGGL = 'toggl/track-extension src/content/atlassian.js';

/**
 * Jira Cloud uses data-testid; older builds data-test-id (lib/sites/HOSTS.md). Jira
 * Server / Data Center (self-hosted) keeps the classic ids (toggl), listed
 * as fallbacks so one content script reads both.
 */
export const JIRA = named('jira', {
  /**
   * The page's content area, stable across SPA routes: badges observe only
   * here (plus the issue modal, a portal outside it), never the document.
   * Cloud: `main` of the page layout; Server: `#content`.
   */
  content: sel('2026-11', COPY, '[data-testid="page-layout.main"]', '#ak-main-content', 'section#content[role="main"]', '#content'),
  issueContainer: sel(
    '2026-11', COPY,
    '[data-vc="FullPageIssueContainer"]',
    '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]',
    '[data-test-id="issue.views.issue-details.issue-modal.modal-dialog"]',
    // Server: the issue page and the board's detail view.
    '#issue-content', '#ghx-detail-view',
  ),
  issueModal: sel('2026-11', COPY, '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]', '[data-test-id="issue.views.issue-details.issue-modal.modal-dialog"]'),
  currentIssueKey: sel(
    '2026-11', TOGGL,
    '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    '[data-test-id="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    // Server: issue page, then the board's detail view.
    '#key-val',
    '#ghx-detail-view .ghx-fieldname-issuekey a',
  ),
  title: sel(
    '2026-11', TOGGL,
    '[data-testid="issue.views.issue-base.foundation.summary.heading"]',
    '[data-test-id="issue.views.issue-base.foundation.summary.heading"]',
    '#summary-val',
    '#ghx-detail-view [data-field-id="summary"]',
  ),
  boardCard: sel(
    '2026-11', TOGGL,
    '[data-testid="platform-board-kit.ui.card.card"]',
    '[data-test-id="platform-board-kit.ui.card.card"]',
    // Server's classic agile board.
    '.ghx-issue[data-issue-key]',
  ),
  cardKeyLink: sel('2026-11', TOGGL, 'a[href*="/browse/"]', 'a.ghx-key'),
  // Jira Server / Data Center (toggl).
  serverIssueKeyMeta: sel('2026-11', TOGGL, 'meta[name="ajs-issue-key"]'),
  serverKey: sel('2026-11', TOGGL, '#key-val'),
  serverSummary: sel('2026-11', TOGGL, '#summary-val'),
  serverDetail: sel('2026-11', TOGGL, '#ghx-detail-view'),
  /** Inside an issue container or Server's detail view: the element naming the issue. */
  detailIssueKey: sel('2026-11', TOGGL, '[data-issuekey]'),
  detailKeyLink: sel('2026-11', TOGGL, '.ghx-fieldname-issuekey a'),
});
