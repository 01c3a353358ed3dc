/**
 * Exactly what Handoff writes to a CRM (issue 16, item 4). The options page
 * shows these texts before write-back is turned on, and the worker writes
 * the same ones, so what the PM was shown is what Sales reads. Pure.
 *
 * Plain text only: the subject and body never carry markup from an e-mail.
 * HubSpot renders `hs_note_body` as HTML, so its transport escapes the text
 * (`asHubspotHtml`); Salesforce's Task Description is plain text.
 */
import type { Deliverable, SalesRequest } from '@/lib/model';
import { labelName, statusName } from '@/lib/requests/labels';

export interface WriteBackText {
  subject: string;
  body: string;
}

export type DeliverableDecision = 'confirmed' | 'refused';

/**
 * A deliverable's PM decision: `pmConfirmed`, or the loose `pmRefused` flag
 * (lib/model/BACKUP-FORMAT.md) for "we will not deliver this as promised".
 */
export function deliverableDecision(d: Deliverable): DeliverableDecision | null {
  if (d.pmConfirmed) return 'confirmed';
  return (d as { pmRefused?: unknown }).pmRefused === true ? 'refused' : null;
}

const SOURCE_WORDS: Record<string, string> = { gmail: 'an e-mail', jira: 'a Jira issue', asana: 'an Asana task', manual: 'the PM' };
const MAX_SUMMARY = 2000;

/** A Sales request the PM logged: what was asked, by whom, and what the PM did with it. */
export function requestWriteBack(request: SalesRequest, dealName: string): WriteBackText {
  const status = statusName(request.status);
  const lines = [
    `Logged by the PM in Handoff on ${request.loggedAt.slice(0, 10)}, from ${SOURCE_WORDS[request.source.kind] ?? request.source.kind}.`,
    `Deal: ${dealName}`,
    `Asked by: ${request.from.name ? `${request.from.name} <${request.from.email}>` : request.from.email}`,
    `Kind: ${labelName(request.label)}`,
    `Status: ${status}`,
    '',
    request.summary.length > MAX_SUMMARY ? `${request.summary.slice(0, MAX_SUMMARY)}…` : request.summary,
  ];
  if (request.note.trim()) lines.push('', `PM's note: ${request.note.trim()}`);
  if (request.label === 'pre-contract-work') {
    lines.push('', 'Until the deal is signed this stays with Sales; delivery picks it up from the signature.');
  }
  return { subject: `Handoff: ${labelName(request.label)} (${status})`, body: lines.join('\n') };
}

/** A confirmation or refusal of a promised deliverable. */
export function deliverableWriteBack(deliverable: Deliverable, decision: DeliverableDecision, dealName: string, at: string): WriteBackText {
  const verb = decision === 'confirmed' ? 'confirmed' : 'refused';
  const promised = [deliverable.promisedOn && `promised on ${deliverable.promisedOn}`, deliverable.promisedBy && `by ${deliverable.promisedBy}`]
    .filter(Boolean)
    .join(' ');
  const lines = [
    `The PM ${verb} a promised deliverable in Handoff on ${at.slice(0, 10)}.`,
    `Deal: ${dealName}`,
    `Deliverable: ${deliverable.name}${promised ? ` (${promised})` : ''}`,
  ];
  if (decision === 'refused') lines.push('', 'Delivery will not provide this as promised; please agree the change with the customer.');
  return { subject: `Handoff: deliverable ${verb}: ${deliverable.name.slice(0, 120)}`, body: lines.join('\n') };
}

/** HubSpot note and task bodies are HTML: escape, and keep the line breaks. */
export function asHubspotHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.split('\n').join('<br>');
}
