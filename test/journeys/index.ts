import { asanaSidebarJourney } from './asana.journey';
import { backgroundRestartJourney } from './background-restart.journey';
import type { Driver, Journey, JourneyStart } from './driver';
import { gmailLogJourney, gmailSidebarJourney } from './gmail.journey';
import { importBackupJourney } from './import-backup.journey';
import { jiraBadgesJourney } from './jira-badges.journey';
import { noNetworkJourney } from './no-network.journey';
import { popupQuickLogJourney } from './popup.journey';
import { reminderAlarmJourney } from './reminders.journey';
import { sampleBackupText } from '../support/sample';

/**
 * The core user journeys, each described once and run by both browsers:
 * Chromium's e2e files call them on their own seeded browsers (foundation,
 * gmail, jira, asana, popup, reminders, privacy), Firefox's file runs them
 * all in one browser (test/e2e/firefox.e2e.ts).
 */
export const JOURNEYS: readonly Journey[] = [
  noNetworkJourney,
  importBackupJourney,
  gmailSidebarJourney,
  gmailLogJourney,
  popupQuickLogJourney,
  jiraBadgesJourney,
  asanaSidebarJourney,
  reminderAlarmJourney,
  backgroundRestartJourney,
];

/** Puts the store in the state a journey starts from: everything deleted, then the sample and the PM's e-mail as it asks. */
export async function resetTo(d: Driver, start: JourneyStart): Promise<void> {
  await d.send('data.deleteAll', { confirm: 'delete all data' });
  if (start.sample) await d.send('backup.import', { text: sampleBackupText(), fileName: 'seed.json' });
  if (start.ownEmail) await d.send('settings.save', { patch: { ownEmail: start.ownEmail } });
}
