import { describe, expect, it, vi } from 'vitest';
import { DESCRIBE_MESSAGE, type PageDescription } from '@/lib/messaging/page-describe';
import type { SalesRequest } from '@/lib/model';
import { describeActiveTab, type TabsLike } from '@/lib/popup/describe-tab';
import { logRequest } from '@/lib/popup/log';

const description: PageDescription = {
  kind: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/x',
  title: 'Re: SOW',
  sender: { name: 'Dana', email: 'dana@x.io' },
  dealId: null,
  dealName: null,
  label: 'pre-contract-work',
  summary: 'Write the SOW',
  messageId: 'm1',
};

function tabs(answer: () => Promise<unknown>, found: Array<{ id?: number }> = [{ id: 7 }]): TabsLike & { sendMessage: ReturnType<typeof vi.fn> } {
  return { query: vi.fn(async () => found), sendMessage: vi.fn(answer) };
}

describe('describeActiveTab', () => {
  it('asks the active tab and parses its answer', async () => {
    const t = tabs(async () => description);
    expect(await describeActiveTab(t)).toEqual(description);
    expect(t.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(t.sendMessage).toHaveBeenCalledWith(7, DESCRIBE_MESSAGE);
  });

  it.each<[string, ReturnType<typeof tabs>]>([
    ['no content script', tabs(() => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')))],
    ['no answer', tabs(async () => undefined)],
    ['an answer that is not a description', tabs(async () => ({ kind: 'gmail' }))],
    ['no active tab', tabs(async () => description, [])],
    ['a tab without an id', tabs(async () => description, [{}])],
    ['an answer that never comes', tabs(() => new Promise(() => {}))],
  ])('is null with %s', async (_, t) => {
    expect(await describeActiveTab(t, 20)).toBeNull();
  });
});

describe('logRequest', () => {
  const request = (id: string): SalesRequest => ({
    id,
    loggedAt: '2026-11-21T10:00:00.000Z',
    from: { name: 'Dana', email: 'dana@x.io' },
    dealId: null,
    label: 'pre-contract-work',
    summary: 'Write the SOW',
    source: { kind: 'gmail', url: null },
    status: 'open',
    note: '',
  });
  const flag = { messageId: 'm1', threadId: 't1', label: 'pre-contract-work' as const, status: 'flagged' as const, at: 'x', requestId: null };

  it.each<[string, string, unknown, unknown[][]]>([
    ['a manual request saves only', 'abc', null, [['requests.save']]],
    ['a Gmail request without a flag', 'gmail-m1', null, [['requests.save'], ['gmail.flag', { messageId: 'm1' }]]],
    [
      'a flagged Gmail request marks its flag logged',
      'gmail-m1',
      flag,
      [['requests.save'], ['gmail.flag', { messageId: 'm1' }], ['flags.set', { messageId: 'm1', threadId: 't1', label: 'pre-contract-work', status: 'logged', requestId: 'gmail-m1' }]],
    ],
    ['an already logged flag is left alone', 'gmail-m1', { ...flag, status: 'logged', requestId: 'gmail-m1' }, [['requests.save'], ['gmail.flag', { messageId: 'm1' }]]],
  ])('%s', async (_, id, existing, calls) => {
    const send = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'requests.save') return (payload as { request: SalesRequest }).request;
      if (type === 'gmail.flag') return existing;
      return flag;
    });
    const saved = await logRequest(request(id), send as never);
    expect(saved.id).toBe(id);
    expect(send.mock.calls.map(([type, payload]) => (type === 'requests.save' ? [type] : [type, payload]))).toEqual(calls);
  });

  it('a failing flag update does not fail the log', async () => {
    const send = vi.fn(async (type: string, payload: unknown) => {
      if (type === 'requests.save') return (payload as { request: SalesRequest }).request;
      throw new Error('gone');
    });
    await expect(logRequest(request('gmail-m1'), send as never)).resolves.toMatchObject({ id: 'gmail-m1' });
  });
});
