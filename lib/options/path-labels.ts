/** The options page's names for the fields of a deal or the settings, to name a problem's place. */
const LABELS: Record<string, string> = {
  '': 'Form',
  id: 'Id',
  name: 'Name',
  account: 'Account',
  stage: 'Stage',
  signedOn: 'Signed on',
  owner: 'Owner',
  value: 'Value',
  amount: 'amount',
  currency: 'currency',
  billing: 'Billing',
  model: 'model',
  paymentTermsDays: 'payment terms (days)',
  notes: 'notes',
  specialTerms: 'Special term',
  text: 'text',
  dueOn: 'due on',
  remindDaysBefore: 'remind days before',
  deliverables: 'Deliverable',
  promisedOn: 'promised on',
  promisedBy: 'promised by',
  pmConfirmed: 'PM confirmed',
  pmDecision: 'PM decision',
  stakeholders: 'Stakeholder',
  email: 'e-mail',
  role: 'role',
  status: 'status',
  links: 'Links',
  domains: 'domains',
  gmailThreads: 'Gmail threads',
  jira: 'Jira keys',
  site: 'site',
  key: 'key',
  asana: 'Asana gids',
  updatedAt: 'Updated at',
  ownEmail: 'Your e-mail',
  ownDomain: 'Your domain',
  defaultRemindDays: 'Default reminder lead (days)',
  redirectTemplate: 'Redirect reply wording',
};

/** `specialTerms[0].dueOn` → "Special term 1, due on". */
export function labelForPath(path: string): string {
  const parts: string[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(String(Number(m[2]) + 1));
    else if (m[1] !== undefined) parts.push(LABELS[m[1]] ?? m[1]);
  }
  if (!parts.length) return LABELS['']!;
  // "Special term 1 text" reads better as "Special term 1, text".
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) out += /^\d+$/.test(parts[i]!) ? ` ${parts[i]}` : `, ${parts[i]}`;
  return out.charAt(0).toUpperCase() + out.slice(1);
}
