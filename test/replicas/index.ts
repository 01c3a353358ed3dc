// Maps a real host URL to the local replica page that stands in for it in end-to-end tests and the demo.
// Pure: no Playwright import. Use it from a request route, e.g.
//   await context.route('**/*', (route) => {
//     const r = replicaFor(route.request().url());
//     return r ? route.fulfill({ path: r.file, contentType: r.contentType }) : route.abort();
//   });
import { fileURLToPath } from 'node:url';

export interface ReplicaFile {
  /** Absolute path of the replica HTML file. */
  file: string;
  contentType: string;
}

const HTML = 'text/html; charset=utf-8';

const FILES = {
  gmail: fileURLToPath(new URL('./gmail.html', import.meta.url)),
  jira: fileURLToPath(new URL('./jira.html', import.meta.url)),
  jiraServer: fileURLToPath(new URL('./jira-server.html', import.meta.url)),
  asana: fileURLToPath(new URL('./asana.html', import.meta.url)),
} as const;

/** Sub-resources (favicon.ico, scripts, images, robots.txt...) are not pages: the last path segment has a file extension. */
function isSubResource(pathname: string): boolean {
  const last = pathname.split('/').pop() ?? '';
  const dot = last.lastIndexOf('.');
  if (dot <= 0) return false;
  const ext = last.slice(dot + 1).toLowerCase();
  return ext !== 'html' && ext !== 'jspa';
}

/** API and sync endpoints of the hosts: never a page. */
const API_PREFIXES: Record<string, readonly string[]> = {
  gmail: ['/sync/', '/_/'],
  jira: ['/rest/', '/gateway/', '/_edge/'],
  asana: ['/api/', '/-/'],
  jiraServer: ['/rest/'],
};

function page(kind: keyof typeof FILES, pathname: string): ReplicaFile | null {
  if (isSubResource(pathname)) return null;
  if ((API_PREFIXES[kind] ?? []).some((p) => pathname.startsWith(p))) return null;
  return { file: FILES[kind], contentType: HTML };
}

export function replicaFor(url: string): ReplicaFile | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:') return null;
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (host === 'mail.google.com') return page('gmail', path);
  if (host.endsWith('.atlassian.net')) return page('jira', path);
  if (host === 'app.asana.com') return page('asana', path);
  if (path.startsWith('/browse/') || path.startsWith('/secure/')) return page('jiraServer', path);
  return null;
}
