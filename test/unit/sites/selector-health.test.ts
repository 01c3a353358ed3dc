// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmMiss, createMissReporter, firstMissing, settled } from '@/lib/sites/runtime/selector-health';
import { ASANA } from '@/lib/sites/asana/selectors';
import { GMAIL } from '@/lib/sites/gmail/selectors';
import { named, sel } from '@/lib/sites/runtime/selectors';

const send = vi.fn(async (..._args: unknown[]) => ({ counted: 1 }));
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));

const tick = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  send.mockClear();
  document.body.replaceChildren();
});

describe('named selector tables', () => {
  it('names each selector after its key and keeps its CSS', () => {
    const table = named('jira', { title: sel('2026-12', 'here', 'h1', 'h2') });
    expect(table.title).toMatchObject({ name: 'jira.title', css: ['h1', 'h2'], seen: '2026-12', source: 'here' });
    expect(GMAIL.sender.name).toBe('gmail.sender');
    expect(ASANA.dueDateField.name).toBe('asana.dueDateField');
  });
});

describe('miss reporter', () => {
  it('reports a selector once per page view, several in one message', async () => {
    const post = vi.fn(async () => {});
    const report = createMissReporter(post);
    const view = new AbortController();
    report(GMAIL.sender, view.signal);
    report(GMAIL.sender, view.signal);
    report(GMAIL.subject, view.signal);
    await tick();
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith(['gmail.sender', 'gmail.subject']);
    report(GMAIL.sender, view.signal);
    await tick();
    expect(post).toHaveBeenCalledTimes(1);
    // The next page view (SPA navigation) may report it again.
    const next = new AbortController();
    report(GMAIL.sender, next.signal);
    await tick();
    expect(post).toHaveBeenLastCalledWith(['gmail.sender']);
  });

  it('reports nothing for an unnamed selector or a page view already left', async () => {
    const post = vi.fn(async () => {});
    const report = createMissReporter(post);
    const left = new AbortController();
    left.abort();
    report(GMAIL.sender, left.signal);
    report(sel('2026-12', 'x', '.x'), new AbortController().signal);
    await tick();
    expect(post).not.toHaveBeenCalled();
  });

  it('a failing background never throws into the page', async () => {
    const report = createMissReporter(async () => Promise.reject(new Error('gone')));
    report(GMAIL.sender, new AbortController().signal);
    await tick();
  });

  it('firstMissing names the first selector that matches nothing', () => {
    document.body.innerHTML = '<h2 class="hP">Subject</h2>';
    expect(firstMissing(document, [GMAIL.subject, GMAIL.message])).toBe(GMAIL.message);
    expect(firstMissing(document, [GMAIL.subject])).toBeNull();
  });
});

describe('confirmMiss', () => {
  it('an element that arrives while the page settles is no miss: nothing is counted', async () => {
    document.body.innerHTML = '<article class="TaskPane" data-task-id="1"></article>';
    const pane = document.querySelector('article')!;
    const view = new AbortController();
    const result = confirmMiss(ASANA.dueDateField, () => !pane.querySelector('.TaskDueDateToken'), { root: pane, signal: view.signal, quietMs: 30 });
    pane.append(Object.assign(document.createElement('div'), { className: 'TaskDueDateToken' }));
    expect(await result).toBe(false);
    await tick();
    expect(send).not.toHaveBeenCalled();
  });

  it('a selector still missing once the page settled is counted and reported', async () => {
    document.body.innerHTML = '<article class="TaskPane" data-task-id="1"><div class="TaskPaneFields"></div></article>';
    const pane = document.querySelector('article')!;
    const view = new AbortController();
    const result = confirmMiss(ASANA.dueDateField, () => !pane.querySelector('.TaskDueDateToken'), { root: pane, signal: view.signal, quietMs: 30 });
    pane.append(document.createElement('span')); // still changing: the quiet period restarts
    expect(await result).toBe(true);
    await tick();
    expect(send).toHaveBeenCalledWith('health.miss', { names: ['asana.dueDateField'] });
  });

  it('leaving the page first reports nothing', async () => {
    const view = new AbortController();
    const result = confirmMiss(ASANA.dueDateField, () => true, { root: document.body, signal: view.signal, quietMs: 50 });
    view.abort();
    expect(await result).toBe(false);
    await tick();
    expect(send).not.toHaveBeenCalled();
  });

  it('a page that never stops changing still settles after maxMs', async () => {
    const view = new AbortController();
    const churn = setInterval(() => document.body.append(document.createElement('i')), 5);
    const started = Date.now();
    expect(await settled(document.body, { signal: view.signal, quietMs: 40, maxMs: 120 })).toBe(true);
    clearInterval(churn);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
