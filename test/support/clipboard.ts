import { afterEach, beforeEach } from 'vitest';

/**
 * A fake `navigator.clipboard` for every test of the file, and an empty page
 * after each: the returned list holds what was written, cleared before each
 * test. Call once at the top level of a test file.
 */
export function fakeClipboardEachTest(): string[] {
  const writes: string[] = [];
  beforeEach(() => {
    writes.length = 0;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void writes.push(t) } });
  });
  afterEach(() => {
    document.body.innerHTML = '';
  });
  return writes;
}
