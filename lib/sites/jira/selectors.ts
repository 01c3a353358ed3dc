import { named, sel } from '@/lib/sites/runtime/selectors';

const COPY = 'AlexBramhill/jira-copy-buttons';
const TOGGL = 'toggl/track-extension src/content/atlassian.js';
/** Live Jira Cloud DOM, 2026-08-10 (no licence: cited as evidence, nothing copied; see test/fixtures/real/jira-*.html). */
const SURVEY = 'gthau/userscripts docs/jira-cart/research/02c-live-dom-survey (markdown)';
/** A selector in public extension code (find_string, repository not identified); no markup around it. */
const BACKLOG_PANEL_CODE = 'public Jira extension code (selector only)';

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
    // The backlog's detail view as a side panel (no [role=dialog], lib/sites/HOSTS.md).
    '[data-testid="software-backlog.detail-view.issue-wrapper.backlog-issue"]',
    // Server: the issue page and the board's detail view.
    '#issue-content', '#ghx-detail-view',
  ),
  issueModal: sel('2026-11', COPY, '[data-testid="issue.views.issue-details.issue-modal.modal-dialog"]', '[data-test-id="issue.views.issue-details.issue-modal.modal-dialog"]'),
  /**
   * The backlog's detail view with `?selectedIssue=`: a side panel, not a
   * modal (seen 2026-08: `[role="dialog"]` 0, one current-issue breadcrumb).
   * No public markup of it; its wrapper's testid is from selector code.
   */
  sidePanel: sel('2026-12', BACKLOG_PANEL_CODE, '[data-testid="software-backlog.detail-view.issue-wrapper.backlog-issue"]'),
  currentIssueKey: sel(
    '2026-11', TOGGL,
    '[data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    '[data-test-id="issue.views.issue-base.foundation.breadcrumbs.current-issue.item"]',
    // Structure: the breadcrumb naming the page's own issue (seen 2026-08, SURVEY, view 1: aria-current=page).
    'a[aria-current="page"][href*="/browse/"]',
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
  // Seen 2026-08 (SURVEY, view 4): `div[data-testid="platform-card.common.ui.key.key"] > a[target=_blank]`.
  cardKeyLink: sel('2026-11', TOGGL, 'a[href*="/browse/"]', 'a.ghx-key'),
  /** Jira's own way to open a card in place (an empty button over the card, labelled with the key), seen 2026-08 (SURVEY, view 4). */
  cardOpener: sel('2026-08', SURVEY, 'button[data-testid="platform-card.ui.card.focus-container"]'),
  // List rows: each has a /browse/KEY link (seen 2026-08, SURVEY). The badge goes after it, never inside.
  /** Backlog row: the visible key link (aria-hidden, target=_self), beside a screen-reader link (view 3). */
  backlogKey: sel('2026-08', SURVEY, 'a[data-testid="software-backlog.card-list.card.card-contents.key"]'),
  /** Issue navigator and an epic's children: the native issue table's key cell (views 5, 6). */
  tableKey: sel('2026-08', SURVEY, 'a[data-testid="native-issue-table.common.ui.issue-cells.issue-key.issue-key-cell"]'),
  /** Timeline (plans) left column: the row's only key is its /browse/ link, target=_blank (view 7). */
  timelineKey: sel('2026-08', SURVEY, '[data-testid="portfolio-3-portfolio.app-simple-plans.main.tabs.roadmap.scope.issues.issue.row"] a[href*="/browse/"]'),
  // Jira Server / Data Center (toggl).
  serverIssueKeyMeta: sel('2026-11', TOGGL, 'meta[name="ajs-issue-key"]'),
  serverKey: sel('2026-11', TOGGL, '#key-val'),
  serverSummary: sel('2026-11', TOGGL, '#summary-val'),
  serverDetail: sel('2026-11', TOGGL, '#ghx-detail-view'),
  /** Inside an issue container or Server's detail view: the element naming the issue. */
  detailIssueKey: sel('2026-11', TOGGL, '[data-issuekey]'),
  detailKeyLink: sel('2026-11', TOGGL, '.ghx-fieldname-issuekey a'),
});
