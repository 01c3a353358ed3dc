import type { Backup, Deal } from '@/lib/model';

/** A deterministic deal for bench i: its own domain, thread, Jira project and Asana gid. */
export function benchDeal(i: number): Deal {
  return {
    id: `deal-${i}`,
    name: `Customer ${i} rollout`,
    account: `Customer ${i}`,
    stage: (['prospect', 'negotiation', 'signed', 'delivering', 'closed'] as const)[i % 5]!,
    signedOn: null,
    owner: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
    value: { amount: 1000 + i, currency: 'USD' },
    billing: { model: 'milestone', paymentTermsDays: 45, notes: '30% on kickoff' },
    specialTerms: [{ id: 't1', text: `Phase 1 live by 2027-01-15 for customer ${i}`, dueOn: '2027-01-15', remindDaysBefore: 14 }],
    deliverables: [{ id: 'd1', name: 'Pilot', promisedOn: '2026-12-10', promisedBy: 'dana.ruiz@northwind.io', pmConfirmed: false }],
    stakeholders: [{ name: `Lee ${i}`, email: `lee@customer${i}.com`, role: 'VP', status: 'active' }],
    links: {
      domains: [`customer${i}.com`],
      gmailThreads: [(0x18c2f0a900000000n + BigInt(i)).toString(16)],
      jira: [{ site: `https://acme.atlassian.net`, key: `C${i}` }],
      asana: [`${1208800000000000 + i}`],
    },
    notes: '',
    updatedAt: '2026-11-20T16:30:00.000Z',
  };
}

export function benchBackup(n: number): Backup {
  return {
    format: 'handoff-backup',
    version: 2,
    exportedAt: '2026-11-21T10:00:00.000Z',
    people: [],
    deals: Array.from({ length: n }, (_, i) => benchDeal(i)),
    requests: [],
  };
}
