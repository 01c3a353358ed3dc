// @vitest-environment happy-dom
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RequestFlag, type RequestFlagProps } from '@/components/gmail-flag/RequestFlag';
import FLAG_CSS from '@/components/gmail-flag/flag.css?inline';
import { Sidebar } from '@/components/sidebar/Sidebar';
import TOKENS_CSS from '@/components/kit/tokens.css?inline';
import type { EvidenceSpan } from '@/lib/sites/gmail/flag/highlight';
import type { FlagLabel } from '@/lib/sites/gmail/flag/wording';
import { userClick } from '../../support/user-events';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function mount(vnode: ComponentChild): HTMLElement {
  const el = document.createElement('div');
  document.body.append(el);
  mounted.push(el);
  act(() => render(vnode, el));
  return el;
}

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const action = (root: Element, name: string) => root.querySelector<HTMLButtonElement>(`[data-handoff-action="${name}"]`);
const actions = (root: Element) => [...root.querySelectorAll('[data-handoff-action]')].map((b) => b.getAttribute('data-handoff-action'));
// The PM's click: the flag's actions ignore a script's (test/support/user-events.ts).
const click = userClick;

function spans(message: string, ...found: Array<[string, string]>): EvidenceSpan[] {
  return found.map(([phrase, reason]) => {
    const start = message.indexOf(phrase);
    if (start < 0) throw new Error(`no "${phrase}"`);
    return { start, end: start + phrase.length, text: phrase, reason };
  });
}

const MESSAGE = 'Hi Sam - can you write the SOW for Acme by Friday? They want to sign next week. Thanks!';
const EVIDENCE = spans(
  MESSAGE,
  ['can you', 'pre-contract-work: asks "can/could you"'],
  ['write', 'pre-contract-work: asks to write'],
  ['SOW', 'pre-contract-work: deliverable: SOW'],
  ['want to sign', 'deal stage: signature still ahead'],
);

function props(patch: Partial<RequestFlagProps> = {}): RequestFlagProps {
  return {
    label: 'pre-contract-work',
    evidence: EVIDENCE,
    newestMessage: MESSAGE,
    status: 'open',
    onLog: vi.fn(),
    onRedirect: vi.fn(),
    onDismiss: vi.fn(),
    onUndo: vi.fn(),
    ...patch,
  };
}

describe('RequestFlag', () => {
  it('exposes the stable hook with the label and status', () => {
    const root = mount(<RequestFlag {...props()} />);
    const flag = root.querySelector('section[data-handoff="flag"][data-label="pre-contract-work"]');
    expect(flag).not.toBeNull();
    expect(flag!.getAttribute('data-status')).toBe('open');
    expect(flag!.getAttribute('data-level')).toBe('danger');
  });

  it.each<[FlagLabel, string, string, string[]]>([
    ['pre-contract-work', 'Sales is asking you to do pre-contract work', 'danger', ['log', 'redirect', 'dismiss']],
    ['promise-without-check', 'Sales promised something to the customer without you', 'warning', ['log', 'redirect', 'dismiss']],
    ['estimate-request', 'Sales asks for estimate input', 'info', ['log', 'dismiss']],
    ['status-request', 'Sales asks for a status update', 'info', ['log', 'dismiss']],
  ])('%s: title, level and actions', (label, title, level, expected) => {
    const root = mount(<RequestFlag {...props({ label })} />);
    const flag = root.querySelector('[data-handoff="flag"]')!;
    expect(flag.getAttribute('data-level')).toBe(level);
    expect(text(root.querySelector('h2'))).toContain(title);
    expect(flag.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')!.id);
    expect(actions(root)).toEqual(expected);
    expect(text(action(root, 'log'))).toBe('Log request');
    expect(text(action(root, 'dismiss'))).toBe('Not a request');
    if (expected.includes('redirect')) expect(text(action(root, 'redirect'))).toBe('Redirect to Sales');
  });

  it('shows the evidence phrases marked, each with its reason as the title', () => {
    const root = mount(<RequestFlag {...props()} />);
    const marks = [...root.querySelectorAll('[data-handoff-field="excerpt"] mark')];
    expect(marks.map((m) => text(m))).toEqual(['can you', 'write', 'SOW', 'want to sign']);
    expect(marks.map((m) => m.getAttribute('title'))).toEqual([
      'Asks "can/could you"',
      'Asks to write',
      'Deliverable: SOW',
      'Deal stage: signature still ahead',
    ]);
    expect(text(root.querySelector('[data-handoff-field="evidence"]'))).toContain('can you write the SOW for Acme by Friday?');
  });

  it('merges overlapping evidence into one mark listing every reason', () => {
    const evidence = spans(MESSAGE, ['write the', 'pre-contract-work: asks to write'], ['the SOW', 'pre-contract-work: deliverable: SOW']);
    const root = mount(<RequestFlag {...props({ evidence })} />);
    const marks = [...root.querySelectorAll('mark')];
    expect(marks.map((m) => text(m))).toEqual(['write the SOW']);
    expect(marks[0]!.getAttribute('title')).toBe('Asks to write\nDeliverable: SOW');
  });

  it('shows no evidence block when there is no usable evidence', () => {
    const root = mount(<RequestFlag {...props({ evidence: [{ start: 900, end: 950, text: 'x', reason: 'r' }] })} />);
    expect(root.querySelector('[data-handoff-field="evidence"]')).toBeNull();
    expect(root.querySelector('[data-handoff="flag"]')).not.toBeNull();
  });

  it('renders a hostile message as text only', () => {
    const message =
      'Hey <img src=x onerror="alert(1)"> can you <script>alert(2)</script> write the \u202Etxt.exe\u202C SOW <a href="javascript:alert(3)">now</a>?';
    const evidence = spans(message, ['<img src=x onerror="alert(1)">', 'pre-contract-work: <b>bold</b> reason'], ['write', 'pre-contract-work: asks to write'], ['SOW', 'pre-contract-work: deliverable: SOW']);
    const alert = vi.fn();
    vi.stubGlobal('alert', alert);
    try {
      const root = mount(<RequestFlag {...props({ newestMessage: message, evidence })} />);
      const flag = root.querySelector('[data-handoff="flag"]')!;
      expect(flag.querySelector('img, script, a, b, iframe')).toBeNull();
      const shown = text(flag.querySelector('[data-handoff-field="evidence"]'));
      expect(shown).toContain('<img src=x onerror="alert(1)">');
      expect(shown).toContain('<script>alert(2)</script>');
      // Bidi overrides cannot reorder what the PM reads.
      expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(shown).toContain('txt.exe');
      const marks = [...flag.querySelectorAll('mark')];
      expect(marks[0]!.textContent).toBe('<img src=x onerror="alert(1)">');
      expect(marks[0]!.getAttribute('title')).toBe('<b>bold</b> reason');
      expect(marks[0]!.children).toHaveLength(0);
      expect(alert).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each<[string, string]>([
    ['log', 'onLog'],
    ['redirect', 'onRedirect'],
    ['dismiss', 'onDismiss'],
  ])('the %s button calls %s once', async (name, callback) => {
    const p = props();
    const root = mount(<RequestFlag {...p} />);
    await click(action(root, name));
    for (const cb of ['onLog', 'onRedirect', 'onDismiss', 'onUndo'] as const) {
      expect(p[cb]).toHaveBeenCalledTimes(cb === callback ? 1 : 0);
    }
  });

  it('disables every button while busy and ignores clicks', async () => {
    const p = props({ busy: true });
    const root = mount(<RequestFlag {...p} />);
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.length).toBe(3);
    expect(buttons.every((b) => b.disabled)).toBe(true);
    expect(root.querySelector('[data-handoff="flag"]')!.getAttribute('aria-busy')).toBe('true');
    for (const b of buttons) await click(b);
    expect(p.onLog).not.toHaveBeenCalled();
    expect(p.onRedirect).not.toHaveBeenCalled();
    expect(p.onDismiss).not.toHaveBeenCalled();
  });

  it('when logged: shows "Logged" with a check instead of the Log button and keeps Redirect', async () => {
    const p = props({ status: 'logged' });
    const root = mount(<RequestFlag {...p} />);
    expect(root.querySelector('[data-handoff="flag"]')!.getAttribute('data-status')).toBe('logged');
    expect(action(root, 'log')).toBeNull();
    expect(text(root.querySelector('[data-handoff-field="logged"]'))).toBe('✓ Logged');
    expect(actions(root)).toEqual(['redirect', 'dismiss']);
    await click(action(root, 'redirect'));
    expect(p.onRedirect).toHaveBeenCalledTimes(1);
  });

  it('when dismissed: one line with Undo', async () => {
    const p = props({ status: 'dismissed' });
    const root = mount(<RequestFlag {...p} />);
    const flag = root.querySelector('[data-handoff="flag"]')!;
    expect(flag.getAttribute('data-status')).toBe('dismissed');
    expect(text(flag)).toMatch(/^Dismissed as not a request\s*Undo$/);
    expect(text(action(root, 'undo'))).toBe('Undo');
    expect(flag.querySelector('mark, h2')).toBeNull();
    expect(actions(root)).toEqual(['undo']);
    await click(action(root, 'undo'));
    expect(p.onUndo).toHaveBeenCalledTimes(1);
  });

  it('when dismissed without onUndo: no Undo button', () => {
    const root = mount(<RequestFlag {...props({ status: 'dismissed', onUndo: undefined })} />);
    expect(text(root.querySelector('[data-handoff="flag"]'))).toBe('Dismissed as not a request');
    expect(actions(root)).toEqual([]);
  });

  it('shows the notice under the buttons in a status region', () => {
    const root = mount(<RequestFlag {...props({ notice: 'Reply drafted in Gmail’s reply box' })} />);
    const status = root.querySelector('[role="status"]')!;
    expect(text(status)).toBe('Reply drafted in Gmail’s reply box');
    const buttons = root.querySelector('[data-handoff-action="dismiss"]')!;
    expect(buttons.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('keeps an empty status region when there is no notice, so later notices are announced', () => {
    for (const notice of [undefined, null, '']) {
      const root = mount(<RequestFlag {...props({ notice })} />);
      expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    }
  });

  it('moves focus to Undo after dismissing, and back to the actions after undoing', async () => {
    const root = mount(<div />);
    let status: RequestFlagProps['status'] = 'open';
    const draw = () =>
      render(
        <RequestFlag
          {...props({
            status,
            onDismiss: () => {
              status = 'dismissed';
              draw();
            },
            onUndo: () => {
              status = 'open';
              draw();
            },
          })}
        />,
        root,
      );
    await act(draw);
    action(root, 'dismiss')!.focus();
    await click(action(root, 'dismiss'));
    expect(document.activeElement).toBe(action(root, 'undo'));
    await click(action(root, 'undo'));
    expect(document.activeElement).toBe(action(root, 'log'));
  });

  it('moves focus to Redirect once the Log button turns into "Logged"', async () => {
    const root = mount(<div />);
    let status: RequestFlagProps['status'] = 'open';
    let busy = false;
    const draw = () => render(<RequestFlag {...props({ status, busy, onLog: () => { busy = true; draw(); } })} />, root);
    await act(draw);
    action(root, 'log')!.focus();
    await click(action(root, 'log'));
    expect(action(root, 'log')!.disabled).toBe(true);
    await act(() => {
      busy = false;
      status = 'logged';
      draw();
    });
    expect(document.activeElement).toBe(action(root, 'redirect'));
  });

  it('renders inside the sidebar as its child, above the deal', () => {
    const root = mount(
      <Sidebar state={{ kind: 'loading' }} collapsed={false} onToggleCollapsed={() => {}}>
        <RequestFlag {...props()} />
      </Sidebar>,
    );
    expect(root.querySelector('[data-handoff-panel] [data-handoff="flag"][data-label="pre-contract-work"]')).not.toBeNull();
  });
});

describe('FLAG_CSS', () => {
  it('styles the flag with the design tokens only', () => {
    expect(FLAG_CSS).toContain('.hf-flag');
    for (const level of ['danger', 'warning']) expect(FLAG_CSS).toContain(`.hf-flag[data-level="${level}"]`);
    const used = new Set([...FLAG_CSS.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]!));
    const own = new Set(['hf-flag-line', 'hf-flag-bg', 'hf-flag-fg']);
    for (const name of used) {
      if (own.has(name)) continue;
      expect(TOKENS_CSS, `--${name}`).toContain(`--${name}:`);
    }
    expect(FLAG_CSS).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(|url\(/i);
  });
});
