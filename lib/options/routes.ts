import type { DealLinks } from '@/lib/model';
import { formatJiraLink, parseJiraLinkText } from './jira-link-text';

/**
 * Views of the options page a link can open (its location hash):
 * `deals/ID` opens a deal, `new-deal?account=…&domains=…` a prefilled new
 * deal (each link kind a comma-separated list), `crm` the CRM connections;
 * any other section's id scrolls to it.
 */
/** The CRM section (options → CRM, issue 16): where a "reconnect needed" notice sends the user. */
export const CRM_SECTION = 'crm';

export function crmView(): string {
  return CRM_SECTION;
}

export function dealView(id: string): string {
  return `deals/${encodeURIComponent(id)}`;
}

export function newDealView(prefill: { account?: string; links?: Partial<DealLinks> }): string {
  const q = new URLSearchParams();
  if (prefill.account) q.set('account', prefill.account);
  for (const [kind, values] of Object.entries(prefill.links ?? {})) {
    if (!Array.isArray(values) || !values.length) continue;
    q.set(kind, kind === 'jira' ? (values as DealLinks['jira']).map(formatJiraLink).join(',') : values.join(','));
  }
  const s = q.toString().replace(/\+/g, '%20');
  return s ? `new-deal?${s}` : 'new-deal';
}

export type OptionsView =
  | { kind: 'deal'; id: string }
  | { kind: 'new-deal'; account: string; links: DealLinks }
  | { kind: 'other'; hash: string };

export function parseOptionsView(hash: string): OptionsView {
  const h = hash.replace(/^#/, '');
  if (h.startsWith('deals/')) return { kind: 'deal', id: decodeURIComponent(h.slice(6)) };
  if (h === 'new-deal' || h.startsWith('new-deal?')) {
    const q = new URLSearchParams(h.slice('new-deal?'.length));
    const list = (k: string) => (q.get(k) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    return {
      kind: 'new-deal',
      account: q.get('account') ?? '',
      links: { domains: list('domains'), gmailThreads: list('gmailThreads'), jira: list('jira').flatMap((t) => {
          const r = parseJiraLinkText(t, new Set());
          return 'link' in r ? [r.link] : [];
        }), asana: list('asana') },
    };
  }
  return { kind: 'other', hash: h };
}
