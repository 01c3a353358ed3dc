import { afterAll, beforeAll, describe, it } from 'vitest';
import { ExtensionBrowser } from '../support/browser';
import { playwrightDriver } from '../support/playwright-driver';
import { reminderAlarmJourney } from '../journeys/reminders.journey';

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('reminders and the action badge, end to end in Chromium', () => {
  // Shared with Firefox (test/journeys).
  it(reminderAlarmJourney.name, () => reminderAlarmJourney.run(playwrightDriver(browser)));
});
