import { z } from 'zod';

/** What a page tells us about what it shows; the input of linking. */
export const pageContextSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('gmail'),
    /** Hex legacy thread id (`data-legacy-thread-id`), null when unread. */
    threadId: z.string().max(64).nullable(),
    /** Every participant's address: senders, recipients, cc. */
    participants: z.array(z.string().max(320)).max(500),
  }),
  z.object({
    kind: z.literal('jira'),
    /**
     * The page's origin. The background never trusts it from a content
     * script: it takes the sender tab's origin and refuses a mismatch.
     */
    site: z.string().max(300),
    issueKey: z.string().max(64).nullable(),
    projectKey: z.string().max(64).nullable(),
  }),
  z.object({
    kind: z.literal('asana'),
    taskGid: z.string().max(32).nullable(),
    projectGid: z.string().max(32).nullable(),
  }),
]);

export type PageContext = z.infer<typeof pageContextSchema>;

export const LINK_VIAS = ['gmail-thread', 'domain', 'jira-issue', 'jira-project', 'asana-task', 'asana-project'] as const;
export type LinkVia = (typeof LINK_VIAS)[number];
