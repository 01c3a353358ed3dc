// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HandoffError } from '@/lib/messaging/errors';
import { emptyDeal, type Deal } from '@/lib/model';
import { dealToDraft } from '@/lib/options/deal-draft';
import { rebaseDraft } from '@/lib/options/deal-rebase';
import { flush, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { DealEditor } = await import('@/components/options/deals/DealEditor');

const base: Deal = { ...emptyDeal('acme-platform', new Date('2026-11-20T16:30:00.000Z')), name: 'Acme', account: 'Acme Corp', stage: 'negotiation' };
// What another tab (a Gmail link) stored meanwhile.
const remote: Deal = { ...base, links: { ...base.links, gmailThreads: ['aaaabbbbccccdddd'] }, updatedAt: '2026-11-21T09:00:00.000Z' };

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
beforeEach(() => {
  send.mockReset();
});
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
const editor = (deals: Deal[]) => <DealEditor initial={base} isNew={false} remote={deals.find((d) => d.id === base.id) ?? null} people={[]} defaultRemindDays={14} onClose={() => {}} />;

describe('deal editor, a save refused because the deal changed elsewhere', () => {
  it('says so in words, keeps the draft, and saves the edits on top of the newer version when asked', async () => {
    send.mockRejectedValueOnce(new HandoffError('conflict', 'Deal "Acme" changed elsewhere, reload: your edits were not saved, and the other change was kept.'));
    await act(() => render(editor([base]), root));
    const notes = () => $<HTMLTextAreaElement>('textarea[data-field="notes"]');
    await act(() => {
      notes().value = 'phase 2 agreed';
      notes().dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => $<HTMLButtonElement>('[data-handoff-options="save-deal"]').click());
    await flush();
    expect($('[role="alert"]').textContent).toContain('changed elsewhere, reload');
    expect(notes().value).toBe('phase 2 agreed');
    expect((send.mock.calls[0]![1] as { deal: Deal }).deal.updatedAt).toBe(base.updatedAt);

    // The live list brings the newer version: the notice offers to reload.
    await act(() => render(editor([remote]), root));
    expect($('[data-handoff-options="changed-elsewhere"]').textContent).toContain('changed elsewhere');
    await act(() => $<HTMLButtonElement>('[data-handoff-options="keep-mine"]').click());
    expect(notes().value).toBe('phase 2 agreed');
    send.mockImplementationOnce(async (_t: string, p: { deal: Deal }) => ({ ...p.deal, updatedAt: '2026-11-21T10:00:00.000Z' }));
    await act(() => $<HTMLButtonElement>('[data-handoff-options="save-deal"]').click());
    await flush();
    const saved = (send.mock.calls[1]![1] as { deal: Deal }).deal;
    expect(saved).toMatchObject({ notes: 'phase 2 agreed', updatedAt: remote.updatedAt, links: { gmailThreads: ['aaaabbbbccccdddd'] } });
  });
});

describe('rebaseDraft', () => {
  it('keeps the fields the user changed and takes every other one from the newer version', () => {
    const draft = { ...dealToDraft(base), notes: 'mine', name: 'Acme 2' };
    const newer: Deal = { ...remote, notes: 'theirs', account: 'Acme Inc' };
    expect(rebaseDraft(draft, base, newer)).toMatchObject({ notes: 'mine', name: 'Acme 2', account: 'Acme Inc', gmailThreads: 'aaaabbbbccccdddd' });
  });
});
