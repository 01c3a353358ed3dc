import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CrmHttpError } from '@/lib/crm/http';
import type { OutboxItem } from '@/lib/crm/outbox';
import { virtualClock } from '@/test/support/fake-hubspot/clock';
import { connectSource } from '@/test/support/fake-salesforce/connect';
import { startFakeSalesforce, type FakeSalesforce } from '@/test/support/fake-salesforce/server';

/** Write-back: each outbox item becomes a Task on the opportunity (WhatId), with exactly the texts the PM was shown. */

const clock = virtualClock();

function item(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: 'salesforce|request|r1',
    source: 'salesforce',
    kind: 'request',
    dealId: 'salesforce:006000000000003AAA',
    remoteDealId: '006000000000003AAA',
    refId: 'r1',
    as: 'task',
    subject: 'Handoff: Pre-contract work (Sent back to Sales)',
    body: 'Logged by the PM in Handoff on 2026-05-30, from an e-mail.\nDeal: Opportunity 3\n\nPlease scope SSO before signature.',
    createdAt: '2026-05-30T16:20:00.000Z',
    status: 'sending',
    attempts: 0,
    lastError: null,
    notBefore: null,
    remoteId: null,
    sentAt: null,
    ...overrides,
  };
}

describe('Salesforce write-back', () => {
  let server: FakeSalesforce;
  beforeAll(async () => {
    server = await startFakeSalesforce({ opportunities: 5, now: clock.now });
  });
  afterAll(() => server.stop());
  beforeEach(() => server.reset());

  it('creates a completed Task related to the opportunity and returns its id as the remote id', async () => {
    const { source } = connectSource(server, {}, clock);
    const { remoteId } = await source.write(item());
    const task = server.store.tasks.find((t) => t.Id === remoteId);
    expect(task).toEqual({
      Id: remoteId,
      WhatId: '006000000000003AAA',
      Subject: 'Handoff: Pre-contract work (Sent back to Sales)',
      Description: item().body,
      Status: 'Completed',
      ActivityDate: '2026-05-30',
    });
    expect(server.log).toHaveLength(1);
    expect(server.log[0]).toMatchObject({ method: 'POST', path: '/services/data/v62.0/sobjects/Task', contentType: 'application/json' });
  });

  it('clips a subject longer than Task.Subject allows (255) instead of failing the write', async () => {
    const { source } = connectSource(server, {}, clock);
    const { remoteId } = await source.write(item({ subject: `Handoff: deliverable confirmed: ${'x'.repeat(400)}` }));
    const subject = server.store.tasks.find((t) => t.Id === remoteId)!.Subject;
    expect(subject).toHaveLength(255);
    expect(subject.endsWith('…')).toBe(true);
  });

  it('an org whose Task statuses differ can name its own', async () => {
    const { source } = connectSource(server, { taskStatus: 'Not Started' }, clock);
    const { remoteId } = await source.write(item());
    expect(server.store.tasks.find((t) => t.Id === remoteId)!.Status).toBe('Not Started');
    const wrong = connectSource(server, { taskStatus: 'Done' }, clock).source;
    await expect(wrong.write(item())).rejects.toMatchObject({ kind: 'http', status: 400, code: 'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST' });
  });

  it('a write to a deleted opportunity fails with Salesforce’s reason, for the request’s retry line', async () => {
    server.store.deleteOpportunity('006000000000005AAA');
    const { source } = connectSource(server, {}, clock);
    const error = await source.write(item({ remoteDealId: '006000000000005AAA' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrmHttpError);
    expect(error).toMatchObject({ kind: 'http', status: 400, code: 'ENTITY_IS_DELETED', reason: 'entity is deleted' });
  });

  it('refuses an item that is not for Salesforce or has no opportunity id, before any request', async () => {
    const { source } = connectSource(server, {}, clock);
    await expect(source.write(item({ source: 'hubspot' }))).rejects.toThrow(/for hubspot, not Salesforce/);
    await expect(source.write(item({ remoteDealId: "006' OR 1=1" }))).rejects.toThrow(/not a Salesforce opportunity id/);
    expect(server.log).toEqual([]);
  });

  it('an expired session during a write is renewed and the Task written once', async () => {
    const { source, saved } = connectSource(server, {}, clock);
    server.store.expireAccessTokens();
    const before = server.store.tasks.length;
    await source.write(item());
    expect(server.store.tasks.length).toBe(before + 1);
    expect(saved).toHaveLength(1);
  });
});
