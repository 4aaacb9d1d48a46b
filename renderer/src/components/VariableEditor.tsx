// Edits one variable in place (each field saves on blur or change), adds codes, reorders, archives or deletes it.
import { useState } from 'react';
import type { Level, Unit, Variable, VariableKind } from '../../../shared/domain/coding';
import { AutoField } from './AutoField';
import { EditorActions, EditorMoveButtons } from './EditorActions';
import { Icon } from './Icon';

export type VariablePatch = Partial<Pick<Variable, 'name' | 'definition' | 'inclusion' | 'exclusion' | 'example' | 'unit' | 'level' | 'kind' | 'archived'>>;

interface VariableEditorProps {
  variable: Variable;
  onUpdate(patch: VariablePatch): Promise<unknown>;
  onAddCode(label: string): Promise<unknown>;
  onMove(dir: 1 | -1): void;
  onDelete(): void;
  firstFieldRef(el: HTMLInputElement | HTMLTextAreaElement | null): void;
}

const UNITS: { id: Unit; label: string }[] = [
  { id: 'span', label: 'Span of text' },
  { id: 'article', label: 'Whole article' },
];
const LEVELS: Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];
const KINDS: { id: VariableKind; label: string }[] = [
  { id: 'category', label: 'Category' },
  { id: 'stance', label: 'Stance (actor → target)' },
  { id: 'tone', label: 'Tone (−2…+2)' },
  { id: 'quote', label: 'Quotation (speaker)' },
];

export function VariableEditor({ variable: v, onUpdate, onAddCode, onMove, onDelete, firstFieldRef }: VariableEditorProps) {
  const [newCode, setNewCode] = useState('');
  return (
    <div className="cb-editor-body" data-testid="variable-editor">
      <div className="cb-editor-head">
        <p className="cb-editor-kind">Variable</p>
        <EditorMoveButtons noun="variable" onMove={onMove} />
      </div>
      <AutoField label="Name" value={v.name} required inputRef={firstFieldRef} onSave={(name) => onUpdate({ name })} testId="variable-name" />
      <div className="field-row">
        <label className="field">
          <span className="field-label">Unit</span>
          <select className="input input-small" value={v.unit} onChange={(e) => void onUpdate({ unit: e.target.value as Unit })}>
            {UNITS.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Level</span>
          <select className="input input-small" value={v.level} onChange={(e) => void onUpdate({ level: e.target.value as Level })}>
            {LEVELS.map((l) => (
              <option key={l}>{l}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">Kind</span>
        <select className="input input-small" value={v.kind} onChange={(e) => void onUpdate({ kind: e.target.value as VariableKind })}>
          {KINDS.map((k) => (
            <option key={k.id} value={k.id}>
              {k.label}
            </option>
          ))}
        </select>
      </label>
      <AutoField label="Definition" multiline value={v.definition} onSave={(definition) => onUpdate({ definition })} />
      <AutoField label="Inclusion rule" multiline rows={2} value={v.inclusion} onSave={(inclusion) => onUpdate({ inclusion })} />
      <AutoField label="Exclusion rule" multiline rows={2} value={v.exclusion} onSave={(exclusion) => onUpdate({ exclusion })} />
      <AutoField label="Example" multiline rows={2} value={v.example} onSave={(example) => onUpdate({ example })} />
      <form
        className="add-code"
        onSubmit={(e) => {
          e.preventDefault();
          const label = newCode.trim();
          if (!label) return;
          setNewCode('');
          void onAddCode(label);
        }}
      >
        <label className="field">
          <span className="field-label">Add a code</span>
          <span className="add-code-row">
            <input className="input input-small" aria-label="New code label" placeholder="Label, then Enter" value={newCode} onChange={(e) => setNewCode(e.target.value)} />
            <button type="submit" className="button button-small" disabled={!newCode.trim()}>
              <Icon name="plus" size={12} />
              Add
            </button>
          </span>
        </label>
      </form>
      <EditorActions archived={v.archived} onArchive={() => void onUpdate({ archived: !v.archived })} deleteLabel="Delete variable" onDelete={onDelete} />
    </div>
  );
}
