// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ReadNotice } from '@/components/sidebar/ReadNotice';
import { Sidebar } from '@/components/sidebar/Sidebar';
import { mount } from './helpers';

describe('read notice', () => {
  it('says plainly what could not be read, beside the page’s deal state, as text', () => {
    const text = "Handoff could not read this task's due date: due-date warnings are off.";
    const el = mount(
      <Sidebar state={{ kind: 'unlinked', pageLabel: 'this task' }} collapsed={false} onToggleCollapsed={() => {}}>
        <ReadNotice selector="asana.dueDateField" text={text} />
      </Sidebar>,
    );
    const notice = el.querySelector('[data-handoff="read-notice"]')!;
    expect(notice.getAttribute('data-selector')).toBe('asana.dueDateField');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain(text);
    expect(notice.textContent).toContain('Diagnostics');
    // The notice does not replace what the sidebar could still work out.
    expect(el.querySelector('[data-handoff-panel]')!.getAttribute('data-state')).toBe('unlinked');
  });

  it('renders page-made text as text, never as markup', () => {
    const el = mount(<ReadNotice selector="gmail.sender" text={'<img src=x onerror=alert(1)>'} />);
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
