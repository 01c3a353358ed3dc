/**
 * Issue 13: least privilege per sender. The table below is the reviewed
 * list of who may send what; a protocol change that widens (or narrows) a
 * sender list must change this table too. A message content scripts may
 * send must be one some content-side file sends.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TYPES, PROTOCOL, type MessageType, type SenderKind } from '@/lib/messaging';

const E: SenderKind[] = ['extension'];
const EC: SenderKind[] = ['extension', 'content'];
const C: SenderKind[] = ['content'];

const ALLOWED: Record<MessageType, SenderKind[]> = {
  ping: E,
  'crm.status': E,
  'crm.connect': E,
  'crm.disconnect': E,
  'crm.sync': E,
  'crm.configure': E,
  'crm.outbox.list': E,
  'crm.outbox.retry': E,
  'link.resolve': EC,
  'link.add': EC,
  'deals.list': E,
  'deals.choices': EC,
  'deals.get': EC,
  'deals.page': E,
  'deals.ids': E,
  'deals.names': E,
  'weekly.agenda': E,
  'deals.save': E,
  'deals.delete': E,
  'people.list': E,
  'people.save': E,
  'people.delete': E,
  'requests.list': E,
  'requests.save': E,
  'requests.log': C,
  'requests.setStatus': E,
  'requests.delete': E,
  'settings.get': E,
  'settings.forContent': EC,
  'settings.save': E,
  'settings.setSidebarCollapsed': EC,
  'backup.import': E,
  'backup.export': E,
  'gmail.inspect': EC,
  'flags.set': EC,
  'gmail.flag': EC,
  'flags.forThreads': EC,
  'flags.stats': E,
  'jira.badges': EC,
  'jira.site.status': C,
  'jira.site.allow': C,
  'jira.sites.list': E,
  'jira.sites.remove': E,
  'jira.hosts.list': E,
  'jira.hosts.add': E,
  'jira.hosts.remove': E,
  'ui.openOptions': EC,
  'data.deleteAll': E,
  'health.miss': C,
  'health.list': E,
  'health.clear': E,
};

/** Code that runs in content scripts: the host entrypoints and what they render. */
const CONTENT_ROOTS = ['lib/sites', 'components/sidebar', 'components/gmail-flag', 'components/badge'];
const CONTENT_ENTRYPOINT = /\.content\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const contentFiles = [...CONTENT_ROOTS.flatMap(sourceFiles), ...sourceFiles('entrypoints').filter((f) => CONTENT_ENTRYPOINT.test(f))];
/** `send('type'` and `send<…>('type'`, across line breaks. */
const SEND = /\bsend(?:<[^>]*>)?\(\s*['"`]([\w.]+)['"`]/g;
const sentByContent = new Map<string, string[]>();
for (const file of contentFiles) {
  for (const m of readFileSync(file, 'utf8').matchAll(SEND)) sentByContent.set(m[1]!, [...(sentByContent.get(m[1]!) ?? []), file]);
}

describe('who may send what (issue 13)', () => {
  it('the protocol has exactly the messages of the table', () => {
    expect([...MESSAGE_TYPES].sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it.each(MESSAGE_TYPES)('%s: the protocol allows the senders of the table', (type) => {
    expect([...PROTOCOL[type].from].sort()).toEqual([...ALLOWED[type]].sort());
  });

  it('the scan sees the content code', () => {
    expect(contentFiles.length).toBeGreaterThan(20);
    expect(sentByContent.get('link.resolve')).toBeDefined();
  });

  it('content scripts may send only what content code sends', () => {
    const unused = MESSAGE_TYPES.filter((t) => (PROTOCOL[t].from as readonly SenderKind[]).includes('content') && !sentByContent.has(t));
    expect(unused, 'allowed from content scripts but sent by no content-side file').toEqual([]);
  });

  it('everything content code sends is allowed from content scripts', () => {
    const refused = [...sentByContent.keys()].filter((t) => !Object.hasOwn(PROTOCOL, t) || !(PROTOCOL[t as MessageType].from as readonly SenderKind[]).includes('content'));
    expect(refused.map((t) => `${t} (${sentByContent.get(t)!.join(', ')})`)).toEqual([]);
  });
});
