// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseAsanaDueDate } from '@/lib/sites/asana/due-date';
import { readTaskPane } from '@/lib/sites/asana/task-pane';

// A real English Asana page (2023), trimmed; its header names the source and licence.
const REAL = readFileSync('test/fixtures/real/asana-task-pane.html', 'utf8');
// The same page with no due date set, as the capture itself had it.
const NO_DUE = REAL.replace(/<span class="DueDateTokenButton-label[\s\S]*?<\/span>(?=<div class="RemoveButton)/, '<span class="DueDateTokenButton-label">No due date</span>');

describe('readTaskPane on a real Asana task pane', () => {
  beforeEach(() => {
    document.body.innerHTML = REAL;
  });

  it('reads the task id, the title and the due date from the document', () => {
    expect(readTaskPane(document)).toEqual({ taskGid: '1200000000000042', title: 'Placeholder task title', dueText: 'Feb 22' });
  });

  it('reads the same from the pane itself, as the sidebar calls it', () => {
    const pane = document.querySelector('article')!;
    expect(readTaskPane(pane)).toEqual({ taskGid: '1200000000000042', title: 'Placeholder task title', dueText: 'Feb 22' });
  });

  it('gives a due date the deal warnings can use', () => {
    expect(parseAsanaDueDate(readTaskPane(document).dueText ?? '', '2026-12-05')).toBe('2026-02-22');
  });

  it('finds the title by structure, whatever the UI language calls it', () => {
    document.body.innerHTML = REAL.replace('aria-label="Task Name"', 'aria-label="Nombre de la tarea"');
    expect(readTaskPane(document).title).toBe('Placeholder task title');
  });

  it('reads the title as edited (the textarea value), not the markup', () => {
    document.querySelector<HTMLTextAreaElement>('article textarea')!.value = 'Renamed';
    expect(readTaskPane(document).title).toBe('Renamed');
  });

  it('has no due date when none is set, and does not borrow one from the list', () => {
    document.body.innerHTML = NO_DUE;
    expect(NO_DUE).not.toBe(REAL);
    expect(readTaskPane(document)).toEqual({ taskGid: '1200000000000042', title: 'Placeholder task title', dueText: null });
  });

  it('reads nothing when no task pane is open', () => {
    document.body.innerHTML = '<div class="SpreadsheetRow"><textarea>Placeholder list task</textarea></div>';
    expect(readTaskPane(document)).toEqual({ taskGid: null, title: null, dueText: null });
  });
});
