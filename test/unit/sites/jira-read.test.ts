// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asIssueKey, cardKey, isSelfHosted, keyFromHref, readIssueKey, titleKey } from '@/lib/sites/jira/read';

const html = (s: string) => {
  document.head.innerHTML = '';
  document.body.innerHTML = s;
};

describe('keys', () => {
  it.each([
    ['/browse/NW-3', 'NW-3'],
    ['https://acme.atlassian.net/browse/nw-12?focusedCommentId=1', 'NW-12'],
    ['/jira/browse/OPS17-4/', 'OPS17-4'],
    ['/browse/NW', null],
    ['/browse/3-NW', null],
    ['/jira/software/c/projects/NW/boards/1', null],
    ['', null],
    [null, null],
  ])('keyFromHref(%s) = %s', (href, key) => expect(keyFromHref(href)).toBe(key));

  it('asIssueKey trims, upper-cases and rejects the rest', () => {
    expect(asIssueKey(' nw-3 ')).toBe('NW-3');
    expect(asIssueKey('NW 3')).toBeNull();
    expect(asIssueKey('<img src=x>')).toBeNull();
  });
});

describe('cardKey', () => {
  it('reads a Cloud card from its /browse/ link, a Server card from data-issue-key', () => {
    html(`
      <div data-testid="platform-board-kit.ui.card.card" id="c1"><span>Summary NW-99</span><div><a href="/browse/NW-5" tabindex="-1">NW-5</a></div></div>
      <div class="js-issue ghx-issue" data-issue-key="OPS-17" id="c2"><a class="ghx-key" href="/browse/OPS-17">OPS-17</a></div>
      <div data-testid="platform-board-kit.ui.card.card" id="c3"><a class="ghx-key" href="#">ZZ-1</a></div>`);
    expect(cardKey(document.getElementById('c1')!)).toBe('NW-5');
    expect(cardKey(document.getElementById('c2')!)).toBe('OPS-17');
    expect(cardKey(document.getElementById('c3')!)).toBe('ZZ-1');
  });

  it('returns null for markup it cannot read (no badge, no error)', () => {
    html(`<div id="c"><a href="#">Open</a><span>NW-5</span></div><div id="d"></div>`);
    expect(cardKey(document.getElementById('c')!)).toBeNull();
    expect(cardKey(document.getElementById('d')!)).toBeNull();
  });
});

describe('titleKey', () => {
  it('reads the key of the title’s own container: full page and modal may differ from the URL', () => {
    html(`
      <div data-vc="FullPageIssueContainer">
        <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/NW-3"><span>NW-3</span></a>
        <h1 data-testid="issue.views.issue-base.foundation.summary.heading" id="t1">Pilot</h1>
      </div>
      <section role="dialog" data-testid="issue.views.issue-details.issue-modal.modal-dialog">
        <a data-testid="issue.views.issue-base.foundation.breadcrumbs.current-issue.item" href="/browse/OPS-17">OPS-17</a>
        <h1 data-testid="issue.views.issue-base.foundation.summary.heading" id="t2">Tenant</h1>
      </section>`);
    expect(titleKey(document.getElementById('t1')!, document, 'https://acme.atlassian.net/jira/your-work')).toBe('NW-3');
    expect(titleKey(document.getElementById('t2')!, document, 'https://acme.atlassian.net/jira/your-work')).toBe('OPS-17');
  });

  it('Server: the issue page (#key-val) and the board’s detail view', () => {
    html(`
      <div id="issue-content"><a id="key-val" class="issue-link" href="/browse/OPS-17">OPS-17</a><h1 id="summary-val">Tenant</h1></div>
      <div id="ghx-detail-view"><div id="ghx-detail-issue" data-issuekey="NW-7"><div class="ghx-fieldname-issuekey"><a href="/browse/NW-7">NW-7</a></div>
        <h2 data-field-id="summary" id="t2">SSO</h2></div></div>`);
    expect(titleKey(document.getElementById('summary-val')!, document, 'https://jira.example.com/secure/x')).toBe('OPS-17');
    expect(titleKey(document.getElementById('t2')!, document, 'https://jira.example.com/secure/x')).toBe('NW-7');
  });

  it('falls back to the URL when the container names no key', () => {
    html(`<h1 data-testid="issue.views.issue-base.foundation.summary.heading" id="t">x</h1>`);
    expect(titleKey(document.getElementById('t')!, document, 'https://acme.atlassian.net/browse/NW-8')).toBe('NW-8');
  });
});

describe('readIssueKey (self-hosted detection)', () => {
  it('prefers the URL, then meta[name=ajs-issue-key], then #key-val, then #ghx-detail-view', () => {
    html('');
    expect(readIssueKey(document, 'https://jira.example.com/browse/NW-3')).toBe('NW-3');
    expect(readIssueKey(document, 'https://jira.example.com/secure/ViewIssue.jspa?id=1')).toBeNull();
    document.head.innerHTML = '<meta name="ajs-issue-key" content="OPS-17">';
    expect(readIssueKey(document, 'https://jira.example.com/secure/ViewIssue.jspa?id=1')).toBe('OPS-17');
    html('<a id="key-val" href="/browse/NW-5">NW-5</a>');
    expect(readIssueKey(document, 'https://jira.example.com/x')).toBe('NW-5');
    html('<div id="ghx-detail-view"><div data-issuekey="NW-9"></div></div>');
    expect(readIssueKey(document, 'https://jira.example.com/x')).toBe('NW-9');
    html('<meta name="ajs-issue-key" content="<script>">');
    expect(readIssueKey(document, 'https://jira.example.com/x')).toBeNull();
  });

  it('tells Jira Cloud from a self-hosted origin', () => {
    expect(isSelfHosted({ href: 'https://acme.atlassian.net/browse/NW-1' })).toBe(false);
    expect(isSelfHosted({ href: 'https://jira.example.com/browse/NW-1' })).toBe(true);
  });
});
