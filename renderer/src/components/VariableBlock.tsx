// One variable in the coding panel: a header that makes it active, and when active its definition and keyed codes.
import type { ReactNode } from 'react';
import type { Code, Variable } from '../../../shared/domain/coding';
import { codeDepths, codeKeys } from '../lib/code-keys';

interface VariableBlockProps {
  variable: Variable;
  active: boolean;
  /** Codes already applied here (to the selection, or to the article). */
  applied: Set<number>;
  value?: string | null;
  disabled?: boolean;
  onActivate(): void;
  onApply(code: Code): void;
  children?: ReactNode;
}

export function VariableBlock({ variable, active, applied, value, disabled, onActivate, onApply, children }: VariableBlockProps) {
  const { keyOf } = codeKeys(variable);
  const depths = codeDepths(variable.codes);
  return (
    <div className={`var-block${active ? ' is-active' : ''}`} data-testid="variable-block" data-variable={variable.name}>
      <button type="button" className="var-head" aria-expanded={active} onClick={onActivate} onMouseDown={(e) => e.preventDefault()} tabIndex={-1}>
        <span className="var-name">{variable.name}</span>
        {variable.kind !== 'category' && <span className="badge">{variable.kind}</span>}
        {value !== undefined && <span className={`var-value${value ? '' : ' is-empty'}`}>{value ?? 'not set'}</span>}
      </button>
      {active && (
        <div className="var-body">
          {variable.definition && <p className="var-definition">{variable.definition}</p>}
          {(variable.inclusion || variable.exclusion || variable.example) && (
            <details className="var-rules">
              <summary>Rules and example</summary>
              {variable.inclusion && (
                <p>
                  <strong>Include:</strong> {variable.inclusion}
                </p>
              )}
              {variable.exclusion && (
                <p>
                  <strong>Exclude:</strong> {variable.exclusion}
                </p>
              )}
              {variable.example && (
                <p>
                  <strong>Example:</strong> {variable.example}
                </p>
              )}
            </details>
          )}
          <ul className={`code-keys${disabled ? ' is-disabled' : ''}`} aria-label={`Codes of ${variable.name}`}>
            {variable.codes.map((code) => (
              <li key={code.id}>
                <button
                  type="button"
                  className={`code-key${applied.has(code.id) ? ' is-applied' : ''}`}
                  style={{ paddingLeft: 8 + (depths.get(code.id) ?? 0) * 14 }}
                  tabIndex={-1}
                  title={code.description || code.label}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => onApply(code)}
                >
                  <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
                  <span className="code-label">{code.label}</span>
                  {keyOf.get(code.id) && <kbd>{keyOf.get(code.id)!.toUpperCase()}</kbd>}
                </button>
              </li>
            ))}
          </ul>
          {children}
        </div>
      )}
    </div>
  );
}
