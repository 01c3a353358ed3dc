import { named, sel } from '@/lib/sites/runtime/selectors';

const TOGGL = 'toggl/track-extension src/content/asana.js';
/** A real English task pane captured in 2023 (test/fixtures/real/asana-task-pane.html says where from). */
const REAL = 'apiology/shortcuts-for-asana src/__fixtures__/shortcuts-for-asana-fixtures.ts';

/**
 * Asana's class names change often (lib/sites/HOSTS.md): ids come from the URL first, the
 * pane's `data-task-id` where the URL names no task. Primaries follow real saved pages (and
 * test/replicas/asana.html now builds that structure); older guesses stay as last fallbacks.
 * Structure comes before words: aria-labels follow the user's language.
 */
export const ASANA = named('asana', {
  // seen: '2026-12' — real panes are `article.TaskPane[data-task-id]`.
  taskPane: sel('2026-12', REAL, 'article.TaskPane[data-task-id]', '.TaskPane', '[data-testid="task-pane"]', '[aria-label="Task details"]'),
  // seen: '2026-12' — `.TaskPaneTitle` is gone on real pages (dropped here); the English aria-label is the last resort.
  taskTitle: sel(
    '2026-12',
    REAL,
    '.TaskPane-titleRow textarea',
    '.ObjectTitleInput textarea',
    '.TaskPane textarea[aria-label="Task Name"]',
  ),
  // seen: '2026-12' — text only ("Today", "Feb 22", "Jan 20, 2027"): the year is left out for this year.
  // Real pages label the field with `<label for>`, not an aria-label; an empty date has no `.DueDate` at all.
  // The fallbacks stay inside the fields block so a subtask's date is never read as the task's.
  dueDate: sel(
    '2026-12',
    REAL,
    '.TaskPaneFields-dueDateContainer .DueDate-dateSpan',
    '#task_pane_due_date_input .DueDate',
    '.TaskPaneFields .DueDateContainer .DueDate',
    '.TaskPane [aria-label="Due date"]',
  ),
  // seen: '2026-12' — the due-date field itself, there with a date or without ("No due date"): when it is
  // missing, Handoff cannot tell an unset date from one it failed to read (lib/sites/runtime/selector-health.ts).
  dueDateField: sel('2026-12', REAL, '.TaskPaneFields-dueDateContainer', '#task_pane_due_date_input', '.TaskDueDateToken', '.TaskPane .DueDateContainer'),
  boardCard: sel('2026-11', TOGGL, '.BoardCardLayout'),
  listRowName: sel('2026-11', TOGGL, '.SpreadsheetRow .SpreadsheetTaskName'),
});

/** The pane's attribute holding the task id (seen: '2026-12', same source as ASANA.taskPane). */
export const TASK_ID_ATTR = 'data-task-id';
