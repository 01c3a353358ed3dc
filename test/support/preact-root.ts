import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';

/**
 * A fresh <div> in the body for every test of the file, handed to `use`
 * before each test and unmounted and removed after it. Call once at the top
 * level of a component test file.
 */
export function mountRootEachTest(use: (root: HTMLElement) => void): void {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    use(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
  });
}

/** Lets pending sends and Preact's effects settle: a few macrotask turns, each inside act(). */
export async function flush(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
}
