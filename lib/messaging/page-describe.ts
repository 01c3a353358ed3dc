import { z } from 'zod';
import { REQUEST_LABELS } from '@/lib/model';

/**
 * What a content script tells the popup about its tab, so the quick-log
 * form opens prefilled (popup → `tabs.sendMessage` → content script).
 */
export const pageDescriptionSchema = z.object({
  kind: z.enum(['gmail', 'jira', 'asana']),
  url: z.string().max(4000),
  /** Thread subject, issue or task title. */
  title: z.string().max(2000),
  /** Gmail: the newest message's sender. */
  sender: z.object({ name: z.string().max(500), email: z.string().max(320) }).nullable(),
  dealId: z.string().nullable(),
  dealName: z.string().nullable(),
  /** Gmail: the classifier's label for the newest message. */
  label: z.enum(REQUEST_LABELS).nullable(),
  /** A one-line summary of the ask, when the page has one. */
  summary: z.string().max(500),
  /** Gmail message id, so a popup log and a sidebar log are the same request. */
  messageId: z.string().max(200).nullable(),
});

export type PageDescription = z.infer<typeof pageDescriptionSchema>;

export const DESCRIBE_MESSAGE = { handoff: 1, type: 'page.describe' } as const;
