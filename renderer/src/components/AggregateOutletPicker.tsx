// The Aggregates scope's outlet choice: a button that opens a checkable list; none checked means all outlets.
import { useEffect, useRef, useState } from 'react';
import type { Outlet } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { Icon } from './Icon';

interface AggregateOutletPickerProps {
  outlets: Outlet[];
  selected: number[];
  onChange(ids: number[]): void;
}

export function AggregateOutletPicker({ outlets, selected, onChange }: AggregateOutletPickerProps) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);

  // The list closes on a click elsewhere.
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [open]);

  const chosen = new Set(selected);
  const toggle = (id: number) => onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id]);

  return (
    <div className="agg-outlets" ref={ref}>
      <button type="button" className="button button-small" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {selected.length ? plural(selected.length, 'outlet') : 'All outlets'} <Icon name="chevronDown" size={12} />
      </button>
      {open && (
        <div className="agg-outlets-pop" role="group" aria-label="Outlets" onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setOpen(false))}>
          {outlets.map((o) => (
            <label key={o.id} className="check-row">
              <input type="checkbox" checked={chosen.has(o.id)} onChange={() => toggle(o.id)} aria-label={o.name} />
              <span className="check-label">{o.name}</span>
            </label>
          ))}
          {selected.length > 0 && (
            <button type="button" className="link-button agg-outlets-clear" onClick={() => onChange([])}>
              All outlets
            </button>
          )}
        </div>
      )}
    </div>
  );
}
