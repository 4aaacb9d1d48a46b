// Edits one code in place: label, description, numeric code, colour, shortcut, nesting, order; merge, archive or delete it.
import { useEffect, useState } from 'react';
import type { Code, Variable } from '../../../shared/domain/coding';
import { codeDepths, codeKeys, descendantIds } from '../lib/code-keys';
import { AutoField } from './AutoField';
import { EditorActions, EditorMoveButtons } from './EditorActions';
import { Icon } from './Icon';
import { MergeField } from './MergeField';

export type CodePatch = Partial<Pick<Code, 'label' | 'description' | 'numericCode' | 'color' | 'shortcut' | 'archived'>>;

interface CodeEditorProps {
  code: Code;
  variable: Variable;
  onUpdate(patch: CodePatch): Promise<unknown>;
  onNest(parentId: number | null): void;
  onMove(dir: 1 | -1): void;
  onMerge(targetId: number): void;
  onDelete(): void;
  onAddChild(label: string): Promise<unknown>;
  firstFieldRef(el: HTMLInputElement | HTMLTextAreaElement | null): void;
}

const PALETTE = ['#3e6fa3', '#3b9ea3', '#4f9a5e', '#9aa54a', '#d9b64e', '#d08c3f', '#cf7a55', '#a84a4a', '#d08fb3', '#8464a8', '#7a5a3f', '#8c9bab'];

export function CodeEditor({ code, variable, onUpdate, onNest, onMove, onMerge, onDelete, onAddChild, firstFieldRef }: CodeEditorProps) {
  const [shortcut, setShortcut] = useState(code.shortcut ?? '');
  const [numeric, setNumeric] = useState(code.numericCode === null ? '' : String(code.numericCode));
  const [child, setChild] = useState('');
  useEffect(() => setShortcut(code.shortcut ?? ''), [code.shortcut]);
  useEffect(() => setNumeric(code.numericCode === null ? '' : String(code.numericCode)), [code.numericCode]);

  const blocked = descendantIds(variable.codes, code.id);
  const others = variable.codes.filter((c) => !blocked.has(c.id));
  const depths = codeDepths(variable.codes);
  const effectiveKey = codeKeys(variable).keyOf.get(code.id);
  const indent = (c: Code) => `${'  '.repeat(depths.get(c.id) ?? 0)}${c.label}`;

  return (
    <div className="cb-editor-body" data-testid="code-editor">
      <div className="cb-editor-head">
        <p className="cb-editor-kind">
          Code in <strong>{variable.name}</strong>
        </p>
        <EditorMoveButtons noun="code" onMove={onMove} />
      </div>
      <AutoField label="Label" value={code.label} required inputRef={firstFieldRef} onSave={(label) => onUpdate({ label })} testId="code-label" />
      <AutoField label="Description" multiline rows={3} value={code.description} onSave={(description) => onUpdate({ description })} />
      <div className="field-row">
        <label className="field">
          <span className="field-label">Numeric code</span>
          <input
            className="input input-small"
            inputMode="decimal"
            value={numeric}
            onChange={(e) => setNumeric(e.target.value)}
            onBlur={() => {
              const value = numeric.trim() === '' ? null : Number(numeric);
              if (value !== null && !Number.isFinite(value)) return setNumeric(code.numericCode === null ? '' : String(code.numericCode));
              if (value !== code.numericCode) void onUpdate({ numericCode: value });
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">Shortcut</span>
          <input
            className="input input-small"
            aria-label="Shortcut"
            maxLength={1}
            value={shortcut}
            placeholder={effectiveKey ? `${effectiveKey} (auto)` : ''}
            onChange={(e) => {
              const next = e.target.value.slice(-1);
              if (next && !/^[a-z0-9]$/i.test(next)) return;
              setShortcut(next);
              void onUpdate({ shortcut: next || null }).catch(() => setShortcut(code.shortcut ?? ''));
            }}
          />
        </label>
      </div>
      <div className="field">
        <span className="field-label">Colour</span>
        <div className="palette" role="radiogroup" aria-label="Colour">
          {PALETTE.map((c) => (
            <button
              key={c}
              type="button"
              role="radio"
              aria-checked={code.color.toLowerCase() === c}
              aria-label={c}
              className="palette-swatch"
              style={{ background: c }}
              onClick={() => void onUpdate({ color: c })}
            />
          ))}
          <input type="color" className="palette-custom" aria-label="Custom colour" defaultValue={code.color} key={code.color} onBlur={(e) => e.target.value !== code.color && void onUpdate({ color: e.target.value })} />
        </div>
      </div>
      <label className="field">
        <span className="field-label">Nested under</span>
        <select className="input input-small" aria-label="Nested under" value={code.parentId ?? ''} onChange={(e) => onNest(e.target.value ? Number(e.target.value) : null)}>
          <option value="">— top level —</option>
          {others.map((c) => (
            <option key={c.id} value={c.id}>
              {indent(c)}
            </option>
          ))}
        </select>
      </label>
      <form
        className="add-code"
        onSubmit={(e) => {
          e.preventDefault();
          if (!child.trim()) return;
          void onAddChild(child.trim());
          setChild('');
        }}
      >
        <label className="field">
          <span className="field-label">Add a nested code</span>
          <span className="add-code-row">
            <input className="input input-small" aria-label="New nested code label" placeholder="Label, then Enter" value={child} onChange={(e) => setChild(e.target.value)} />
            <button type="submit" className="button button-small" disabled={!child.trim()}>
              <Icon name="plus" size={12} />
              Add
            </button>
          </span>
        </label>
      </form>
      <MergeField
        label="Merge into another code"
        selectLabel="Merge into"
        placeholder="Choose a code…"
        targets={others.map((c) => ({ id: c.id, label: indent(c) }))}
        onMerge={onMerge}
      />
      <p className="field-hint">
        Used by {code.usage} coding{code.usage === 1 ? '' : 's'}.
      </p>
      <EditorActions archived={code.archived} onArchive={() => void onUpdate({ archived: !code.archived })} deleteLabel="Delete code" onDelete={onDelete} />
    </div>
  );
}
