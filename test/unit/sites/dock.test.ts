// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountPanel } from '@/lib/sites/runtime/mount';
import { dockCss } from '@/lib/sites/runtime/dock';

const dockStyle = () => document.querySelector('style[data-handoff-dock]');

describe('docking the panel beside the page (Jira, Asana)', () => {
  afterEach(() => {
    document.querySelectorAll('[data-handoff]').forEach((el) => el.remove());
  });

  it('mounts outside <body>, narrows the page, and undoes all of it on abort', () => {
    const ac = new AbortController();
    const panel = mountPanel('', { signal: ac.signal, theme: 'light', dock: 'page' });
    expect(panel.host.parentElement).toBe(document.documentElement);
    expect(document.body.contains(panel.host)).toBe(false);
    expect(panel.host.getAttribute('data-dock')).toBe('page');
    expect(document.documentElement.hasAttribute('data-handoff-dock')).toBe(true);
    expect(dockStyle()?.textContent).toContain('margin-right: 320px');

    ac.abort();
    expect(panel.host.isConnected).toBe(false);
    expect(dockStyle()).toBeNull();
    expect(document.documentElement.hasAttribute('data-handoff-dock')).toBe(false);
  });

  it('narrows <body> by the panel width and makes it the containing block of fixed layers', () => {
    const css = dockCss(28);
    expect(css).toContain('html[data-handoff-dock] > body');
    expect(css).toContain('margin-right: 28px !important');
    expect(css).toContain('contain: layout !important');
  });

  it('leaves the page alone when not docked (an overlay) or docked as a column', () => {
    const ac = new AbortController();
    const overlay = mountPanel('', { signal: ac.signal, theme: 'light' });
    expect(overlay.host.parentElement).toBe(document.body);
    expect(dockStyle()).toBeNull();
    ac.abort();
  });
});
