import type { Deal } from '@/lib/model';

/**
 * A CRM row over a deal Handoff already has: the CRM's fields (name,
 * account, stage, signing date, value, owner, domains) win, and what only
 * Handoff knows (billing, special terms, deliverables, stakeholders, links,
 * notes, fields from newer versions) is kept, so re-importing an export
 * never wipes a PM's work. Without an existing deal, the CRM deal as is.
 */
export function mergeCrmDeal(crm: Deal, existing: Deal | undefined): Deal {
  if (!existing) return crm;
  const domains = [...existing.links.domains];
  for (const d of crm.links.domains) if (!domains.includes(d)) domains.push(d);
  // Delivery started is something only Handoff knows: "Closed Won" doesn't undo it.
  const stage = crm.stage === 'signed' && existing.stage === 'delivering' ? 'delivering' : crm.stage;
  return {
    ...existing,
    name: crm.name,
    account: crm.account || existing.account,
    stage,
    signedOn: stage === 'signed' || stage === 'delivering' ? crm.signedOn ?? existing.signedOn : crm.signedOn,
    owner: crm.owner ?? existing.owner,
    value: crm.value ?? existing.value,
    links: { ...existing.links, domains },
    notes: existing.notes || crm.notes,
    updatedAt: crm.updatedAt,
  };
}
