// One variable in the codebook document: name, unit, level, kind, definition and rules, then its nested codes.
import type { Code, Variable } from '../../../shared/domain/coding';
import { codeDepths, codeKeys } from '../lib/code-keys';
import { CodeRow } from './CodeRow';

interface VariableCardProps {
  variable: Variable;
  codes: Code[];
  selected: string | null;
  onSelect(item: string): void;
}

export function VariableCard({ variable: v, codes, selected, onSelect }: VariableCardProps) {
  const depths = codeDepths(v.codes);
  const { keyOf } = codeKeys(v);
  const itemKey = `variable:${v.id}`;
  const open = selected === itemKey || (selected?.startsWith('code:') && v.codes.some((c) => selected === `code:${c.id}`));
  return (
    <section className={`cb-card${v.archived ? ' is-archived' : ''}${open ? ' is-open' : ''}`} aria-label={v.name} data-testid="cb-variable" data-name={v.name}>
      <div
        className={`cb-var${selected === itemKey ? ' is-selected' : ''}`}
        role="treeitem"
        aria-level={1}
        aria-selected={selected === itemKey}
        tabIndex={selected === itemKey || (selected === null && v.position === 0) ? 0 : -1}
        data-cb-item={itemKey}
        onClick={() => onSelect(itemKey)}
        onFocus={() => onSelect(itemKey)}
      >
        <h2 className="cb-var-name">{v.name}</h2>
        <span className="cb-badges">
          <span className="badge">{v.unit === 'span' ? 'span' : 'article'}</span>
          <span className="badge">{v.level}</span>
          {v.kind !== 'category' && <span className="badge badge-kind">{v.kind}</span>}
          {v.archived && <span className="badge">archived</span>}
        </span>
      </div>
      {(v.definition || v.inclusion || v.exclusion || v.example) && (
        <dl className="cb-rules">
          {v.definition && (
            <>
              <dt>Definition</dt>
              <dd>{v.definition}</dd>
            </>
          )}
          {v.inclusion && (
            <>
              <dt>Include</dt>
              <dd>{v.inclusion}</dd>
            </>
          )}
          {v.exclusion && (
            <>
              <dt>Exclude</dt>
              <dd>{v.exclusion}</dd>
            </>
          )}
          {v.example && (
            <>
              <dt>Example</dt>
              <dd className="cb-example">{v.example}</dd>
            </>
          )}
        </dl>
      )}
      <div className="cb-codes" role="group" aria-label={`Codes of ${v.name}`}>
        {codes.map((c) => (
          <CodeRow key={c.id} code={c} depth={depths.get(c.id) ?? 0} keyLabel={keyOf.get(c.id)} selected={selected === `code:${c.id}`} onSelect={() => onSelect(`code:${c.id}`)} />
        ))}
        {codes.length === 0 && <p className="cb-none">No codes yet.</p>}
      </div>
    </section>
  );
}
