// Sidebar date range: inclusive from/to publication dates.
interface DateRangeFilterProps {
  from: string | undefined;
  to: string | undefined;
  onChange(range: { from?: string; to?: string }): void;
}

export function DateRangeFilter({ from, to, onChange }: DateRangeFilterProps) {
  return (
    <section className="sidebar-section" aria-labelledby="dates-heading">
      <div className="sidebar-heading">
        <h2 id="dates-heading">Published</h2>
        {(from || to) && (
          <button type="button" className="link-button" onClick={() => onChange({})}>
            Clear
          </button>
        )}
      </div>
      <div className="date-range">
        <label className="date-field">
          <span>From</span>
          <input
            type="date"
            className="input input-small"
            aria-label="Published from"
            value={from ?? ''}
            max={to}
            onChange={(e) => onChange({ from: e.target.value || undefined, to })}
          />
        </label>
        <label className="date-field">
          <span>To</span>
          <input
            type="date"
            className="input input-small"
            aria-label="Published to"
            value={to ?? ''}
            min={from}
            onChange={(e) => onChange({ from, to: e.target.value || undefined })}
          />
        </label>
      </div>
    </section>
  );
}
