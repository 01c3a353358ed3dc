// @vitest-environment happy-dom
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDeal, type Deal } from '@/lib/model';
import { dealToDraft, isDealDraftDirty } from '@/lib/options/deal-draft';
import { LARGE_TEXT_CHARS, TextAreaField } from '@/components/kit/fields/TextAreaField';
import { PREVIEW_CHARS } from '@/components/kit/fields/LargeTextSummary';
import { flush, mountRootEachTest } from '../../support/preact-root';

const send = vi.fn();
vi.mock('@/lib/messaging/client', () => ({ send: (...args: unknown[]) => send(...args) }));
const { DealEditor } = await import('@/components/options/deals/DealEditor');

const MB = 1 << 20;
// Hostile markup first: the preview must show it as text.
const big = (label: string) => `${label} <img src=x onerror="window.__pwned=1"> ${'lorem ipsum '.repeat(MB / 12 + 1)}`.slice(0, MB);

let root: HTMLElement;
mountRootEachTest((el) => (root = el));
beforeEach(() => send.mockReset());
const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** A notes field as the editor uses it, holding its own value. */
function Notes({ initial, onValue = () => {} }: { initial: string; onValue?: (v: string) => void }) {
  const [value, setValue] = useState(initial);
  return <TextAreaField label="Notes" field="notes" value={value} onValue={(v) => (setValue(v), onValue(v))} />;
}

describe('TextAreaField with a large text', () => {
  it('shows the size, the first lines as text and "Edit all of it" instead of a textarea', async () => {
    const text = big('Notes');
    await act(() => render(<Notes initial={text} />, root));
    expect(root.querySelector('textarea')).toBeNull();
    const block = $('[data-handoff-options="large-text"]');
    expect(block.dataset.field).toBe('notes');
    expect(block.textContent).toContain('1,048,576 characters (about 1.0 MB of text)');
    expect(block.textContent).toContain(text.slice(0, PREVIEW_CHARS));
    expect(block.textContent).not.toContain(text.slice(0, PREVIEW_CHARS + 20));
    expect(root.querySelector('img')).toBeNull();
    // The label still points at something focusable: the button.
    const button = $<HTMLButtonElement>('[data-handoff-options="large-text-edit"]');
    expect(button.textContent).toBe('Edit all of it');
    expect($('label').getAttribute('for')).toBe(button.id);
  });

  it('keeps a textarea up to the threshold', async () => {
    await act(() => render(<Notes initial={'x'.repeat(LARGE_TEXT_CHARS)} />, root));
    expect($<HTMLTextAreaElement>('textarea[data-field="notes"]').value).toHaveLength(LARGE_TEXT_CHARS);
    expect(root.querySelector('[data-handoff-options="large-text"]')).toBeNull();
  });

  it('"Edit all of it" brings the whole text in a focused textarea, which stays when the text is cut short', async () => {
    const text = big('Notes');
    const onValue = vi.fn();
    await act(() => render(<Notes initial={text} onValue={onValue} />, root));
    await act(() => $<HTMLButtonElement>('[data-handoff-options="large-text-edit"]').click());
    const area = $<HTMLTextAreaElement>('textarea[data-field="notes"]');
    expect(area.value).toBe(text);
    expect(document.activeElement).toBe(area);
    expect($('label').getAttribute('for')).toBe(area.id);
    await type(area, 'short now');
    expect(onValue).toHaveBeenLastCalledWith('short now');
    expect($<HTMLTextAreaElement>('textarea[data-field="notes"]').value).toBe('short now');
  });
});

describe('deal editor with 1 MB texts', () => {
  const notes = big('Notes');
  const billingNotes = big('Billing');
  const term = big('Term');
  const deal: Deal = {
    ...emptyDeal('acme-platform', new Date('2026-11-20T16:30:00.000Z')),
    name: 'Acme',
    account: 'Acme Corp',
    stage: 'negotiation',
    billing: { model: 'milestone', paymentTermsDays: 45, notes: billingNotes },
    specialTerms: [{ id: 't1', text: term, dueOn: '2027-01-15' }],
    notes,
  };
  const editor = () => <DealEditor initial={deal} isNew={false} people={[]} defaultRemindDays={14} onClose={() => {}} />;

  it('collapses every big field, and saves an edited name with the texts unchanged', async () => {
    await act(() => render(editor(), root));
    const fields = [...root.querySelectorAll<HTMLElement>('[data-handoff-options="large-text"]')].map((b) => b.dataset.field);
    expect(fields).toEqual(['billing.notes', 'specialTerms[0].text', 'notes']);
    expect(root.querySelectorAll('textarea').length).toBeGreaterThan(0); // the small ones (links) stay textareas
    expect(root.textContent).toContain('No changes');
    await type($<HTMLInputElement>('input[data-field="name"]'), 'Acme 2');
    expect(root.textContent).not.toContain('No changes');
    send.mockImplementationOnce(async (_t: string, p: { deal: Deal }) => ({ ...p.deal, updatedAt: '2026-11-21T10:00:00.000Z' }));
    await act(() => $<HTMLButtonElement>('[data-handoff-options="save-deal"]').click());
    await flush();
    const saved = (send.mock.calls[0]![1] as { deal: Deal }).deal;
    expect(saved.name).toBe('Acme 2');
    expect(saved.notes).toBe(notes);
    expect(saved.billing?.notes).toBe(billingNotes);
    expect(saved.specialTerms[0]!.text).toBe(term);
    expect(root.textContent).toContain('Saved at');
  });

  it('saves an edit made after "Edit all of it"', async () => {
    await act(() => render(editor(), root));
    await act(() => $<HTMLButtonElement>('[data-field="notes"] [data-handoff-options="large-text-edit"]').click());
    await type($<HTMLTextAreaElement>('textarea[data-field="notes"]'), `${notes}!`);
    send.mockImplementationOnce(async (_t: string, p: { deal: Deal }) => p.deal);
    await act(() => $<HTMLButtonElement>('[data-handoff-options="save-deal"]').click());
    await flush();
    const saved = (send.mock.calls[0]![1] as { deal: Deal }).deal;
    expect(saved.notes).toBe(`${notes}!`);
    expect(saved.billing?.notes).toBe(billingNotes);
    // The other big fields are still collapsed.
    expect(root.querySelectorAll('[data-handoff-options="large-text"]')).toHaveLength(2);
  });

  it('tells unsaved edits apart in big texts without being fooled by copies', () => {
    const draft = dealToDraft(deal);
    expect(isDealDraftDirty(draft, deal)).toBe(false);
    // The same text in another string (a textarea's value is a new one).
    expect(isDealDraftDirty({ ...draft, notes: `${notes.slice(0, -1)}${notes.slice(-1)}` }, deal)).toBe(false);
    expect(isDealDraftDirty({ ...draft, notes: `${notes.slice(0, -1)}#` }, deal)).toBe(true);
    expect(isDealDraftDirty({ ...draft, billingNotes: `${billingNotes} ` }, deal)).toBe(true);
    const terms = draft.specialTerms.map((t) => ({ ...t, text: `x${t.text.slice(1)}` }));
    expect(isDealDraftDirty({ ...draft, specialTerms: terms }, deal)).toBe(true);
  });
});
