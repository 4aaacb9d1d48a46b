// An actor's aliases as removable chips plus a field that adds one on Enter.
import { useState } from 'react';
import { Icon } from './Icon';

export function AliasEditor({ aliases, onChange }: { aliases: string[]; onChange(next: string[]): void }) {
  const [draft, setDraft] = useState('');
  return (
    <div className="field">
      <span className="field-label">Aliases (names that count as this actor)</span>
      <ul className="chips alias-chips" aria-label="Aliases">
        {aliases.map((a) => (
          <li key={a} className="chip" data-testid="alias-chip">
            <span className="chip-label">{a}</span>
            <button type="button" className="chip-remove" aria-label={`Remove alias ${a}`} onClick={() => onChange(aliases.filter((x) => x !== a))}>
              <Icon name="x" size={11} />
            </button>
          </li>
        ))}
      </ul>
      <form
        className="add-code-row"
        onSubmit={(e) => {
          e.preventDefault();
          const alias = draft.trim();
          if (!alias || aliases.includes(alias)) return;
          setDraft('');
          onChange([...aliases, alias]);
        }}
      >
        <input className="input input-small" aria-label="New alias" placeholder="Another name, then Enter" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit" className="button button-small" disabled={!draft.trim()}>
          Add
        </button>
      </form>
    </div>
  );
}
