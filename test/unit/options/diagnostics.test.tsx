// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SelectorMiss } from '@/lib/messaging/protocol';
import { SELECTOR_HEALTH_KEY } from '@/lib/messaging/limits';
import { diagnosticsReport } from '@/lib/options/diagnostics-report';
import { flush, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { DiagnosticsView } = await import('@/components/options/diagnostics/DiagnosticsView');

const due: SelectorMiss = {
  name: 'asana.dueDateField',
  site: 'asana',
  css: ['.TaskPaneFields-dueDateContainer', '#task_pane_due_date_input'],
  seen: '2026-12',
  source: 'apiology/shortcuts-for-asana',
  count: 3,
  firstSeen: '2026-12-01T10:00:00.000Z',
  lastSeen: '2026-12-03T10:00:00.000Z',
};
const sender: SelectorMiss = { ...due, name: 'gmail.sender', site: 'gmail', css: ['span.gD[email]'], count: 1, firstSeen: '2026-12-02T10:00:00.000Z', lastSeen: '2026-12-02T10:00:00.000Z' };

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as ReturnType<typeof fakeBrowser.runtime.getManifest>);
  send.mockReset();
});
const $ = (sel: string) => root.querySelector<HTMLElement>(sel);

describe('diagnostics report', () => {
  it('is plain text naming site, selector, count, days and every CSS tried, and nothing of any page', () => {
    const text = diagnosticsReport([due, sender], { version: '0.1.0', browser: 'Chrome/140', now: new Date('2026-12-03T12:00:00') });
    expect(text).toContain('Handoff 0.1.0: selector diagnostics, 2026-12-03');
    expect(text).toContain('Gmail:\n- gmail.sender: missed 1 time, last 2026-12-02');
    expect(text).toContain('Asana:\n- asana.dueDateField: missed 3 times, last 2026-12-03, first 2026-12-01; worked as of 2026-12');
    expect(text).toContain('tried .TaskPaneFields-dueDateContainer\n    then  #task_pane_due_date_input');
    expect(text).not.toMatch(/https?:/);
    expect(diagnosticsReport([], { version: '0.1.0', browser: 'x', now: new Date() })).toContain('No selector has missed.');
  });
});

describe('DiagnosticsView', () => {
  it('lists each miss with site, name, count, the day last seen and the CSS tried', async () => {
    send.mockResolvedValue([due, sender]);
    await act(() => render(<DiagnosticsView />, root));
    await flush();
    expect(send).toHaveBeenCalledWith('health.list', {});
    const row = $('[data-handoff="diagnostics-list"] tr[data-selector="asana.dueDateField"]')!;
    expect(row.querySelector('[data-field="site"]')!.textContent).toBe('Asana');
    expect(row.querySelector('[data-field="count"]')!.textContent).toBe('3');
    expect(row.querySelector('[data-field="last-seen"]')!.textContent).toBe(new Date(due.lastSeen).toLocaleDateString('sv'));
    expect(row.querySelector('[data-field="css"]')!.textContent).toContain('#task_pane_due_date_input');
    expect($('[data-handoff="diagnostics-empty"]')).toBeNull();
  });

  it('copies the report as plain text, and Clear empties the list', async () => {
    send.mockImplementation(async (type: string) => (type === 'health.list' ? [due] : { ok: true }));
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await act(() => render(<DiagnosticsView />, root));
    await flush();
    await act(() => $('[data-handoff="diagnostics-copy"]')!.click());
    await flush();
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('asana.dueDateField: missed 3 times'));
    expect(root.textContent).toContain('Report copied');

    send.mockImplementation(async (type: string) => (type === 'health.list' ? [] : { ok: true }));
    await act(() => $('[data-handoff="diagnostics-clear"]')!.click());
    await flush();
    expect(send).toHaveBeenCalledWith('health.clear', {});
    expect($('[data-handoff="diagnostics-list"]')).toBeNull();
    expect($('[data-handoff="diagnostics-empty"]')).not.toBeNull();
  });

  it('shows a new miss as soon as the background stores it', async () => {
    send.mockResolvedValue([]);
    await act(() => render(<DiagnosticsView />, root));
    await flush();
    expect($('[data-handoff="diagnostics-empty"]')).not.toBeNull();
    send.mockResolvedValue([sender]);
    await fakeBrowser.storage.local.set({ [SELECTOR_HEALTH_KEY]: { misses: [sender] } });
    await flush();
    expect($('tr[data-selector="gmail.sender"]')).not.toBeNull();
  });
});
