// Sidebar outlets: a checkable list with article counts; none checked means all outlets.
import { useState } from 'react';
import type { Outlet } from '../../../shared/domain/types';
import { formatCount } from '../lib/format';

interface OutletFilterProps {
  outlets: Outlet[];
  selected: number[];
  onChange(ids: number[]): void;
}

// Past this many outlets a name filter earns its space.
const FILTER_FROM = 12;

export function OutletFilter({ outlets, selected, onChange }: OutletFilterProps) {
  const [needle, setNeedle] = useState('');
  const chosen = new Set(selected);
  const shown = needle ? outlets.filter((o) => o.name.toLowerCase().includes(needle.toLowerCase())) : outlets;

  const toggle = (id: number) => onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  return (
    <section className="sidebar-section" aria-labelledby="outlets-heading">
      <div className="sidebar-heading">
        <h2 id="outlets-heading">Outlets</h2>
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </div>
      {outlets.length > FILTER_FROM && (
        <input
          type="search"
          className="input input-small outlet-needle"
          aria-label="Filter outlets"
          placeholder="Filter outlets"
          value={needle}
          onChange={(e) => setNeedle(e.target.value)}
        />
      )}
      <ul className="check-list" data-testid="outlet-list">
        {shown.map((outlet) => (
          <li key={outlet.id}>
            <label className="check-row" title={outlet.country ? `${outlet.name} (${outlet.country})` : outlet.name}>
              <input
                type="checkbox"
                checked={chosen.has(outlet.id)}
                onChange={() => toggle(outlet.id)}
                aria-label={outlet.name}
                aria-description={`${outlet.articleCount} articles`}
              />
              <span className="check-label">{outlet.name}</span>
              <span className="count" aria-hidden="true">
                {formatCount(outlet.articleCount)}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {outlets.length === 0 && <p className="sidebar-empty">Outlets appear here after an import.</p>}
    </section>
  );
}
