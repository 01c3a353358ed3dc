import { useId } from 'preact/hooks';
import { LABEL_OPTIONS, STATUS_OPTIONS } from '@/lib/requests/labels';
import { hasFilters, isBackwardRange, NO_FILTERS, type Option, type RequestFilters } from '@/lib/requests/filters';
import { Options } from '@/components/kit/fields/Options';

export interface RequestFiltersBarProps {
  filters: RequestFilters;
  senders: readonly Option[];
  deals: readonly Option[];
  onChange: (filters: RequestFilters) => void;
}

/** Filters by Sales rep, deal, label, status and a range of days; each applies on change. */
export function RequestFiltersBar({ filters, senders, deals, onChange }: RequestFiltersBarProps) {
  const uid = useId();
  const set = (key: keyof RequestFilters) => (e: Event) =>
    onChange({ ...filters, [key]: (e.currentTarget as HTMLInputElement | HTMLSelectElement).value });
  const select = (key: 'sender' | 'dealId' | 'label' | 'status', label: string, all: string, options: readonly Option[]) => (
    <div class="field">
      <label for={`${uid}-${key}`}>{label}</label>
      <select id={`${uid}-${key}`} value={filters[key]} onChange={set(key)} data-handoff-options={`requests-filter-${key}`}>
        <option value="">{all}</option>
        <Options options={options} />
        {/* A value no longer offered (its last request was deleted) stays selectable. */}
        {filters[key] && !options.some((o) => o.value === filters[key]) ? <option value={filters[key]}>{filters[key]}</option> : null}
      </select>
    </div>
  );
  const backward = isBackwardRange(filters);
  // Each end of the range is bounded by the other; a backward range marks both.
  const day = (key: 'from' | 'to', label: string, bound: { min?: string; max?: string }) => (
    <div class="field">
      <label for={`${uid}-${key}`}>{label}</label>
      <input
        id={`${uid}-${key}`}
        type="date"
        value={filters[key]}
        {...bound}
        onInput={set(key)}
        aria-invalid={backward ? 'true' : undefined}
        data-handoff-options={`requests-filter-${key}`}
      />
    </div>
  );
  return (
    <div class="requests-filters" role="group" aria-label="Filter requests">
      {select('sender', 'Sales rep', 'Everyone', senders)}
      {select('dealId', 'Deal', 'Any deal', deals)}
      {select('label', 'Label', 'Any label', LABEL_OPTIONS)}
      {select('status', 'Status', 'Any status', STATUS_OPTIONS)}
      {day('from', 'From', { max: filters.to || undefined })}
      {day('to', 'To', { min: filters.from || undefined })}
      <div class="field requests-filters-clear">
        <button type="button" class="btn" disabled={!hasFilters(filters)} onClick={() => onChange({ ...NO_FILTERS })}>
          Clear filters
        </button>
      </div>
      {backward ? (
        <p class="text-danger small requests-filters-note" role="alert">
          “From” is after “To”: no day is in that range.
        </p>
      ) : null}
    </div>
  );
}
