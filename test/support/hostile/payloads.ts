import { sampleBackup } from '../sample';

/**
 * Hostile values (issue 9, item 1) for the hostile-content e2e suite: HTML,
 * script, `javascript:` links, CSS, bidi overrides, 1 MB strings and
 * spreadsheet formulas, in a backup, a CRM CSV and the cases they count.
 */

export type AttackClass = 'html-img' | 'html-svg' | 'script' | 'javascript-link' | 'css' | 'bidi' | 'big-1mb' | 'formula';
export interface Payload {
  cls: AttackClass;
  text: string;
  /** The part that must be visible as text wherever the value is shown. */
  probe: string;
}

export const BIG = `BIG <img src=x onerror="window.__pwned='big'">${'x'.repeat(1 << 20)}`;
export const PAYLOADS: Payload[] = [
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
export const MIX = PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula')
  .map((p) => p.text)
  .join(' | ');
export const MIX_CLASSES = [...new Set(PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula').map((p) => p.cls))];

/** Cases: one per hostile value placed in one field, per attack class. */
export const cases = new Map<AttackClass, number>();
export const count = (cls: AttackClass, n = 1) => cases.set(cls, (cases.get(cls) ?? 0) + n);
export const countMix = (fields: number) => MIX_CLASSES.forEach((c) => count(c, fields * PAYLOADS.filter((p) => p.cls === c).length));

export function dayFromNow(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

// ---------------------------------------------------------------- the data

export function hostileBackup() {
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

export const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;
export function hostileCsv(): string {
  const header = ['Record ID', 'Deal Name', 'Deal Stage', 'Amount', 'Close Date', 'Deal owner', 'Associated Company', 'Pipeline', 'Currency'];
  const rows = PAYLOADS.map((p, k) => {
    count(p.cls, 3);
    return [String(9000 + k), p.text, 'closedwon', '1000', '2026-11-02', p.text, p.text, 'Sales Pipeline', 'USD'];
  });
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvQuote).join(',')).join('\r\n') + '\r\n';
}

export const shortProbes = PAYLOADS.filter((p) => p.cls !== 'big-1mb').map((p) => p.probe);
export const allProbes = PAYLOADS.map((p) => p.probe);
export const mixProbes = PAYLOADS.filter((p) => p.cls !== 'big-1mb' && p.cls !== 'formula').map((p) => p.probe);
