// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { whileConnected } from '@/lib/sites/asana/while-connected';

const frame = () => new Promise((r) => setTimeout(r, 50));

describe('whileConnected (a task pane opened over a URL that names no task)', () => {
  it('aborts when the pane leaves the document, not before', async () => {
    document.body.innerHTML = '<div class="overlay"><article class="TaskPane" data-task-id="1"></article></div>';
    const pane = document.querySelector('article')!;
    const open = whileConnected(pane, new AbortController().signal);
    document.body.append(document.createElement('p'));
    await frame();
    expect(open.aborted).toBe(false);
    document.querySelector('.overlay')!.remove();
    await frame();
    expect(open.aborted).toBe(true);
  });

  it('aborts with the run it belongs to', () => {
    document.body.innerHTML = '<article class="TaskPane" data-task-id="1"></article>';
    const run = new AbortController();
    const open = whileConnected(document.querySelector('article')!, run.signal);
    run.abort();
    expect(open.aborted).toBe(true);
  });
});
