/**
 * Readable names for request labels and statuses, as the popup shows them.
 * Pure data; no DOM.
 */
import { REQUEST_LABELS, REQUEST_STATUSES, type RequestLabel, type RequestStatus } from '@/lib/model';

export const LABEL_NAMES: Readonly<Record<RequestLabel, string>> = {
  'pre-contract-work': 'Pre-contract work',
  'promise-without-check': 'Promise made without checking',
  'estimate-request': 'Estimate request',
  'status-request': 'Status request',
  none: 'Other request',
};

export const STATUS_NAMES: Readonly<Record<RequestStatus, string>> = {
  open: 'Open',
  accepted: 'Accepted',
  declined: 'Declined',
  redirected: 'Redirected to Sales',
  done: 'Done',
};

export const LABEL_OPTIONS: ReadonlyArray<{ value: RequestLabel; label: string }> = REQUEST_LABELS.map((value) => ({
  value,
  label: LABEL_NAMES[value],
}));

export const STATUS_OPTIONS: ReadonlyArray<{ value: RequestStatus; label: string }> = REQUEST_STATUSES.map((value) => ({
  value,
  label: STATUS_NAMES[value],
}));

/** The readable name of a label; an unknown value (a newer backup) is shown as it is. */
export function labelName(label: string): string {
  return Object.hasOwn(LABEL_NAMES, label) ? LABEL_NAMES[label as RequestLabel] : label;
}

export function statusName(status: string): string {
  return Object.hasOwn(STATUS_NAMES, status) ? STATUS_NAMES[status as RequestStatus] : status;
}
