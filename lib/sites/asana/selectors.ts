import { sel } from '@/lib/sites/runtime/selectors';

const TOGGL = 'toggl/track-extension src/content/asana.js';

/** Asana's class names change often: ids come from the URL, the DOM only says where to mount (lib/sites/HOSTS.md). */
export const ASANA = {
  taskPane: sel('2026-11', TOGGL, '.TaskPane', '[data-testid="task-pane"]', '[aria-label="Task details"]'),
  taskTitle: sel('2026-11', TOGGL, '.TaskPaneTitle textarea', '.TaskPane textarea[aria-label="Task Name"]'),
  // Text only ("Today", "Dec 20", "Jan 20, 2027"): the year is left out for this year.
  dueDate: sel('2026-11', TOGGL, '.TaskPane .DueDateContainer .DueDate', '.TaskPane [aria-label="Due date"]'),
  boardCard: sel('2026-11', TOGGL, '.BoardCardLayout'),
  listRowName: sel('2026-11', TOGGL, '.SpreadsheetRow .SpreadsheetTaskName'),
} as const;
