import { query } from '@/lib/sites/runtime/selectors';
import { gid } from './detect';
import { ASANA, TASK_ID_ATTR } from './selectors';

export interface TaskPaneRead {
  /** From the pane's `data-task-id`: a cross-check of, or a fallback for, the URL's task id. */
  taskGid: string | null;
  title: string | null;
  /** The due date as shown ("Feb 22"), for parseAsanaDueDate; null when none is set. */
  dueText: string | null;
}

/**
 * Reads an open task pane. `root` is the pane itself or anything containing it
 * (the document), so the sidebar and tests on saved pages share one reader.
 */
export function readTaskPane(root: ParentNode): TaskPaneRead {
  const pane = query(root, ASANA.taskPane) ?? (root instanceof Element ? root : null);
  const scope: ParentNode = pane ?? root;
  const heading = query(scope, ASANA.taskTitle);
  // A textarea's text is its value: Asana edits it in place.
  const title = (heading instanceof HTMLTextAreaElement ? heading.value : heading?.textContent)?.trim() || null;
  const dueText = query(scope, ASANA.dueDate)?.textContent?.trim() || null;
  return { taskGid: gid(pane?.getAttribute(TASK_ID_ATTR) ?? undefined), title, dueText };
}
