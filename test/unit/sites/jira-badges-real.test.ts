// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { asUserInput } from '../../support/user-events';

const sent: Array<{ type: string; payload: { issueKeys?: string[] } }> = [];
vi.mock('@/lib/messaging/client', () => ({
  send: vi.fn((type: string, payload: { issueKeys?: string[] }) => {
    sent.push({ type, payload });
    if (type !== 'jira.badges') return Promise.resolve({});
    return Promise.resolve(Object.fromEntries((payload.issueKeys ?? []).map((k) => [k, { dealId: 'd', dealName: 'Deal', level: 'danger', text: 'Not signed yet.' }])));
  }),
}));

const { jiraBadges } = await import('@/lib/sites/jira/badges');

// The real structures (test/fixtures/real, 2026-08, no text of the capture) on one page, as Jira renders them
// inside its main content area: an issue view with an epic's children, a board card and every kind of list row.
const fixture = (name: string) => readFileSync(`test/fixtures/real/jira-${name}.html`, 'utf8');
const PAGE = `<main data-testid="page-layout.main">${['issue-view', 'epic-children', 'board-card', 'backlog-row', 'navigator-row', 'timeline-row'].map(fixture).join('\n')}</main>`;
const tick = () => new Promise((r) => setTimeout(r, 0));
const click = (el: Element, trusted: boolean) => {
  const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(trusted ? asUserInput(e) : e);
};

describe('Jira badges on real markup', () => {
  let run: AbortController;
  beforeEach(async () => {
    sent.length = 0;
    history.replaceState(null, '', '/jira/software/c/projects/PLC/boards/7');
    document.body.innerHTML = PAGE;
    run = new AbortController();
    await jiraBadges.init(run.signal);
    await tick();
  });
  afterEach(() => run.abort());

  it('one lookup for the title, the card and every list row, then one badge each, beside (never inside) its link', () => {
    const lookups = sent.filter((m) => m.type === 'jira.badges');
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.payload.issueKeys!.slice().sort()).toEqual(['PLC-101', 'PLC-102', 'PLC-103', 'PLC-104', 'PLC-105', 'PLC-111']);
    const badges = [...document.querySelectorAll('[data-handoff="badge"]')];
    expect(badges.map((b) => `${b.getAttribute('data-place')} ${b.getAttribute('data-issue-key')}`).sort()).toEqual(
      ['card PLC-102', 'row PLC-103', 'row PLC-104', 'row PLC-105', 'row PLC-111', 'title PLC-101'],
    );
    for (const b of badges) {
      expect(b.closest('a'), b.getAttribute('data-issue-key')!).toBeNull();
      expect(b.getAttribute('data-level')).toBe('danger');
    }
    for (const b of badges.filter((b) => b.getAttribute('data-place') !== 'title')) {
      expect(b.previousElementSibling?.getAttribute('href')).toBe(`/browse/${b.getAttribute('data-issue-key')}`);
    }
  });

  it('a click on a card’s badge reaches neither the card nor its new-tab key link; the card opens through its own button', async () => {
    const card = document.getElementById('card-PLC-102')!;
    const seen: string[] = [];
    card.addEventListener('click', (e) => seen.push(`card<-${(e.target as Element).localName}`));
    card.querySelector('a')!.addEventListener('click', () => seen.push('key link'));
    const opener = card.querySelector('button[data-testid="platform-card.ui.card.focus-container"]')!;
    opener.addEventListener('click', () => seen.push('opener'));
    const badge = card.querySelector('[data-handoff="badge"]')!;

    click(badge, false); // a page script's click: stopped, and nothing opens
    await tick();
    expect(seen).toEqual([]);

    click(badge, true);
    await tick();
    expect(seen).toEqual(['opener', 'card<-button']);
    expect(sent.map((m) => m.type)).toContain('settings.setSidebarCollapsed');
  });

  it('Enter on a row’s badge stays out of the row, and opens the issue in the tab through the row’s own key link', async () => {
    const badge = document.querySelector('[data-handoff="badge"][data-issue-key="PLC-104"]')!;
    const row = badge.closest('tr')!;
    const seen: string[] = [];
    row.addEventListener('keydown', () => seen.push('row key'));
    row.addEventListener('click', (e) => seen.push(`row<-${(e.target as Element).localName}`));
    badge.dispatchEvent(asUserInput(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })));
    await tick();
    expect(seen).toEqual(['row<-a']);
  });
});
