// The radio list of what to export or import, each choice with its description.
import { useId } from 'react';

interface Choice<K extends string> {
  kind: K;
  label: string;
  description: string;
}

export function KindChoices<K extends string>(props: { label: string; name: string; choices: Choice<K>[]; value: K; onChange: (kind: K) => void }) {
  const ids = useId();
  return (
    <div className="exchange-kinds" role="radiogroup" aria-label={props.label}>
      {props.choices.map((c) => (
        <label key={c.kind} className={`exchange-kind${c.kind === props.value ? ' is-checked' : ''}`}>
          <input
            type="radio"
            name={props.name}
            value={c.kind}
            checked={c.kind === props.value}
            aria-label={c.label}
            aria-describedby={`${ids}-${c.kind}`}
            data-autofocus={c.kind === props.value ? true : undefined}
            onChange={() => props.onChange(c.kind)}
          />
          <span className="exchange-kind-text">
            <span className="exchange-kind-name">{c.label}</span>
            <span className="exchange-kind-desc" id={`${ids}-${c.kind}`}>
              {c.description}
            </span>
          </span>
        </label>
      ))}
    </div>
  );
}
