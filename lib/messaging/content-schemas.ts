import { z } from 'zod';
import { REQUEST_LABELS } from '@/lib/model';
import { email, isoInstant } from '@/lib/model/primitives';

/**
 * What content scripts may receive and write beyond a page's own deal
 * (issue 13, least privilege per sender). A content script runs beside a
 * host page that may be hostile, so each shape here carries only what
 * content code reads, and every string it may write is capped.
 */

/** A picker holds this many deals at most; the options page lists them all. */
export const MAX_DEAL_CHOICES = 1000;
/** Picker text is one line: a longer name is clipped, not sent whole. */
export const MAX_CHOICE_CHARS = 200;

/** One deal in the sidebar's link picker: enough to choose it, nothing of its terms. */
export const dealChoiceSchema = z.strictObject({
  id: z.string(),
  name: z.string().max(MAX_CHOICE_CHARS),
  account: z.string().max(MAX_CHOICE_CHARS),
});
export type DealChoice = z.infer<typeof dealChoiceSchema>;

/**
 * Settings as content reads them: the own domain (Gmail leaves the user's
 * colleagues out of "the customer"), the redirect wording and whether the
 * sidebar is collapsed. Not the user's e-mail nor the self-hosted Jira hosts.
 */
export const contentSettingsSchema = z.strictObject({
  ownDomain: z.string().nullable(),
  redirectTemplate: z.string(),
  sidebarCollapsed: z.boolean(),
});
export type ContentSettings = z.infer<typeof contentSettingsSchema>;

/** The Gmail flag's request ids: one per message (components/gmail-flag/GmailFlag.tsx). */
export const GMAIL_REQUEST_PREFIX = 'gmail-';
const gmailRequestId = z.string().max(GMAIL_REQUEST_PREFIX.length + 200).regex(/^gmail-\S+$/, { error: 'must be gmail-<messageId>' });

/**
 * A request as the Gmail flag logs it: the stored request's fields
 * (lib/model/request.ts), strict and capped, with only the statuses the
 * flag sets. The store parses it again with the full schema.
 */
export const contentRequestSchema = z.strictObject({
  id: gmailRequestId,
  loggedAt: isoInstant.max(40),
  from: z.strictObject({ name: z.string().max(500), email: email.max(320) }),
  dealId: z.string().max(200).nullable(),
  label: z.enum(REQUEST_LABELS),
  summary: z.string().max(1000),
  source: z.strictObject({ kind: z.literal('gmail'), url: z.string().max(2000).nullable() }),
  status: z.enum(['open', 'redirected']),
  note: z.string().max(2000),
});
export type ContentRequest = z.infer<typeof contentRequestSchema>;
