// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { observe, waitFor } from '@/lib/sites/runtime/observe';

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('observe', () => {
  it('sees elements already there and added later, once each, batched per frame', async () => {
    document.body.innerHTML = '<main><p class="x">1</p></main>';
    const main = document.querySelector('main')!;
    const seen: string[] = [];
    const ac = new AbortController();
    observe('.x', (el) => seen.push(el.textContent!), { signal: ac.signal, root: main });
    expect(seen).toEqual(['1']);
    for (const n of ['2', '3']) {
      const p = document.createElement('p');
      p.className = 'x';
      p.textContent = n;
      main.append(p);
    }
    expect(seen).toEqual(['1']); // not yet: the frame batches them
    await frame();
    await frame();
    expect(seen).toEqual(['1', '2', '3']);
    ac.abort();
    main.append(Object.assign(document.createElement('p'), { className: 'x', textContent: '4' }));
    await frame();
    await frame();
    expect(seen).toEqual(['1', '2', '3']);
  });

  it('waitFor resolves with the element, or null when aborted', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const root = document.getElementById('root')!;
    const ac = new AbortController();
    const found = waitFor('.late', { signal: ac.signal, root });
    root.append(Object.assign(document.createElement('span'), { className: 'late' }));
    await frame();
    expect((await found)?.className).toBe('late');
    const never = new AbortController();
    const gone = waitFor('.never', { signal: never.signal, root });
    never.abort();
    expect(await gone).toBeNull();
  });
});
