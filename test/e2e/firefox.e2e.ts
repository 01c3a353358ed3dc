import { afterAll, beforeAll, describe, it } from 'vitest';
import { JOURNEYS, resetTo } from '../journeys';
import { launchFirefoxDriver, type FirefoxDriver } from '../support/firefox/driver';

/**
 * The core journeys (test/journeys) in Firefox ESR: puppeteer-core over
 * WebDriver BiDi, the Firefox build installed as a temporary add-on, the
 * replicas served at the real URLs (test/support/firefox/browser.ts). One
 * browser for all of them; each starts from the store state it names.
 *
 * The event page's idle timeout is 1 s here (Firefox's default: 30 s), so it
 * is unloaded between most steps of every journey, not only where the
 * restart journey waits for it.
 */
let d: FirefoxDriver;
beforeAll(async () => {
  d = await launchFirefoxDriver({ backgroundIdleMs: 1_000 });
}, 60_000);
afterAll(async () => {
  await d?.close();
});

describe('the core journeys in Firefox ESR', () => {
  for (const journey of JOURNEYS) {
    it(journey.name, async () => {
      await resetTo(d, journey.start);
      await journey.run(d);
    });
  }
});
