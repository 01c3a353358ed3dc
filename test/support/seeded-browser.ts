import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ExtensionBrowser, type LaunchOptions } from './browser';
import { sampleBackupText } from './sample';

export interface SeededBrowser {
  browser: ExtensionBrowser;
  /** The options page the data was imported through, still open. */
  options: Page;
}

/**
 * One browser for a whole e2e file, with the sample backup imported (and,
 * when given, the user's own e-mail set, as a PM's would be). Registers the
 * file's beforeAll/afterAll; read the fields inside tests, not at load time.
 */
export function seededBrowser({ ownEmail, launch }: { ownEmail?: string; launch?: LaunchOptions } = {}): SeededBrowser {
  const env = {} as SeededBrowser;
  beforeAll(async () => {
    env.browser = await ExtensionBrowser.launch(launch);
    env.options = await env.browser.openOptions();
    await env.browser.seed(env.options, sampleBackupText());
    if (ownEmail) await env.browser.send(env.options, 'settings.save', { patch: { ownEmail } });
  });
  afterAll(async () => {
    await env.browser?.close();
  });
  return env;
}
