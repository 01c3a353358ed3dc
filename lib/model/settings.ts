import { z } from 'zod';
import { DEFAULT_REMIND_DAYS } from './constants';
import { jiraSiteSchema } from './jira-site';

/** The user's own settings; not part of the backup file (it moves data, not
 * preferences). */
export const settingsSchema = z.object({
  ownEmail: z.union([z.email({ error: 'must be an e-mail address' }), z.literal('')]),
  /** The user's company domain: it never links a thread to a deal. */
  ownDomain: z.string().trim().toLowerCase(),
  defaultRemindDays: z.int().min(0).max(365),
  /** Wording of the polite "this stays with Sales until signature" reply. */
  redirectTemplate: z.string(),
  sidebarCollapsed: z.boolean(),
  /** Self-hosted Jira origins (https://jira.example.com) with Handoff's script registered. */
  jiraHosts: z.array(z.string()),
  /**
   * Jira sites (origins) the user allowed Handoff to show data on, by the
   * sidebar's confirm button. A trust decision for this browser, so a
   * setting and not in the backup: importing a file never allows a site.
   */
  jiraSites: z.array(jiraSiteSchema),
});

export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  ownEmail: '',
  ownDomain: '',
  defaultRemindDays: DEFAULT_REMIND_DAYS,
  redirectTemplate:
    'Hi {firstName},\n\nThanks for looping me in. Until {account} signs, the contract and the SOW stay with Sales; ' +
    'I will pick up delivery from the signature on. Happy to give you effort and timing input for it in the meantime.\n\nBest,\n',
  sidebarCollapsed: false,
  jiraHosts: [],
  jiraSites: [],
};
