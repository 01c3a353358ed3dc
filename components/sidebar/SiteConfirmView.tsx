import { siteHost } from '@/lib/model/site-origin';

export interface SiteConfirmProps {
  site: string;
  /** The site is allowed already; pressing binds this page's links that have no site yet. */
  bindable: boolean;
  busy: boolean;
  error: string | null;
  onConfirm(): void;
}

/**
 * The only thing the sidebar shows on a Jira site the user has not allowed
 * (issue 13): Jira Cloud is multi-tenant, so a page on an unknown site sees
 * nothing of the user's deals until the user says this site is theirs.
 * Only real input counts: a page's script clicking the button is ignored.
 */
export function SiteConfirmView({ site, bindable, busy, error, onConfirm }: SiteConfirmProps) {
  const host = siteHost(site);
  return (
    <aside class="hf-panel" data-handoff-panel="" data-state="site-confirm" data-collapsed="false" data-level="none" aria-label="Handoff">
      <div class="hf-body">
        <h2 class="hf-title">{bindable ? `Links without a site match this page` : `Handoff is off on ${host}`}</h2>
        <p class="hf-lead">
          {bindable
            ? `Deals imported from an older backup name this page's key without a site. Confirm that they mean ${host}.`
            : `Show your deals on this Jira site only if it is your company's or your customer's.`}
        </p>
        <button
          type="button"
          class="hf-button"
          data-handoff="site-confirm"
          disabled={busy}
          onClick={(e) => {
            if (e.isTrusted) onConfirm();
          }}
        >
          Show Handoff on {host}
        </button>
        {error ? (
          <p class="handoff-error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
    </aside>
  );
}
