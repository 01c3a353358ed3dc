import { emptyDeal, type Deal, type Person, type SalesRequest } from '@/lib/model';

let n = 0;
export function req(over: Partial<SalesRequest> & { from?: SalesRequest['from'] } = {}): SalesRequest {
  n++;
  return {
    id: `r${n}`,
    loggedAt: '2026-11-19T12:00:00.000Z',
    from: { name: 'Dana Ruiz', email: 'dana.ruiz@northwind.io' },
    dealId: 'acme-platform',
    label: 'pre-contract-work',
    summary: 'Asked me to finish the SOW before signature',
    source: { kind: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ' },
    status: 'open',
    note: '',
    ...over,
  };
}

export function deal(id: string, over: Partial<Deal> = {}): Deal {
  return { ...emptyDeal(id, new Date('2026-11-20T16:30:00.000Z')), name: id, ...over };
}

export const people: Person[] = [
  { email: 'Dana.Ruiz@northwind.io', name: 'Dana Ruiz', role: 'sales' },
  { email: 'marco.bianchi@northwind.io', name: 'Marco Bianchi', role: 'sales' },
];

/** Tests pin the day of an instant to its UTC day, whatever the machine's zone. */
export const utcDay = (iso: string) => iso.slice(0, 10);
