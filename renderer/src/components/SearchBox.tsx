// The search field in the top bar: FTS syntax (words, "phrases", prefix*, OR, NOT); `/` focuses it.
import type { Ref } from 'react';
import { Icon } from './Icon';

interface SearchBoxProps {
  value: string;
  onChange(value: string): void;
  onEscape(): void;
  onSubmit(): void;
  inputRef: Ref<HTMLInputElement>;
}

export function SearchBox({ value, onChange, onEscape, onSubmit, inputRef }: SearchBoxProps) {
  return (
    <div className="search-box" role="search">
      <Icon name="search" className="search-icon" />
      <input
        ref={inputRef}
        type="search"
        aria-label="Search articles"
        placeholder="Search articles"
        spellCheck={false}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onEscape();
          } else if (e.key === 'Enter' || e.key === 'ArrowDown') {
            e.preventDefault();
            onSubmit();
          }
        }}
      />
      {value ? (
        <button type="button" className="search-clear" aria-label="Clear search" onClick={() => onChange('')}>
          <Icon name="x" size={14} />
        </button>
      ) : (
        <kbd className="search-hint" aria-hidden="true">
          /
        </kbd>
      )}
    </div>
  );
}
