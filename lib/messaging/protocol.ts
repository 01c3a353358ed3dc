import { z } from 'zod';
import {
  DEAL_STAGES,
  REQUEST_LABELS,
  dealSchema,
  personSchema,
  REQUEST_STATUSES,
  salesRequestSchema,
  settingsSchema,
  backupSchema,
} from '@/lib/model';
import { LINK_VIAS, pageContextSchema } from '@/lib/deal/link/context';
import { contentRequestSchema, contentSettingsSchema, dealChoiceSchema, MAX_DEAL_CHOICES } from './content-schemas';
import { MAX_BADGE_KEYS, MAX_MISS_NAMES, SELECTOR_NAME } from './limits';
import { CRM_MESSAGES } from './crm-protocol';

/** Who may send a message: extension pages (popup, options) or content scripts on allowed hosts. */
export type SenderKind = 'extension' | 'content';
const ANY: readonly SenderKind[] = ['extension', 'content'];
const PAGES: readonly SenderKind[] = ['extension'];
/** What only content scripts send: the Gmail flag's own log entries. */
const CONTENT: readonly SenderKind[] = ['content'];

const empty = z.object({});
const ok = z.object({ ok: z.literal(true) });

export const importCountsSchema = z.object({
  added: z.int(),
  updated: z.int(),
  skipped: z.int(),
  rejected: z.int(),
});

export const importResultSchema = z.discriminatedUnion('ok', [
  // `notes`: what the user should know about a good import (e.g. Jira links with no site yet).
  z.object({ ok: z.literal(true), counts: importCountsSchema, notes: z.array(z.string()).optional() }),
  z.object({
    ok: z.literal(false),
    counts: importCountsSchema,
    error: z.string(),
    problems: z.array(
      z.object({
        record: z.string().nullable(),
        recordId: z.string().nullable(),
        field: z.string().nullable(),
        message: z.string(),
        text: z.string(),
      }),
    ),
  }),
]);

const dealRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  account: z.string(),
  stage: z.enum(DEAL_STAGES),
  owner: z.object({ name: z.string(), email: z.string() }).nullable(),
  terms: z.array(z.object({ dueOn: z.string(), text: z.string() })),
});

export const dealPageSchema = z.object({ rows: z.array(dealRowSchema), total: z.int(), unsigned: z.int(), matching: z.int() });

export const linkResultSchema = z.object({
  link: z
    .object({ deal: dealSchema, via: z.enum(LINK_VIAS), alsoMatched: z.array(z.string()) })
    .nullable(),
  defaultRemindDays: z.int(),
});

const address = z.object({ name: z.string().max(500), email: z.string().max(320) });

/** The open e-mail as a content script read it: page content, so bounded and untrusted. */
export const emailInputSchema = z.object({
  from: address,
  to: z.array(address).max(500),
  cc: z.array(address).max(500),
  subject: z.string().max(4000),
  date: z.string().max(200).optional(),
  // A 1 MB body must still be classified (issue 4); beyond 2 M characters is not an e-mail.
  body: z.string().max(2_000_000),
});

export const FLAG_STATUSES = ['flagged', 'logged', 'dismissed'] as const;

export const flagRecordSchema = z.object({
  messageId: z.string().min(1).max(200),
  threadId: z.string().max(64).nullable(),
  label: z.enum(REQUEST_LABELS),
  status: z.enum(FLAG_STATUSES),
  at: z.string(),
  requestId: z.string().nullable(),
});

// `id` is the classifier's stable evidence id (lib/classify/ids.ts): the request log's
// summary is built from it, so it must survive the trip; readers ignore ids they do not know.
export const evidenceSchema = z.object({ id: z.string(), start: z.int(), end: z.int(), text: z.string(), reason: z.string() });

export const inspectResultSchema = z.object({
  label: z.enum(REQUEST_LABELS),
  confidence: z.number(),
  newestMessage: z.string(),
  evidence: z.array(evidenceSchema),
  /** "Sales asked Legal; you are on cc": information shown instead of a flag. */
  note: z.string().max(200).optional(),
  senderRole: z.enum(['sales', 'pm', 'customer', 'exec', 'other']).nullable(),
  dealStage: z.enum(DEAL_STAGES).nullable(),
  dealId: z.string().nullable(),
  flag: flagRecordSchema.nullable(),
});

/** A link the user adds from a page ("link this thread / issue / task"). */
export const addLinkSchema = z.object({
  dealId: z.string().min(1),
  kind: z.enum(['domains', 'gmailThreads', 'jira', 'asana']),
  value: z.string().min(1).max(253),
  /** Jira: the link's site. From a content script it must be the page's own origin (issue 13). */
  site: z.string().max(300).optional(),
});


/** The sender's own Jira site, as the background sees it (never as the page says). */
export const jiraSiteStatusSchema = z.object({
  site: z.string(),
  allowed: z.boolean(),
  /** Allowed, and the page's key has links with no site yet: the confirm button binds them. */
  bindable: z.boolean(),
});

/** One selector that missed on real pages: what was tried, where, how often and when last. */
export const selectorMissSchema = z.object({
  name: z.string(),
  site: z.enum(['gmail', 'jira', 'asana']),
  css: z.array(z.string()),
  /** When the selector was last seen working, as its selectors file says (YYYY-MM). */
  seen: z.string(),
  source: z.string(),
  count: z.int().min(1),
  firstSeen: z.string(),
  lastSeen: z.string(),
});
export type SelectorMiss = z.infer<typeof selectorMissSchema>;

const def = <Req extends z.ZodType, Res extends z.ZodType>(req: Req, res: Res, from: readonly SenderKind[]) => ({ req, res, from });

/**
 * Every message between contexts: its payload schema, its response schema
 * and who may send it. The background parses each payload with `req`; the
 * client parses each response with `res`.
 */
export const PROTOCOL = {
  ping: def(empty, z.object({ version: z.string() }), PAGES),
  'link.resolve': def(z.object({ context: pageContextSchema }), linkResultSchema, ANY),
  'link.add': def(addLinkSchema, dealSchema, ANY),
  'deals.list': def(empty, z.array(dealSchema), PAGES),
  /** The sidebar's link picker: id, name and account of each deal, sorted by name, capped. */
  'deals.choices': def(empty, z.array(dealChoiceSchema).max(MAX_DEAL_CHOICES), ANY),
  'deals.get': def(z.object({ id: z.string() }), dealSchema.nullable(), ANY),
  // The options page's list, a page at a time, filtered in the worker (issue 18).
  'deals.page': def(z.object({ filter: z.string().max(500), limit: z.int().min(1).max(1000) }), dealPageSchema, PAGES),
  'deals.ids': def(empty, z.array(z.string()), PAGES),
  'deals.names': def(z.object({ ids: z.array(z.string().max(500)).max(20_000) }), z.array(z.object({ id: z.string(), name: z.string() })), PAGES),
  'weekly.agenda': def(z.object({ today: z.iso.date() }), z.object({ markdown: z.string() }), PAGES),
  // The deal is checked by the store, which names the bad field.
  'deals.save': def(z.object({ deal: z.unknown(), create: z.boolean().optional() }), dealSchema, PAGES),
  'deals.delete': def(z.object({ id: z.string() }), ok, PAGES),
  'people.list': def(empty, z.array(personSchema), PAGES),
  // `expected`: the stored person the edit started from, null for a new one (a changed roster refuses the save).
  'people.save': def(z.object({ person: z.unknown(), previousEmail: z.string().optional(), expected: z.unknown().optional() }), personSchema, PAGES),
  'people.delete': def(z.object({ email: z.string() }), ok, PAGES),
  'requests.list': def(
    z.object({
      dealId: z.string().optional(),
      sender: z.string().optional(),
      status: z.enum(REQUEST_STATUSES).optional(),
      limit: z.int().min(1).max(100_000).optional(),
    }),
    z.array(salesRequestSchema),
    PAGES,
  ),
  'requests.save': def(z.object({ request: z.unknown() }), salesRequestSchema, PAGES),
  /**
   * The Gmail flag logs its message's request (`gmail-<messageId>`): creates
   * it, or marks an open one redirected; never rewrites a stored request.
   */
  'requests.log': def(z.object({ request: contentRequestSchema }), salesRequestSchema, CONTENT),
  'requests.setStatus': def(z.object({ id: z.string(), status: z.enum(REQUEST_STATUSES) }), salesRequestSchema, PAGES),
  'requests.delete': def(z.object({ id: z.string() }), ok, PAGES),
  'settings.get': def(empty, settingsSchema, PAGES),
  /** The settings content code reads; no own e-mail, no Jira hosts. */
  'settings.forContent': def(empty, contentSettingsSchema, ANY),
  // `expected`: the values the form's fields started from (a field changed since refuses the save).
  'settings.save': def(z.object({ patch: z.record(z.string(), z.unknown()), expected: z.record(z.string(), z.unknown()).optional() }), settingsSchema, PAGES),
  /** The one setting a page may change: whether the sidebar is collapsed. */
  'settings.setSidebarCollapsed': def(z.object({ collapsed: z.boolean() }), settingsSchema, ANY),
  'backup.import': def(z.object({ text: z.string(), fileName: z.string().max(500) }), importResultSchema, PAGES),
  'backup.export': def(empty, backupSchema, PAGES),
  /**
   * Classifies the open e-mail's newest message in the worker (the content
   * script stays small), with the sender's role from the roster and the
   * stage of the thread's deal; a flagged message is remembered for the
   * inbox markers.
   */
  'gmail.inspect': def(
    z.object({ threadId: z.string().max(64).nullable(), messageId: z.string().min(1).max(200), participants: z.array(z.string().max(320)).max(500), email: emailInputSchema }),
    inspectResultSchema,
    ANY,
  ),
  'flags.set': def(
    z.object({ messageId: z.string().min(1).max(200), threadId: z.string().max(64).nullable(), label: z.enum(REQUEST_LABELS), status: z.enum(FLAG_STATUSES), requestId: z.string().max(200).nullable() }),
    flagRecordSchema,
    ANY,
  ),
  'gmail.flag': def(z.object({ messageId: z.string().min(1).max(200) }), flagRecordSchema.nullable(), ANY),
  'flags.forThreads': def(z.object({ threadIds: z.array(z.string().max(64)).max(1000) }), z.record(z.string(), z.enum(['flagged', 'logged'])), ANY),
  'flags.stats': def(empty, z.object({ flagged: z.int(), logged: z.int(), dismissed: z.int() }), PAGES),
  /**
   * Jira: the badge of each issue key on a page (issue view, board) in one
   * message: the deal it belongs to, its level and one sentence why. Keys
   * of no deal are left out.
   */
  'jira.badges': def(
    // `site`: the page's origin, only cross-checked against the sender's tab (issue 13).
    z.object({ issueKeys: z.array(z.string().max(64)).max(MAX_BADGE_KEYS), site: z.string().max(300).optional() }),
    z.record(z.string(), z.object({ dealId: z.string(), dealName: z.string(), level: z.enum(['info', 'warning', 'danger']), text: z.string() })),
    ANY,
  ),
  /** Whether the sending tab's Jira site is allowed (issue 13). */
  'jira.site.status': def(empty, jiraSiteStatusSchema, CONTENT),
  /**
   * The sidebar's confirm button: allows the SENDER tab's own origin (a
   * `site` it names must be that origin) and binds the links with no site
   * whose key the tab's URL shows. Never allows another origin.
   */
  'jira.site.allow': def(z.object({ site: z.string().max(300).optional() }), z.object({ site: z.string(), bound: z.int() }), CONTENT),
  /** Jira Cloud sites the user allowed, for the options page. */
  'jira.sites.list': def(empty, z.array(z.string()), PAGES),
  'jira.sites.remove': def(z.object({ site: z.string().max(300) }), z.array(z.string()), PAGES),
  /** Self-hosted Jira (Server / Data Center) origins the user granted. */
  'jira.hosts.list': def(empty, z.array(z.string()), PAGES),
  /** After the options page got the host permission: run Handoff's Jira script there. */
  'jira.hosts.add': def(z.object({ origin: z.string().max(300) }), z.array(z.string()), PAGES),
  'jira.hosts.remove': def(z.object({ origin: z.string().max(300) }), z.array(z.string()), PAGES),
  /** Opens the options page at a view, e.g. `deals/acme` or `new-deal?account=Acme`. */
  'ui.openOptions': def(z.object({ view: z.string().max(1000).regex(/^[\w\-./?=&%@+]*$/) }), ok, ANY),
  /**
   * A content script's selectors that missed, with all their fallbacks, on
   * a settled page of the right kind: names only (the background knows each
   * selector's CSS), each of the sender's own site, at most once per page view.
   */
  'health.miss': def(z.object({ names: z.array(z.string().regex(SELECTOR_NAME)).min(1).max(MAX_MISS_NAMES) }), z.object({ counted: z.int() }), CONTENT),
  /** The options page's Diagnostics: every counted miss, newest first. */
  'health.list': def(empty, z.array(selectorMissSchema), PAGES),
  'health.clear': def(empty, ok, PAGES),
  'data.deleteAll': def(z.object({ confirm: z.literal('delete all data') }), ok, PAGES),
  ...crmMessages(),
} as const;

/** lib/messaging/crm-protocol.ts's messages, from extension pages only. */
function crmMessages() {
  type Crm = typeof CRM_MESSAGES;
  const out = {} as { [K in keyof Crm]: { req: Crm[K]['req']; res: Crm[K]['res']; from: typeof PAGES } };
  for (const [type, { req, res }] of Object.entries(CRM_MESSAGES)) Object.assign(out, { [type]: def(req, res, PAGES) });
  return out;
}

export type Protocol = typeof PROTOCOL;
export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = z.input<Protocol[T]['req']>;
export type ParsedRequestOf<T extends MessageType> = z.output<Protocol[T]['req']>;
export type ResponseOf<T extends MessageType> = z.output<Protocol[T]['res']>;

export const MESSAGE_TYPES = Object.keys(PROTOCOL) as MessageType[];

/** The envelope on the wire. `handoff: 1` tells our messages from others'. */
export const envelopeSchema = z.object({
  handoff: z.literal(1),
  type: z.string().max(100),
  payload: z.unknown(),
});

export const ERROR_CODES = ['bad-message', 'forbidden', 'invalid', 'not-found', 'conflict', 'quota', 'blocked', 'internal', 'rate-limited'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const replySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({
      code: z.enum(ERROR_CODES),
      message: z.string(),
      problems: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  }),
]);
export type Reply = z.infer<typeof replySchema>;
