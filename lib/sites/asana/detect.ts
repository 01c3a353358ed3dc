export interface AsanaPage {
  projectGid: string | null;
  taskGid: string | null;
  style: 'old' | 'new';
}

const GID = /^\d{1,32}$/;
export const gid = (s: string | undefined): string | null => (s && GID.test(s) && s !== '0' ? s : null);

/**
 * Reads an Asana URL (lib/sites/HOSTS.md). Old: `/0/PROJECT/TASK`, `/0/PROJECT/TASK/f`,
 * `/0/0/TASK`, `/0/inbox/X/TASK/STORY`, `/0/search/X/TASK`, `/0/PROJECT/list`.
 * Since 2025: `/1/WS/project/P/task/T`, `/1/WS/task/T`, `/1/WS/project/P/list`,
 * optionally followed by `/comment/ID`. Anything else: null.
 */
export function parseAsanaUrl(href: string): AsanaPage | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts[0] === '1') {
    const at = (name: string) => {
      const i = parts.indexOf(name, 2);
      return i >= 0 ? gid(parts[i + 1]) : null;
    };
    const projectGid = at('project');
    const taskGid = at('task');
    if (!projectGid && !taskGid) return null;
    return { projectGid, taskGid, style: 'new' };
  }
  if (parts[0] === '0' && parts.length >= 2) {
    if (parts[1] === 'inbox' || parts[1] === 'search') {
      const taskGid = gid(parts[3]);
      return taskGid ? { projectGid: null, taskGid, style: 'old' } : null;
    }
    // `/0/home/WS`, `/0/portfolio/…` and the like are not projects.
    if (!GID.test(parts[1]!)) return null;
    const projectGid = gid(parts[1]);
    const taskGid = gid(parts[2]);
    if (!projectGid && !taskGid) return null;
    return { projectGid, taskGid, style: 'old' };
  }
  return null;
}

export const isAsanaTask = (loc: Pick<Location, 'href'>): boolean => parseAsanaUrl(loc.href)?.taskGid != null;
export const isAsanaPage = (loc: Pick<Location, 'href'>): boolean => parseAsanaUrl(loc.href) !== null;

/** Any page of the Asana app: a task pane may open over pages whose URL names no task. */
export const isAsanaApp = (loc: Pick<Location, 'href'>): boolean => {
  try {
    return new URL(loc.href).hostname === 'app.asana.com';
  } catch {
    return false;
  }
};
