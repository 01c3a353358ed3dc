/**
 * The quick-log form's draft: what the popup prefills from the active tab's
 * description (lib/messaging/page-describe.ts), and the request it becomes.
 * Pure; no DOM, no messaging.
 */
import { pageDescriptionSchema, type PageDescription } from '@/lib/messaging/page-describe';
import type { RequestLabel, RequestStatus, SalesRequest } from '@/lib/model';

export type SourceKind = SalesRequest['source']['kind'];

export interface QuickLogDraft {
  id: string;
  /** Kept when the draft edits a request logged before (same id); else set on save. */
  loggedAt: string | null;
  fromName: string;
  fromEmail: string;
  /** '' for "no deal". */
  dealId: string;
  /** The deal's name as the page knew it, for a deal the popup's list does not have (yet). */
  dealName: string | null;
  label: RequestLabel;
  summary: string;
  note: string;
  status: RequestStatus;
  source: { kind: SourceKind; url: string | null };
}

/** The label a new request gets when the page gives none (or `none`). */
export const DEFAULT_LABEL: RequestLabel = 'pre-contract-work';

export type NewId = () => string;

export const randomId: NewId = () => crypto.randomUUID();

/**
 * The request's id: `gmail-<messageId>` for a Gmail message, the same id the
 * sidebar's flag logs under, so logging from either updates one request.
 * Anything else gets a fresh random id.
 */
export function requestIdFor(description: Pick<PageDescription, 'messageId'> | null, newId: NewId = randomId): string {
  const messageId = description?.messageId?.trim();
  return messageId ? `gmail-${messageId}` : newId();
}

/** What a content script answered, or null when it is not a page description. */
export function parseDescription(raw: unknown): PageDescription | null {
  const direct = pageDescriptionSchema.safeParse(raw);
  if (direct.success) return direct.data;
  // Tolerate an `{ ok: true, data }` reply envelope (lib/messaging/protocol.ts replies).
  if (raw && typeof raw === 'object' && (raw as { ok?: unknown }).ok === true && 'data' in raw) {
    const wrapped = pageDescriptionSchema.safeParse((raw as { data: unknown }).data);
    if (wrapped.success) return wrapped.data;
  }
  return null;
}

/** An empty form for a request typed in by hand. */
export function blankDraft(newId: NewId = randomId): QuickLogDraft {
  return {
    id: newId(),
    loggedAt: null,
    fromName: '',
    fromEmail: '',
    dealId: '',
    dealName: null,
    label: DEFAULT_LABEL,
    summary: '',
    note: '',
    status: 'open',
    source: { kind: 'manual', url: null },
  };
}

/** The form prefilled from the active tab's description; blank (manual) without one. */
export function draftFromDescription(description: PageDescription | null, newId: NewId = randomId): QuickLogDraft {
  if (!description) return blankDraft(newId);
  const summary = description.summary.trim() || description.title.trim();
  return {
    id: requestIdFor(description, newId),
    loggedAt: null,
    fromName: description.sender?.name.trim() ?? '',
    fromEmail: description.sender?.email.trim() ?? '',
    dealId: description.dealId ?? '',
    dealName: description.dealId ? description.dealName : null,
    label: description.label && description.label !== 'none' ? description.label : DEFAULT_LABEL,
    summary,
    note: '',
    status: 'open',
    source: { kind: description.kind, url: description.url || null },
  };
}

/** A draft showing a request logged before (the sidebar logged this message already). */
export function draftFromRequest(request: SalesRequest): QuickLogDraft {
  return {
    id: request.id,
    loggedAt: request.loggedAt,
    fromName: request.from.name,
    fromEmail: request.from.email,
    dealId: request.dealId ?? '',
    dealName: null,
    label: request.label,
    summary: request.summary,
    note: request.note,
    status: request.status,
    source: { kind: request.source.kind, url: request.source.url },
  };
}

/** The request the draft stands for, before validation (trimmed, `loggedAt` filled in). */
export function draftToRequest(draft: QuickLogDraft, now: Date): Record<string, unknown> {
  return {
    id: draft.id,
    loggedAt: draft.loggedAt ?? now.toISOString(),
    from: { name: draft.fromName.trim(), email: draft.fromEmail.trim() },
    dealId: draft.dealId || null,
    label: draft.label,
    summary: draft.summary.trim(),
    source: { kind: draft.source.kind, url: draft.source.url },
    status: draft.status,
    note: draft.note.trim(),
  };
}
