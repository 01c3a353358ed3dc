import { PageSidebar } from '@/components/page-sidebar/PageSidebar';
import { SIDEBAR_CSS } from '@/components/sidebar/styles';
import { mountPanel, pageTheme } from '@/lib/ui/mount-panel';
import type { SiteFeature } from '../feature';
import { describeLinkedPage } from '../shared/describe-linked';
import { ASANA } from './selectors';
import { isAsanaTask, parseAsanaUrl } from './detect';

/** Ids come from the URL (Asana's class names change often, hosts.md). */
export const asanaSidebar: SiteFeature = {
  id: 'asana-sidebar',
  matches: isAsanaTask,
  init(signal) {
    const page = parseAsanaUrl(location.href);
    if (!page?.taskGid) return;
    const panel = mountPanel(SIDEBAR_CSS, { signal, theme: pageTheme() });
    describeLinkedPage('asana', { kind: 'asana', taskGid: page.taskGid, projectGid: page.projectGid }, ASANA.taskTitle, signal);
    const targets = [{ kind: 'asana-task', label: 'Link this task', field: 'asana' as const, value: page.taskGid }];
    if (page.projectGid) targets.push({ kind: 'asana-project', label: 'Link this project', field: 'asana' as const, value: page.projectGid });
    panel.render(
      <PageSidebar
        page={{ kind: 'read', context: { kind: 'asana', taskGid: page.taskGid, projectGid: page.projectGid } }}
        pageLabel="this task"
        linkTargets={targets}
        newDeal={{ links: { asana: [page.projectGid ?? page.taskGid] } }}
      />,
    );
  },
};
