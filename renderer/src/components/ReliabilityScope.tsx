// The scope bar the report and the review share: which articles (a sample, or all that two or more coders coded),
// which coders, and for the report the bootstrap seed.
import { useEffect, useState, type ReactNode } from 'react';
import type { Coder } from '../../../shared/domain/coding';
import type { ReliabilitySample } from '../../../shared/domain/reliability';
import { plural } from '../lib/format';
import type { ReliabilityScope } from './ReliabilityView';

interface ScopeBarProps {
  scope: ReliabilityScope;
  onScope(next: ReliabilityScope): void;
  samples: ReliabilitySample[];
  coders: Coder[];
  showSeed?: boolean;
  children?: ReactNode;
}

export function ScopeBar({ scope, onScope, samples, coders, showSeed, children }: ScopeBarProps) {
  const chosen = new Set(scope.coders ?? coders.map((c) => c.name));
  const [seedText, setSeedText] = useState(String(scope.seed));
  useEffect(() => setSeedText(String(scope.seed)), [scope.seed]);

  const toggle = (name: string) => {
    const next = coders.map((c) => c.name).filter((n) => (n === name ? !chosen.has(n) : chosen.has(n)));
    onScope({ ...scope, coders: next.length === coders.length ? null : next });
  };

  return (
    <div className="rel-toolbar" data-testid="rel-scope">
      <label className="rel-field">
        <span className="rel-field-label">Articles</span>
        <select
          className="input input-small"
          aria-label="Sample"
          value={scope.sample ?? ''}
          onChange={(e) => onScope({ ...scope, sample: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">All articles coded by ≥ 2 coders</option>
          {samples.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({plural(s.articleIds.length, 'article')})
            </option>
          ))}
        </select>
      </label>
      <fieldset className="rel-field rel-coders">
        <legend className="rel-field-label">Coders</legend>
        {coders.length === 0 && <span className="muted">No coders yet</span>}
        {coders.map((c) => (
          <label key={c.id} className={`rel-coder-chip${chosen.has(c.name) ? ' is-on' : ''}`}>
            <input type="checkbox" checked={chosen.has(c.name)} onChange={() => toggle(c.name)} aria-label={`Coder ${c.name}`} />
            <span className="coder-dot" style={{ background: c.color }} aria-hidden="true" />
            {c.name}
          </label>
        ))}
      </fieldset>
      {showSeed && (
        <label className="rel-field" title="Seed of the bootstrap that gives the 95% confidence interval of α; the same seed gives the same interval.">
          <span className="rel-field-label">Seed</span>
          <input
            className="input input-small rel-seed"
            type="number"
            step={1}
            aria-label="Bootstrap seed"
            value={seedText}
            onChange={(e) => {
              setSeedText(e.target.value);
              const n = Number(e.target.value);
              if (e.target.value.trim() && Number.isSafeInteger(n)) onScope({ ...scope, seed: n });
            }}
          />
        </label>
      )}
      {children}
    </div>
  );
}
