import type { RequestStatus } from '@/lib/model';
import { STATUS_OPTIONS } from '@/lib/requests/labels';
import { Options } from './fields/Options';

export interface RequestStatusSelectProps {
  status: RequestStatus;
  onStatus: (status: RequestStatus) => void;
  /** The select's class; `<class>--<status>` is added so each status can look its own. */
  class: string;
  disabled?: boolean;
  /** For a <label for>; or name it with `aria-label`. */
  id?: string;
  'aria-label'?: string;
}

/** A logged request's status, changeable in place (popup list, options requests table). */
export function RequestStatusSelect(p: RequestStatusSelectProps) {
  return (
    <select
      id={p.id}
      class={`${p.class} ${p.class}--${p.status}`}
      value={p.status}
      disabled={p.disabled}
      aria-label={p['aria-label']}
      data-field="status"
      onChange={(e) => p.onStatus(e.currentTarget.value as RequestStatus)}
    >
      <Options options={STATUS_OPTIONS} />
    </select>
  );
}
