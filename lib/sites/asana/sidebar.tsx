import type { ComponentChildren } from 'preact';
import { PageSidebar, type PageRead } from '@/components/sidebar/PageSidebar';
import { ReadNotice } from '@/components/sidebar/ReadNotice';
import SIDEBAR_CSS from '@/components/sidebar/sidebar.css?inline';
import { dueDateConflicts } from '@/lib/deal';
import { localDay } from '@/lib/dates';
import { observe, waitFor } from '@/lib/sites/runtime/observe';
import { anyOf, query } from '@/lib/sites/runtime/selectors';
import { confirmMiss, reportMiss } from '@/lib/sites/runtime/selector-health';
import type { Deal } from '@/lib/model';
import { mountPanel, pageTheme } from '@/lib/sites/runtime/mount';
import type { SiteFeature } from '../runtime/feature';
import { describeLinkedPage } from '../runtime/describe-linked';
import { isAsanaApp, parseAsanaUrl } from './detect';
import { parseAsanaDueDate } from './due-date';
import { ASANA } from './selectors';
import { readTaskPane } from './task-pane';
import { whileConnected } from './while-connected';

/** How long the task pane may take to appear before the sidebar says it could not read the page. */
const PANE_TIMEOUT_MS = 5000;

interface TaskIds {
  taskGid: string;
  projectGid: string | null;
}

/**
 * The task's id comes from the URL when it names one (Asana's class names
 * change often, lib/sites/HOSTS.md), else from the open pane's
 * `article.TaskPane[data-task-id]` (a pane opened over a page whose URL
 * names no task). The DOM also gives the task's due date, checked against
 * the deal's special terms and promised deliverables. Docked beside the
 * page, so it covers neither the task pane nor the list (issue 14).
 */
export const asanaSidebar: SiteFeature = {
  id: 'asana-sidebar',
  matches: isAsanaApp,
  async init(signal) {
    const page = parseAsanaUrl(location.href);
    if (page?.taskGid) {
      await showTask({ taskGid: page.taskGid, projectGid: page.projectGid }, null, signal);
      return;
    }
    // No task in the URL: follow the panes that open here, one at a time,
    // each with its own id; mount nothing while none is open.
    while (!signal.aborted) {
      const pane = await waitFor(anyOf(ASANA.taskPane), { signal });
      if (!pane) return;
      const taskGid = readTaskPane(pane).taskGid;
      const open = whileConnected(pane, signal);
      if (taskGid) await showTask({ taskGid, projectGid: page?.projectGid ?? null }, pane, open);
      await new Promise((resolve) => open.addEventListener('abort', resolve, { once: true }));
    }
  },
};

/** Mounts the sidebar for one task until `signal` aborts; `known` is its pane when already found. */
async function showTask(ids: TaskIds, known: Element | null, signal: AbortSignal): Promise<void> {
  const { taskGid, projectGid } = ids;
  const panel = mountPanel(SIDEBAR_CSS, { signal, theme: pageTheme(), dock: 'page' });
  const context = { kind: 'asana' as const, taskGid, projectGid };
  describeLinkedPage('asana', context, ASANA.taskTitle, signal);
  const targets = [{ kind: 'asana-task', label: 'Link this task', field: 'asana' as const, value: taskGid }];
  if (projectGid) targets.push({ kind: 'asana-project', label: 'Link this project', field: 'asana' as const, value: projectGid });

  // What could not be read, said on the page (issue 14): no due-date field, no warnings.
  let notice: ComponentChildren = null;
  const show = (read: PageRead, due: string | null = null) =>
    panel.render(
      <PageSidebar
        page={read}
        pageLabel="this task"
        linkTargets={targets}
        newDeal={{ links: { asana: [projectGid ?? taskGid] } }}
        warningsFor={due ? (deal: Deal) => dueDateConflicts(deal, due) : undefined}
      >
        {notice}
      </PageSidebar>,
    );
  show({ kind: 'loading' });

  const pane = known ?? (await waitFor(anyOf(ASANA.taskPane), { signal: AbortSignal.any([signal, AbortSignal.timeout(PANE_TIMEOUT_MS)]) }));
  if (signal.aborted) return;
  if (!pane) {
    reportMiss(ASANA.taskPane, signal);
    show({ kind: 'unreadable', reason: 'Handoff could not find the task pane on this page.' });
    return;
  }
  const read: PageRead = { kind: 'read', context };
  // A pane still showing the previous task (its data-task-id differs from the URL's)
  // would lend this task someone else's due date: no date then, rather than a wrong warning.
  const dueNow = () => {
    const seen = readTaskPane(pane);
    if (seen.taskGid && seen.taskGid !== taskGid) return null;
    return parseAsanaDueDate(seen.dueText ?? '', localDay(new Date()));
  };
  let lastDue = dueNow();
  show(read, lastDue);
  void confirmMiss(ASANA.dueDateField, () => !query(pane, ASANA.dueDateField), { root: pane, signal }).then((missed) => {
    if (!missed) return;
    notice = <ReadNotice selector={ASANA.dueDateField.name} text="Handoff could not read this task's due date: due-date warnings are off." />;
    show(read, lastDue);
  });
  // The due date is re-rendered when the PM edits it.
  observe(anyOf(ASANA.dueDate), () => {
    const due = dueNow();
    if (due !== lastDue) show(read, (lastDue = due));
  }, { signal, root: pane });
}
