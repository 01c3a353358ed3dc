import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestOutboxId } from '@/lib/crm/outbox';
import { requestWriteBack } from '@/lib/crm/writeback-text';
import { getDeal, listOutbox, updateOutbox } from '@/lib/store';
import { crmHarness, type CrmHarness } from '@/test/support/crm-worker';
import { makeRequest } from '@/test/support/factories';
import { TEST_TOKEN } from '@/test/support/fake-hubspot/connect';
import { startFakeHubSpot, type FakeHubSpot } from '@/test/support/fake-hubspot/server';

/** Issue 16, item 4: what the PM logs reaches the HubSpot deal once, through the outbox. */
let server: FakeHubSpot;
let h: CrmHarness;

beforeAll(async () => {
  server = await startFakeHubSpot({ deals: 30, token: TEST_TOKEN, baseMs: Date.UTC(2026, 0, 1) });
});
afterAll(() => server.close());
beforeEach(async () => {
  h = crmHarness(server);
  server.reset();
  server.store.notes.length = 0;
  server.store.tasks.length = 0;
  await h.crm.connect({ source: 'hubspot', token: TEST_TOKEN });
  await h.crm.idle('hubspot');
});

const request = (id: string) =>
  makeRequest({ id, dealId: 'hubspot:3', label: 'pre-contract-work', summary: 'Asked to write the SOW <before> signature', status: 'redirected' });

async function logged(id: string) {
  const deal = await getDeal(await h.db.get(), 'hubspot:3');
  await h.crm.onRequestSaved(request(id), deal);
  await h.crm.idle('hubspot');
}

describe('write-back', () => {
  it('is off until the PM turns it on: nothing is queued', async () => {
    await logged('r-off');
    expect(await listOutbox(await h.db.get())).toEqual([]);
    expect(server.store.notes).toEqual([]);
  });

  it('writes a logged request as a note on the deal, exactly the text options shows, once', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'note' } });
    await logged('r1');
    await logged('r1');
    expect(server.store.notes).toHaveLength(1);
    const note = server.store.notes[0]!;
    const text = requestWriteBack(request('r1'), 'Deal 3');
    expect(note.properties.hs_note_body).toContain(text.body.split('\n')[0]);
    expect(note.properties.hs_note_body).toContain('Asked to write the SOW &lt;before&gt; signature');
    expect(note.associations).toEqual([{ to: { id: '3' }, types: [{ associationCategory: 'HUBSPOT_DEFINED', associationTypeId: 214 }] }]);
    const [item] = await listOutbox(await h.db.get(), ['r1']);
    expect(item).toMatchObject({ status: 'sent', remoteId: note.id, subject: text.subject, body: text.body });
  });

  it('writes a task instead when options say so', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'task' } });
    await logged('r-task');
    expect(server.store.tasks).toHaveLength(1);
    expect(server.store.tasks[0]!.properties).toMatchObject({ hs_task_subject: 'Handoff: Pre-contract work (Redirected to Sales)', hs_task_status: 'NOT_STARTED' });
  });

  it('writes a deliverable confirmation and a refusal, each once', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'note' } });
    const before = (await getDeal(await h.db.get(), 'hubspot:1'))!;
    const confirmed = { ...before, deliverables: before.deliverables.map((d) => ({ ...d, pmConfirmed: true })) };
    await h.crm.onDealSaved(before, confirmed);
    await h.crm.onDealSaved(confirmed, confirmed);
    const refused = { ...before, deliverables: before.deliverables.map((d) => ({ ...d, pmConfirmed: false, pmRefused: true })) };
    await h.crm.onDealSaved(confirmed, refused);
    await h.crm.idle('hubspot');
    expect(server.store.notes.map((n) => /deliverable (\w+)/.exec(n.properties.hs_note_body ?? '')?.[1])).toEqual(['confirmed', 'refused']);
  });

  it('a CRM that keeps failing leaves the write pending with a backoff, visible in the status', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'note' } });
    server.failNext(4, { status: 503, message: 'Service Unavailable' });
    await logged('r-503');
    const [item] = await listOutbox(await h.db.get(), ['r-503']);
    expect(item).toMatchObject({ status: 'pending', attempts: 1 });
    expect(item!.notBefore).not.toBeNull();
    expect((await h.crm.statuses())[0]!.words).toContain('1 write waiting to go to the CRM');
    expect(server.store.notes).toEqual([]);
  });

  it('a refused write fails visibly; Retry writes it', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'note' } });
    server.failNext(1, { status: 403, message: 'This app hasn\'t been granted all required scopes: crm.objects.notes.write' });
    await logged('r-403');
    const id = requestOutboxId('hubspot', 'r-403');
    const [failed] = await listOutbox(await h.db.get(), ['r-403']);
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed!.lastError).toContain('crm.objects.notes.write');
    expect((await h.crm.statuses())[0]!.words).toContain('1 write to the CRM failed: retry from the request log');
    await h.crm.retry(id);
    await h.crm.idle('hubspot');
    expect((await listOutbox(await h.db.get(), ['r-403']))[0]).toMatchObject({ status: 'sent' });
    expect(server.store.notes).toHaveLength(1);
  });

  it('a write a stopped worker left "sending" is written when the worker starts again', async () => {
    await h.crm.configure('hubspot', { writeBack: { enabled: true, as: 'note' } });
    // Four 503s: the request's own retries give up and the item waits, pending.
    server.failNext(4, { status: 503 });
    await logged('r-stop');
    expect(server.store.notes).toEqual([]);
    const id = requestOutboxId('hubspot', 'r-stop');
    // As the worker leaves it when stopped between marking and the answer.
    await updateOutbox(await h.db.get(), id, (s) => ({ ...s, status: 'sending', notBefore: null }));
    await h.crm.resume();
    await h.crm.idle('hubspot');
    expect((await listOutbox(await h.db.get(), ['r-stop']))[0]).toMatchObject({ status: 'sent' });
    expect(server.store.notes).toHaveLength(1);
  });
});
