// The Aggregates tab's first toolbar: the measure (frames, tone, stance, quote share) and the variables it reads.
import type { Target, Variable } from '../../../shared/domain/coding';
import type { AggregateSettings, Measure } from '../lib/aggregate-settings';

const MEASURES: { id: Measure; label: string }[] = [
  { id: 'frames', label: 'Frames' },
  { id: 'tone', label: 'Tone' },
  { id: 'stance', label: 'Stance' },
  { id: 'quotes', label: 'Quote share' },
];

interface AggregateMeasureBarProps {
  settings: AggregateSettings;
  onChange(patch: Partial<AggregateSettings>): void;
  variables: Variable[];
  targets: Target[];
}

export function AggregateMeasureBar({ settings, onChange: set, variables, targets }: AggregateMeasureBarProps) {
  const measure = settings.measure;
  const ofKind = (kind: Variable['kind'], unit?: Variable['unit']) => variables.filter((v) => v.kind === kind && (!unit || v.unit === unit));
  const variablePicker = (label: string, list: Variable[], value: number | null, onChange: (id: number | null) => void, none = 'Default') => (
    <label className="cmp-field">
      <span className="cmp-field-label">{label}</span>
      <select className="input input-small" aria-label={label} value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)}>
        <option value="">{none}</option>
        {list.map((v) => (
          <option key={v.id} value={v.id}>
            {v.name}
            {v.unit === 'article' ? ' (article)' : ''}
          </option>
        ))}
      </select>
    </label>
  );
  const setVariable = (id: number | null) => set({ variables: { ...settings.variables, [measure]: id } });

  return (
    <div className="cmp-toolbar agg-toolbar">
      <div className="cmp-segmented" role="radiogroup" aria-label="Measure">
        {MEASURES.map((m) => (
          <button key={m.id} type="button" role="radio" aria-checked={measure === m.id} className="cmp-seg" onClick={() => set({ measure: m.id })}>
            {m.label}
          </button>
        ))}
      </div>
      {measure === 'frames' && (
        <>
          {variablePicker('Span variable', ofKind('category', 'span'), settings.variables.frames ?? null, setVariable)}
          {variablePicker('Article variable', ofKind('category', 'article'), settings.articleVariableId, (id) => set({ articleVariableId: id }))}
        </>
      )}
      {measure === 'tone' && variablePicker('Tone variable', ofKind('tone'), settings.variables.tone ?? null, setVariable)}
      {measure === 'stance' && (
        <>
          {variablePicker('Stance variable', ofKind('stance'), settings.variables.stance ?? null, setVariable)}
          <label className="cmp-field">
            <span className="cmp-field-label">Target</span>
            <select className="input input-small" aria-label="Target" value={settings.targetId ?? ''} onChange={(e) => set({ targetId: e.target.value ? Number(e.target.value) : null })}>
              <option value="">Most coded</option>
              {targets.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {measure === 'quotes' && variablePicker('Quote variable', ofKind('quote'), settings.variables.quotes ?? null, setVariable, 'All quote variables')}
    </div>
  );
}
