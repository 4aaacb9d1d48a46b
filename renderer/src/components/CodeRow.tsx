// One code in the codebook document: swatch, numeric code, key, label, description and how often it is used.
import type { Code } from '../../../shared/domain/coding';

interface CodeRowProps {
  code: Code;
  depth: number;
  keyLabel: string | undefined;
  selected: boolean;
  onSelect(): void;
}

export function CodeRow({ code, depth, keyLabel, selected, onSelect }: CodeRowProps) {
  return (
    <div
      className={`cb-code${selected ? ' is-selected' : ''}${code.archived ? ' is-archived' : ''}`}
      style={{ paddingLeft: 12 + depth * 18 }}
      role="treeitem"
      aria-selected={selected}
      aria-level={depth + 2}
      tabIndex={selected ? 0 : -1}
      data-cb-item={`code:${code.id}`}
      data-testid="cb-code"
      data-label={code.label}
      onClick={onSelect}
      onFocus={onSelect}
    >
      <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
      <span className="cb-num" title="Numeric code">
        {code.numericCode ?? '–'}
      </span>
      <span className="cb-code-main">
        <span className="cb-code-label">
          {code.label}
          {code.archived && <span className="badge">archived</span>}
        </span>
        {code.description && <span className="cb-code-desc">{code.description}</span>}
      </span>
      <span className="cb-usage" title="Codings with this code">
        {code.usage > 0 ? `${code.usage}×` : ''}
      </span>
      <span className="cb-key">{keyLabel ? <kbd title="Shortcut in the reader">{keyLabel.toUpperCase()}</kbd> : null}</span>
    </div>
  );
}
