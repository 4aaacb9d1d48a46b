// "Merge into another …" in a codebook editor (codes, actors): choose the item to merge into, then Merge….
import { useState } from 'react';
import { Icon } from './Icon';

interface MergeFieldProps {
  label: string;
  selectLabel: string;
  placeholder: string;
  targets: { id: number; label: string }[];
  onMerge(targetId: number): void;
}

export function MergeField({ label, selectLabel, placeholder, targets, onMerge }: MergeFieldProps) {
  const [mergeInto, setMergeInto] = useState('');
  return (
    <div className="field">
      <span className="field-label">{label}</span>
      <span className="add-code-row">
        <select className="input input-small" aria-label={selectLabel} value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
          <option value="">{placeholder}</option>
          {targets.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
            </option>
          ))}
        </select>
        <button type="button" className="button button-small" disabled={!mergeInto} onClick={() => onMerge(Number(mergeInto))}>
          <Icon name="merge" size={12} />
          Merge…
        </button>
      </span>
    </div>
  );
}
