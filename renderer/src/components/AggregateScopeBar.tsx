// The Aggregates tab's scope toolbar: which stories, the publication dates, the outlets and the coders.
import type { Coder } from '../../../shared/domain/coding';
import type { Outlet, Story } from '../../../shared/domain/types';
import type { AggregateSettings, ScopeKind } from '../lib/aggregate-settings';
import { plural } from '../lib/format';
import { AggregateOutletPicker } from './AggregateOutletPicker';

const SCOPES: { id: ScopeKind; label: string }[] = [
  { id: 'story', label: 'This story' },
  { id: 'stories', label: 'All stories' },
  { id: 'project', label: 'Whole project' },
];

interface AggregateScopeBarProps {
  settings: AggregateSettings;
  onChange(patch: Partial<AggregateSettings>): void;
  /** The scope in effect (see useAggregateResult). */
  scope: ScopeKind;
  storyId: number | null;
  storyName: string | null;
  stories: Story[];
  outlets: Outlet[];
  coders: Coder[];
  loading: boolean;
}

export function AggregateScopeBar({ settings, onChange: set, scope, coders, ...props }: AggregateScopeBarProps) {
  // No coder ids means every coder, shown as every chip ticked (as in the Reliability view's scope).
  const chosenCoders = new Set(settings.coderIds.length ? settings.coderIds : coders.map((c) => c.id));
  const toggleCoder = (id: number) => {
    const next = coders.map((c) => c.id).filter((x) => (x === id ? !chosenCoders.has(x) : chosenCoders.has(x)));
    if (!next.length) return;
    set({ coderIds: next.length === coders.length ? [] : next });
  };

  return (
    <div className="cmp-toolbar agg-scope" data-testid="agg-scope">
      <div className="cmp-segmented" role="radiogroup" aria-label="Scope">
        {SCOPES.map((s) => (
          <button
            key={s.id}
            type="button"
            role="radio"
            aria-checked={scope === s.id}
            className="cmp-seg"
            disabled={s.id === 'story' && props.storyId === null}
            title={s.id === 'story' ? (props.storyName ?? 'Pick a story first') : s.id === 'stories' ? plural(props.stories.length, 'story', 'stories') : 'Every article'}
            onClick={() => set({ scope: s.id })}
          >
            {s.label}
          </button>
        ))}
      </div>
      <label className="cmp-field cmp-field-inline">
        <span className="cmp-field-label">From</span>
        <input type="date" className="input input-small" aria-label="Published from" value={settings.dateFrom} max={settings.dateTo || undefined} onChange={(e) => set({ dateFrom: e.target.value })} />
      </label>
      <label className="cmp-field cmp-field-inline">
        <span className="cmp-field-label">To</span>
        <input type="date" className="input input-small" aria-label="Published to" value={settings.dateTo} min={settings.dateFrom || undefined} onChange={(e) => set({ dateTo: e.target.value })} />
      </label>
      <AggregateOutletPicker outlets={props.outlets} selected={settings.outletIds} onChange={(outletIds) => set({ outletIds })} />
      <fieldset className="cmp-coders">
        <legend className="visually-hidden">Coders</legend>
        {coders.length > 0 && <span className="cmp-field-label agg-coders-label">Coders</span>}
        {coders.map((c) => (
          <label key={c.id} className={`cmp-chip${chosenCoders.has(c.id) ? ' is-on' : ''}`}>
            <input type="checkbox" checked={chosenCoders.has(c.id)} onChange={() => toggleCoder(c.id)} aria-label={`Coder ${c.name}`} />
            <span className="coder-dot" style={{ background: c.color }} aria-hidden="true" />
            {c.name}
          </label>
        ))}
      </fieldset>
      {props.loading && <span className="spinner" aria-label="Computing" />}
    </div>
  );
}
