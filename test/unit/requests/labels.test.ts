import { describe, expect, it } from 'vitest';
import { REQUEST_LABELS, REQUEST_STATUSES } from '@/lib/model';
import { LABEL_OPTIONS, labelName, STATUS_OPTIONS, statusName } from '@/lib/requests/labels';

describe('labelName', () => {
  it.each([
    ['pre-contract-work', 'Pre-contract work'],
    ['promise-without-check', 'Promise made without checking'],
    ['estimate-request', 'Estimate request'],
    ['status-request', 'Status request'],
    ['none', 'Other request'],
    ['something-new', 'something-new'],
    ['constructor', 'constructor'],
  ])('%s → %s', (label, name) => {
    expect(labelName(label)).toBe(name);
  });
});

describe('statusName', () => {
  it.each([
    ['open', 'Open'],
    ['accepted', 'Accepted'],
    ['declined', 'Declined'],
    ['redirected', 'Redirected to Sales'],
    ['done', 'Done'],
    ['toString', 'toString'],
  ])('%s → %s', (status, name) => {
    expect(statusName(status)).toBe(name);
  });
});

describe('options', () => {
  it('offer the five labels and five statuses, in the model’s order', () => {
    expect(LABEL_OPTIONS.map((o) => o.value)).toEqual([...REQUEST_LABELS]);
    expect(STATUS_OPTIONS.map((o) => o.value)).toEqual([...REQUEST_STATUSES]);
    expect(new Set(LABEL_OPTIONS.map((o) => o.label)).size).toBe(5);
  });
});
