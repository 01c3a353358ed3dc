// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/messaging/client', () => ({ send: vi.fn(async () => null) }));
vi.mock('@/lib/sync/signal', () => ({ onDataChanged: vi.fn() }));

const { GmailFlag } = await import('@/components/gmail-flag/GmailFlag');
type Inspection = Parameters<typeof GmailFlag>[0]['inspection'];

const host = document.createElement('div');
afterEach(() => act(() => render(null, host)));

function show(inspection: Partial<Inspection>): HTMLElement {
  const full: Inspection = {
    label: 'none', confidence: 0.9, newestMessage: '', evidence: [], senderRole: 'sales', dealStage: 'negotiation', dealId: null, flag: null,
    ...inspection,
  };
  act(() =>
    render(
      <GmailFlag inspection={full} messageId="m1" threadId="t1" sender={{ name: 'Sam', email: 'sam@x.io' }} url="https://mail.google.com/" draftReply={async () => ({ where: 'clipboard' }) as never} />,
      host,
    ),
  );
  return host;
}

describe('the flag when Sales asked someone else (issue 15)', () => {
  it('says who was asked, as a quiet note with no Log or Redirect', () => {
    const el = show({ note: 'Sales asked Legal; you are on cc' });
    expect(el.querySelector('[data-handoff="flag-note"]')?.textContent).toBe('Sales asked Legal; you are on cc');
    expect(el.querySelector('[data-handoff="flag"]')).toBeNull();
    expect(el.querySelector('[data-handoff-action]')).toBeNull();
  });

  it('shows nothing for a mail that asks nothing of anyone', () => {
    expect(show({}).childElementCount).toBe(0);
  });
});
