// A type-ahead picker (combobox): typing filters, ↑/↓ move, Enter or Tab picks, Escape cancels.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';

export interface PickOption {
  id: number;
  label: string;
  hint?: string;
  /** Other names that find this option (aliases). */
  terms?: string[];
}

interface TypeAheadProps {
  label: string;
  options: PickOption[];
  initialQuery?: string;
  placeholder?: string;
  onPick(option: PickOption): void;
  onCancel(): void;
  testId?: string;
}

const SHOWN = 8;

function rank(option: PickOption, q: string): number {
  if (!q) return 1;
  const names = [option.label, ...(option.terms ?? [])].map((n) => n.toLowerCase());
  if (names[0] === q) return 0;
  if (names.some((n) => n === q)) return 0.5;
  if (names[0]!.startsWith(q)) return 1;
  if (names.some((n) => n.split(/[\s\-–.]+/).some((w) => w.startsWith(q)))) return 2;
  if (names.some((n) => n.includes(q))) return 3;
  return -1;
}

export function TypeAhead({ label, options, initialQuery = '', placeholder, onPick, onCancel, testId }: TypeAheadProps) {
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const listId = useId();
  const q = query.trim().toLowerCase();
  const matches = useMemo(
    () =>
      options
        .map((o, i) => ({ o, r: rank(o, q), i }))
        .filter((m) => m.r >= 0)
        .sort((a, b) => a.r - b.r || a.i - b.i)
        .slice(0, SHOWN)
        .map((m) => m.o),
    [options, q],
  );
  const at = Math.min(active, Math.max(0, matches.length - 1));

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    e.stopPropagation();
    if (e.key === 'ArrowDown') setActive((at + 1) % Math.max(1, matches.length));
    else if (e.key === 'ArrowUp') setActive((at - 1 + matches.length) % Math.max(1, matches.length));
    else if (e.key === 'Enter' || (e.key === 'Tab' && !e.shiftKey && matches.length > 0)) {
      if (matches[at]) onPick(matches[at]);
    } else if (e.key === 'Escape') onCancel();
    else return;
    e.preventDefault();
  };

  return (
    <div className="typeahead" data-testid={testId}>
      <input
        className="input input-small"
        role="combobox"
        aria-label={label}
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={matches[at] ? `${listId}-${matches[at].id}` : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="typeahead-list" role="listbox" id={listId} aria-label={`${label} options`}>
        {matches.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${o.id}`}
            role="option"
            aria-selected={i === at}
            className={`typeahead-option${i === at ? ' is-active' : ''}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(o)}
            onMouseEnter={() => setActive(i)}
          >
            <span className="option-label">{o.label}</span>
            {o.hint && <span className="typeahead-hint">{o.hint}</span>}
          </li>
        ))}
        {matches.length === 0 && <li className="option-empty">No match for “{query}”</li>}
      </ul>
    </div>
  );
}
