import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from '../support/browser';
import { sampleBackup } from '../support/sample';

/**
 * Hostile content (issue 9, item 1): deal fields, people, requests, CSV
 * cells and the three hosts' own texts carry HTML, script, `javascript:`
 * links, CSS, bidi overrides, 1 MB strings and spreadsheet formulas. Nothing
 * may run (no dialog, no page or console error, `window.__pwned` unset, no
 * injected element in Handoff's UI), everything shows as text, and the
 * requests CSV export defuses formulas.
 */

type AttackClass = 'html-img' | 'html-svg' | 'script' | 'javascript-link' | 'css' | 'bidi' | 'big-1mb' | 'formula';
interface Payload {
  cls: AttackClass;
  text: string;
  /** The part that must be visible as text wherever the value is shown. */
  probe: string;
}

const BIG = `BIG <img src=x onerror="window.__pwned='big'">${'x'.repeat(1 << 20)}`;
const PAYLOADS: Payload[] = [
  { cls: 'html-img', text: `<img src=x onerror="window.__pwned='img'">`, probe: '<img src=x onerror=' },
  { cls: 'html-svg', text: `<svg onload="window.__pwned='svg'"><circle r="1"/></svg>`, probe: '<svg onload=' },
  { cls: 'script', text: `<script>window.__pwned='script'</script>`, probe: '<script>window.__pwned' },
  { cls: 'javascript-link', text: `<a href="javascript:window.__pwned='js'">open</a>`, probe: '<a href="javascript:' },
  { cls: 'javascript-link', text: `javascript:window.__pwned='js2'`, probe: 'javascript:window.__pwned' },
  { cls: 'css', text: '<style>body{display:none}</style>', probe: '<style>body{display:none}' },
  { cls: 'css', text: `<div style="width:expression(window.__pwned='css')">x</div>`, probe: 'expression(window.__pwned' },
  { cls: 'bidi', text: 'invoice\u202Efdp.exe\u202C', probe: 'invoice\u202Efdp.exe' },
  { cls: 'formula', text: `=cmd|' /C calc'!A0`, probe: `=cmd|' /C calc'!A0` },
  { cls: 'formula', text: '+SUM(1,2)', probe: '+SUM(1,2)' },
  { cls: 'formula', text: `-2+3+cmd|' /C calc'!A0`, probe: '-2+3+cmd' },
  { cls: 'formula', text: '@SUM(1,2)', probe: '@SUM(1,2)' },
  { cls: 'big-1mb', text: BIG, probe: `BIG <img src=x onerror="window.__pwned='big'">xxxx` },
];
/** Every short payload in one string, for fields that show all classes at once. */
const MIX = PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula')
  .map((p) => p.text)
  .join(' | ');
const MIX_CLASSES = [...new Set(PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula').map((p) => p.cls))];

/** Cases: one per hostile value placed in one field, per attack class. */
const cases = new Map<AttackClass, number>();
const count = (cls: AttackClass, n = 1) => cases.set(cls, (cases.get(cls) ?? 0) + n);
const countMix = (fields: number) => MIX_CLASSES.forEach((c) => count(c, fields * PAYLOADS.filter((p) => p.cls === c).length));

function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// ---------------------------------------------------------------- the data

function hostileBackup() {
  const backup = sampleBackup() as unknown as {
    people: Array<Record<string, unknown>>;
    deals: Array<Record<string, unknown> & { id: string }>;
    requests: Array<Record<string, unknown>>;
  };
  // The Acme deal (linked to the replicas' default thread, NW and the Acme
  // Asana project) gets every short payload in every free-text field.
  const acme = backup.deals.find((d) => d.id === 'acme-platform')!;
  Object.assign(acme, {
    name: `Acme ${MIX}`,
    account: `Acme Corp ${MIX}`,
    notes: `${MIX} ${BIG}`,
    owner: { name: `Dana ${MIX}`, email: 'dana.ruiz@northwind.io' },
    billing: { model: 'milestone', paymentTermsDays: 45, notes: `Billing ${MIX}` },
    specialTerms: [{ id: 't1', text: `Term ${MIX}`, dueOn: dayFromNow(7), remindDaysBefore: 14 }],
    deliverables: [{ id: 'd1', name: `Deliverable ${MIX}`, promisedOn: dayFromNow(5), promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false }],
    stakeholders: [{ name: `Lee ${MIX}`, email: 'lee.park@acme.com', role: `Role ${MIX}`, status: 'active' }],
  });
  countMix(9);
  count('big-1mb');
  // One deal per payload, the payload alone in each field (a formula must start the value).
  PAYLOADS.forEach((p, k) => {
    backup.deals.push({
      id: `hostile-${k}`,
      name: p.text,
      account: p.text,
      stage: k % 2 ? 'negotiation' : 'signed',
      signedOn: k % 2 ? null : '2026-10-01',
      owner: { name: p.text, email: `p${k}@northwind.io` },
      value: { amount: 1000 + k, currency: 'USD' },
      billing: { model: 'fixed', paymentTermsDays: 30, notes: p.text },
      specialTerms: [{ id: 't1', text: p.text, dueOn: dayFromNow(10 + k), remindDaysBefore: 30 }],
      deliverables: [{ id: 'd1', name: p.text, promisedOn: dayFromNow(20), promisedBy: `p${k}@northwind.io`, pmConfirmed: false }],
      stakeholders: [{ name: p.text, email: `s${k}@hostile${k}.example`, role: p.text, status: 'active' }],
      links: { domains: [`hostile${k}.example`], gmailThreads: [], jira: [], asana: [] },
      notes: p.text,
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    count(p.cls, p.cls === 'big-1mb' ? 2 : 10);
    backup.people.push({ email: `p${k}@northwind.io`, name: p.text, role: 'sales' });
    count(p.cls);
    backup.requests.push({
      id: `hostile-r${k}`,
      loggedAt: new Date(Date.now() - (k + 1) * 60_000).toISOString(),
      from: { name: p.text, email: `p${k}@northwind.io` },
      dealId: 'acme-platform',
      label: 'pre-contract-work',
      summary: p.text,
      // The only free-form link value the schema allows.
      source: { kind: 'manual', url: p.cls === 'javascript-link' ? `javascript:window.__pwned='src${k}'` : null },
      status: 'open',
      note: p.text,
    });
    count(p.cls, p.cls === 'big-1mb' ? 3 : 3 + (p.cls === 'javascript-link' ? 1 : 0));
  });
  return backup;
}

const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;
function hostileCsv(): string {
  const header = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Company', 'Pipeline', 'Currency'];
  const rows = PAYLOADS.map((p, k) => {
    count(p.cls, 3);
    return [String(9000 + k), p.text, 'closedwon', '1000', '2026-11-02', p.text, p.text, 'Sales Pipeline', 'USD'];
  });
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvQuote).join(',')).join('\r\n') + '\r\n';
}

/** RFC 4180 records (quoted fields may hold commas, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), i++;
    } else field += c;
  }
  if (field || record.length) record.push(field), records.push(record);
  return records;
}

// ---------------------------------------------------------------- guards

const problems: string[] = [];
const ownMessage = (text: string) => !/^\[replica\]/i.test(text);

function guard(page: Page, where: string): Page {
  page.on('dialog', (d) => {
    problems.push(`${where}: dialog ${d.type()} "${d.message().slice(0, 200)}"`);
    void d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => problems.push(`${where}: page error ${e.message.slice(0, 300)}`));
  page.on('console', (m) => {
    const text = m.text();
    if ((m.type() === 'error' || (m.type() === 'warning' && text.startsWith('[handoff]'))) && ownMessage(text)) {
      problems.push(`${where}: console ${m.type()} ${text.slice(0, 300)} @ ${m.location().url}`);
    }
  });
  return page;
}

interface Scan {
  text: string;
  injected: string[];
  bodyHidden: boolean;
  pwned: unknown;
}

/**
 * Walks the document and every open shadow root: `injected` lists elements
 * a payload would have created; `text` is the text (and form values) of
 * `textRoot`'s matches (Handoff's UI), shadow roots included.
 */
function scan(page: Page, textRoot: string | null): Promise<Scan> {
  return page.evaluate((textRoot) => {
    const injected: string[] = [];
    const describe = (el: Element) => `<${el.tagName.toLowerCase()} ${[...el.attributes].map((a) => `${a.name}="${a.value.slice(0, 60)}"`).join(' ')}>`;
    const check = (el: Element) => {
      const tag = el.tagName.toLowerCase();
      if (tag === 'img' && el.getAttribute('src') === 'x') injected.push(describe(el));
      if (tag === 'svg' && el.hasAttribute('onload')) injected.push(describe(el));
      for (const a of el.attributes) if (/^on/i.test(a.name) && a.value.includes('pwned')) injected.push(describe(el));
      if (tag === 'a' && /^\s*javascript:/i.test(el.getAttribute('href') ?? '')) injected.push(describe(el));
      if (tag === 'script' && (el.textContent ?? '').includes('pwned')) injected.push(describe(el));
      if (tag === 'style' && (el.textContent ?? '').includes('body{display:none}')) injected.push(describe(el));
      if ((el.getAttribute('style') ?? '').includes('expression(')) injected.push(describe(el));
    };
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        check(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    const textOf = (node: Element | ShadowRoot): string => {
      let s = node instanceof Element ? (node.textContent ?? '') : [...node.childNodes].map((n) => (n.nodeName === 'STYLE' ? '' : (n.textContent ?? ''))).join('');
      for (const el of node.querySelectorAll('*')) {
        if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) s += `\n${el.value}`;
        if (el.shadowRoot) s += `\n${textOf(el.shadowRoot)}`;
      }
      if (node instanceof Element && node.shadowRoot) s += `\n${textOf(node.shadowRoot)}`;
      return s;
    };
    const roots = textRoot ? [...document.querySelectorAll(textRoot)] : [document.body];
    return {
      text: roots.map(textOf).join('\n'),
      injected,
      bodyHidden: getComputedStyle(document.body).display === 'none',
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    };
  }, textRoot);
}

/** Nothing ran, nothing injected; each probe shown as text. */
async function expectInert(page: Page, where: string, textRoot: string | null, probes: string[]): Promise<void> {
  const s = await scan(page, textRoot);
  expect(s.injected, `${where}: injected elements`).toEqual([]);
  expect(s.pwned, `${where}: window.__pwned`).toBeUndefined();
  expect(s.bodyHidden, `${where}: body hidden by injected CSS`).toBe(false);
  const missing = probes.filter((p) => !s.text.includes(p));
  expect(missing, `${where}: hostile text not shown as text`).toEqual([]);
  expect(problems, `${where}: dialogs / errors`).toEqual([]);
}

const shortProbes = PAYLOADS.filter((p) => p.cls !== 'big-1mb').map((p) => p.probe);
const allProbes = PAYLOADS.map((p) => p.probe);
const mixProbes = PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula').map((p) => p.probe);

// ---------------------------------------------------------------- the run

let browser: ExtensionBrowser;
let dir: string;
let options: Page;
beforeAll(async () => {
  browser = await ExtensionBrowser.launch();
  browser.context.on('weberror', (e) => problems.push(`weberror: ${e.error().message.slice(0, 300)}`));
  dir = mkdtempSync(join(tmpdir(), 'handoff-hostile-'));
}, 60_000);
afterAll(async () => {
  const total = [...cases.values()].reduce((a, b) => a + b, 0);
  console.log(
    `hostile content: ${total} cases\n${[...cases.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([c, n]) => `  ${c.padEnd(16)} ${n}`)
      .join('\n')}`,
  );
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('hostile content', () => {
  it('imports a hostile backup and a hostile CRM CSV through the options page, showing the CSV preview as text', async () => {
    options = guard(await browser.openOptions('data'), 'options');
    const input = options.locator('input[type=file][data-handoff="import"]');
    await input.setInputFiles(write('hostile-backup.json', JSON.stringify(hostileBackup())));
    const result = options.locator('[data-handoff="import-result"]');
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    expect(await result.textContent()).toMatch(/added/i);

    await input.setInputFiles(write('hostile-deals.csv', hostileCsv()));
    const preview = options.locator('[data-handoff-options="csv-preview"]');
    await expect.poll(() => preview.isVisible(), { timeout: 30_000 }).toBe(true);
    await expectInert(options, 'options, CSV preview', '[data-handoff-options="csv-preview"]', shortProbes);
    await preview.locator('[data-handoff-options="csv-confirm"]').click();
    await expect.poll(() => result.getAttribute('data-state'), { timeout: 30_000 }).toBe('ok');
    const deals = await browser.send<Array<{ id: string; name: string }>>(options, 'deals.list', {});
    for (const [k, p] of PAYLOADS.entries()) {
      expect(deals.find((d) => d.id === `hubspot-${9000 + k}`)?.name, `CSV row ${k}`).toBe(p.text);
      expect(deals.find((d) => d.id === `hostile-${k}`)?.name, `backup deal ${k}`).toBe(p.text);
    }
    await browser.send(options, 'settings.save', { patch: { ownEmail: 'sam.lee@northwind.io', ownDomain: 'northwind.io' } });
  }, 300_000);

  it('refuses a hostile link value where the schema has a pattern', async () => {
    const bad = sampleBackup() as unknown as { deals: Array<{ id: string; links: { domains: string[] } }> };
    bad.deals = [{ ...bad.deals[0]!, id: 'hostile-link' }];
    bad.deals[0]!.links = { ...bad.deals[0]!.links, domains: [`javascript:window.__pwned='link'`] };
    count('javascript-link');
    const outcome = await browser.seed(options, JSON.stringify(bad)).then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    const ids = (await browser.send<Array<{ id: string }>>(options, 'deals.list', {})).map((d) => d.id);
    expect(ids, `outcome: ${outcome}`).not.toContain('hostile-link');
  });

  it('shows the deals list, the deal editor, people, requests and the weekly sync as text', async () => {
    const page = guard(await browser.openOptions('deals'), 'options');
    await page.locator('tr[data-deal-id="acme-platform"]').waitFor({ timeout: 20_000 });
    await expectInert(page, 'options, all views', null, allProbes);
    // The same as Playwright sees it.
    expect(await page.getByText('<img src=x onerror=').first().isVisible()).toBe(true);

    await page.locator('tr[data-deal-id="acme-platform"] button.link-button').click();
    const editor = page.locator('[data-handoff-options="deal-editor"]');
    await editor.waitFor({ timeout: 10_000 });
    await expectInert(page, 'options, Acme deal editor', '[data-handoff-options="deal-editor"]', [...mixProbes, BIG.slice(0, 80)]);
    await page.close();
    // A per-payload deal in its own editor, one per attack class (each
    // editor load renders the whole page, ~10 s with the 1 MB values here).
    const firstOfClass = new Set<string>();
    for (const [k, p] of PAYLOADS.entries()) {
      if (firstOfClass.has(p.cls) || !['html-img', 'script', 'javascript-link', 'big-1mb'].includes(p.cls)) continue;
      firstOfClass.add(p.cls);
      const one = guard(await browser.openOptions(`deals/hostile-${k}`), `options, editor of hostile-${k}`);
      await one.locator('[data-handoff-options="deal-editor"]').waitFor({ timeout: 30_000 });
      await expectInert(one, `options, editor of hostile-${k} (${p.cls})`, '[data-handoff-options="deal-editor"]', [p.probe]);
      await one.close();
    }
  }, 300_000);

  it('exports the requests CSV with every formula defused', async () => {
    const page = guard(await browser.openOptions('requests'), 'options, requests');
    const section = page.locator('section#requests');
    await page.locator('[data-handoff-options="requests-table"] tbody tr').first().waitFor({ state: 'attached', timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), section.locator('[data-handoff-options="requests-export"]').click()]);
    const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(text);
    expect(header).toContain('summary');
    const cells = rows.flat();
    const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(risky, 'cells a spreadsheet would read as a formula').toEqual([]);
    for (const p of PAYLOADS.filter((q) => q.cls === 'formula')) {
      count('formula', 3); // from.name, summary, note
      expect(cells).toContain(`'${p.text}`);
    }
    await expectInert(page, 'options, requests', null, shortProbes);
    await page.close();
  }, 120_000);

  it('Gmail: hostile subject, names and body beside a hostile deal; the popup over it', async () => {
    const gmail = guard(await browser.context.newPage(), 'gmail');
    await gmail.addInitScript(
      ([mix, big]) => {
        (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
          threads: [
            {
              token: 'FMfcgzQXHostileThreadTokenAbCdEf', legacyId: '18c2f0a9b3d4e5f6', subject: `SOW ${mix}`, labels: ['Inbox'], category: 'primary', unread: true,
              messages: [{
                id: '18c2f0a9b3d4e5f6', from: { name: `Dana ${mix}`, email: 'dana.ruiz@northwind.io' },
                to: [{ name: `Sam ${mix}`, email: 'sam.lee@northwind.io' }], cc: [{ name: `Lee ${mix}`, email: 'lee.park@acme.com' }], date: '2026-11-19T14:02:00Z',
                body: ['Hi Sam,', `Could you finish the SOW before they sign? ${mix}`, big, 'Dana'],
                quote: [`On Monday Lee ${mix} wrote:`, mix],
              }],
            },
          ],
        };
      },
      [MIX, BIG] as const,
    );
    countMix(6);
    count('big-1mb');
    await gmail.goto('https://mail.google.com/mail/u/0/#inbox');
    await gmail.locator('tr.zA').first().waitFor();
    await gmail.waitForTimeout(500);
    await expectInert(gmail, 'gmail inbox', null, []);
    await gmail.evaluate(() => (location.hash = '#inbox/FMfcgzQXHostileThreadTokenAbCdEf'));
    const sidebar = gmail.locator('[data-handoff="sidebar"]');
    await expect.poll(() => sidebar.locator('[data-handoff-field="deal-name"]').textContent(), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await gmail.waitForTimeout(1000);
    await expectInert(gmail, 'gmail thread', '[data-handoff]', mixProbes);

    const popup = guard(await browser.openPopupOver(gmail), 'popup');
    const form = popup.locator('form[data-handoff="quick-log"]');
    await expect.poll(() => form.locator('[data-field="from.email"]').inputValue(), { timeout: 10_000 }).toBe('dana.ruiz@northwind.io');
    await popup.locator('[data-handoff="request-list"] li[data-request-id]').first().waitFor({ timeout: 10_000 });
    await expectInert(popup, 'popup', null, ['<img src=x onerror=']);
    await form.locator('[data-field="summary"]').fill(`Logged ${MIX}`);
    countMix(1);
    await form.locator('[data-field="summary"]').press('Enter');
    await expect.poll(() => popup.locator('[data-handoff="request-list"]').textContent(), { timeout: 10_000 }).toContain('Logged <img');
    await expectInert(popup, 'popup after logging', null, mixProbes);
    await popup.close();
    await gmail.close();
  }, 300_000);

  it('Jira: a hostile issue title and people beside the hostile deal', async () => {
    const jira = guard(await browser.context.newPage(), 'jira');
    await jira.addInitScript((mix) => {
      (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
        issues: [
          { key: 'NW-1', summary: `Kickoff ${mix}`, status: 'In Progress', type: 'Story', assignee: `Ava ${mix}`, reporter: `Dana ${mix}`, priority: 'Medium', points: 3, labels: [], description: [mix], comments: [{ author: `Lee ${mix}`, at: '2026-11-19T14:02:00Z', text: mix }] },
          { key: 'NW-2', summary: `=cmd|' /C calc'!A0`, status: 'To Do', type: 'Task', assignee: 'Sam Lee', reporter: 'Dana Ruiz', priority: 'Medium', points: 1, labels: [], description: [], comments: [] },
        ],
      };
    }, MIX);
    countMix(6);
    count('formula');
    await jira.goto('https://acme.atlassian.net/browse/NW-1');
    const sidebar = jira.locator('[data-handoff="sidebar"]');
    await expect.poll(() => sidebar.locator('[data-handoff-field="deal-name"]').textContent(), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await jira.waitForTimeout(1000);
    await expectInert(jira, 'jira issue', '[data-handoff]', mixProbes);
    await jira.goto('https://acme.atlassian.net/jira/software/c/projects/NW/boards/1');
    await jira.locator('[data-testid="platform-board-kit.ui.card.card"]').first().waitFor({ timeout: 10_000 });
    await jira.waitForTimeout(1000);
    await expectInert(jira, 'jira board', '[data-handoff]', []);

    const popup = guard(await browser.openPopupOver(jira), 'popup over jira');
    await popup.locator('form[data-handoff="quick-log"]').waitFor();
    await popup.waitForTimeout(1000);
    await expectInert(popup, 'popup over jira', null, []);
    await popup.close();
    await jira.close();
  }, 300_000);

  it('Asana: a hostile task title beside the hostile deal', async () => {
    const asana = guard(await browser.context.newPage(), 'asana');
    await asana.addInitScript((mix) => {
      (window as unknown as { __REPLICA_DATA__: object }).__REPLICA_DATA__ = {
        tasks: [
          { gid: '1208812345679001', name: `Pilot ${mix}`, project: '1208812345678901', section: 'Phase 1', assignee: 'Sam Lee', dueIn: 3, completed: false, description: [mix], comments: [{ id: '1208812345680001', author: `Dana ${mix}`, at: '2026-11-19T14:02:00Z', text: mix }] },
          { gid: '1208812345679002', name: '@SUM(1,2)', project: '1208812345678901', section: 'Phase 1', assignee: 'Sam Lee', dueIn: 5, completed: false, description: [], comments: [] },
        ],
      };
    }, MIX);
    countMix(4);
    count('formula');
    await asana.goto('https://app.asana.com/1/1200000000000001/project/1208812345678901/task/1208812345679001');
    const sidebar = asana.locator('[data-handoff="sidebar"]');
    await expect.poll(() => sidebar.locator('[data-handoff-field="deal-name"]').textContent(), { timeout: 20_000 }).toContain('<img src=x onerror=');
    await asana.waitForTimeout(1000);
    await expectInert(asana, 'asana task', '[data-handoff]', mixProbes);

    const popup = guard(await browser.openPopupOver(asana), 'popup over asana');
    await popup.locator('form[data-handoff="quick-log"]').waitFor();
    await popup.waitForTimeout(1000);
    await expectInert(popup, 'popup over asana', null, []);
    await popup.close();
    await asana.close();
  }, 300_000);
});
