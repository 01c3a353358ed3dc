// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJiraUrl } from '@/lib/sites/jira/detect';
import { cardKey, cardKeyLink, cardOpener, issueViewOf, readIssueKey, rowKey, sidePanelKey, titleKey } from '@/lib/sites/jira/read';
import { JIRA } from '@/lib/sites/jira/selectors';
import { anyOf, query } from '@/lib/sites/runtime/selectors';

// Structure of real Jira Cloud pages (2026-08, English; no text of the capture): each file's header says
// where it comes from, and which one is built from facts (the backlog side panel: no public markup).
const fixture = (name: string) => readFileSync(`test/fixtures/real/jira-${name}.html`, 'utf8');
const load = (name: string) => {
  document.body.innerHTML = fixture(name);
};
const SITE = 'https://acme.atlassian.net';
const ROWS = [JIRA.backlogKey, JIRA.tableKey, JIRA.timelineKey].map(anyOf).join(', ');
const rowKeys = () => [...document.querySelectorAll(ROWS)].map(rowKey);
const title = () => query(document, JIRA.title)!;

describe('issue view (real breadcrumbs: no data-vc container, no data-test-id)', () => {
  it('the title takes the key of its own view from the current-issue breadcrumb, whatever the URL says', () => {
    load('issue-view');
    expect(issueViewOf(title())).not.toBeNull();
    expect(titleKey(title(), document, `${SITE}/jira/your-work`)).toBe('PLC-101');
    expect(titleKey(title(), document, `${SITE}/browse/PLC-101`)).toBe('PLC-101');
  });

  it('the current-issue item is found by its testid and, failing that, by aria-current', () => {
    load('issue-view');
    expect(query(document, JIRA.currentIssueKey)?.getAttribute('href')).toBe('/browse/PLC-101');
    document.querySelector('[data-testid$="current-issue.item"]')!.setAttribute('data-testid', 'renamed');
    expect(titleKey(title(), document, `${SITE}/jira/your-work`)).toBe('PLC-101');
  });

  it('has no list rows', () => {
    load('issue-view');
    expect(rowKeys()).toEqual([]);
  });
});

describe('board card (real structure)', () => {
  it('reads the key from the card; the key link opens a new tab, the card its own opener button', () => {
    load('board-card');
    const card = query(document, JIRA.boardCard)!;
    expect(card.id).toBe('card-PLC-102');
    expect(cardKey(card)).toBe('PLC-102');
    expect(cardKeyLink(card)?.getAttribute('target')).toBe('_blank');
    expect(cardOpener(card)?.localName).toBe('button');
    expect(rowKeys()).toEqual([]);
  });
});

describe('list rows (real structure): one key per row, from its /browse/ link', () => {
  it('backlog: the visible key link, not the screen-reader link beside it', () => {
    load('backlog-row');
    expect(document.querySelectorAll('a[href="/browse/PLC-103"]')).toHaveLength(2);
    expect(rowKeys()).toEqual(['PLC-103']);
    expect(document.querySelector(ROWS)?.getAttribute('target')).toBe('_self');
  });

  it('issue navigator: the native table key cell', () => {
    load('navigator-row');
    expect(rowKeys()).toEqual(['PLC-104']);
  });

  it('an epic’s children: the key cell only (not the summary link, not linked work), the epic’s title keeps its own key', () => {
    load('epic-children');
    expect(document.querySelectorAll('a[href*="/browse/"]')).toHaveLength(4);
    expect(rowKeys()).toEqual(['PLC-111']);
  });

  it('timeline: the row’s /browse/ link (target=_blank), no key on the bars', () => {
    load('timeline-row');
    expect(rowKeys()).toEqual(['PLC-105']);
    expect(document.querySelector(ROWS)?.getAttribute('target')).toBe('_blank');
  });
});

describe('backlog with the detail view as a side panel (built from facts: no [role=dialog])', () => {
  it('is no modal', () => {
    load('backlog-side-panel');
    expect(document.querySelectorAll('[role="dialog"]')).toHaveLength(0);
    expect(query(document, JIRA.issueModal)).toBeNull();
  });

  it('names its issue through its breadcrumb: the page key when the URL has none', () => {
    load('backlog-side-panel');
    expect(sidePanelKey(document)).toBe('PLC-107');
    const backlog = `${SITE}/jira/software/c/projects/PLC/boards/7/backlog`;
    expect(readIssueKey(document, backlog)).toBe('PLC-107');
    // The URL stays first when it names one (Jira keeps it exact).
    expect(readIssueKey(document, `${backlog}?assignee=x&selectedIssue=PLC-107`)).toBe('PLC-107');
  });

  it('the panel’s title takes the panel’s key, even while the URL already names the next issue', () => {
    load('backlog-side-panel');
    expect(titleKey(title(), document, `${SITE}/jira/software/c/projects/PLC/boards/7/backlog?selectedIssue=PLC-106`)).toBe('PLC-107');
  });

  it('the backlog rows beside the panel each have their key', () => {
    load('backlog-side-panel');
    expect(rowKeys()).toEqual(['PLC-106', 'PLC-107']);
  });
});

describe('URLs of the real list views', () => {
  it.each([
    [`${SITE}/issues/?jql=created+%3E%3D+-30d+order+by+created+DESC&referrer=quick-find`, 'list'],
    [`${SITE}/jira/plans/7/scenarios/173/timeline?vid=311`, 'list'],
    [`${SITE}/jira/software/c/projects/PLC/timeline`, 'list'],
    [`${SITE}/jira/software/c/projects/PLC/boards/2/backlog?assignee=x&selectedIssue=PLC-3`, 'board'],
  ])('%s is a %s view', (href, view) => expect(parseJiraUrl(href).view).toBe(view));
});
