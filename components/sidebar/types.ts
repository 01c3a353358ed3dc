import type { Deal } from '@/lib/model';
import type { LinkVia } from '@/lib/deal/link/context';

export interface DealChoice {
  id: string;
  name: string;
  account: string;
}

export interface ExtraWarning {
  level: 'warning' | 'danger';
  text: string;
}

export type SidebarState =
  | { kind: 'loading' }
  | { kind: 'unreadable'; reason: string }
  | {
      kind: 'unlinked';
      /** How the page is called in "Link this thread": "this thread", "this issue". */
      pageLabel: string;
      suggestedAccount?: string;
    }
  | {
      kind: 'linked';
      deal: Deal;
      via: LinkVia;
      /** Ids of other deals that matched as strongly. */
      alsoMatched: string[];
      /** `YYYY-MM-DD`. */
      today: string;
      defaultRemindDays: number;
      /** Shown with the deal's own alerts (e.g. from the request classifier). */
      extraWarnings?: ExtraWarning[];
    };

export type SidebarStateKind = SidebarState['kind'];
export type LinkedState = Extract<SidebarState, { kind: 'linked' }>;
export type UnlinkedState = Extract<SidebarState, { kind: 'unlinked' }>;
export type UnreadableState = Extract<SidebarState, { kind: 'unreadable' }>;

export interface LinkTarget {
  /** Passed back to `linkTo`, e.g. `jira-issue`, `jira-project`. */
  kind: string;
  /** The button text, e.g. "Link this issue", "Link project NW". */
  label: string;
}

export interface SidebarActions {
  /** The link picker's deals, asked for when the user opens the picker (not before: issue 13). */
  loadDeals?(): Promise<DealChoice[]>;
  linkTo?(dealId: string, kind?: string): void;
  createDeal?(): void;
  openOptions?(dealId?: string): void;
  /** One link button each; without them there is one "Link {pageLabel}" button. */
  linkTargets?: LinkTarget[];
}
