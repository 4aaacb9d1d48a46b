// One proposed entity: a name seen in the text that is not an actor yet; add it (person, organization, country) or dismiss it.
import type { EntityProposal } from '../../../shared/domain/coding';

export const ENTITY_KINDS: { kind: EntityProposal['kind']; label: string; key: string }[] = [
  { kind: 'person', label: 'Person', key: '1' },
  { kind: 'organization', label: 'Organization', key: '2' },
  { kind: 'place', label: 'Country', key: '3' },
];

interface EntityItemProps {
  entity: EntityProposal;
  active: boolean;
  domId: string;
  onActivate(): void;
  onAccept(kind: EntityProposal['kind']): void;
  onDismiss(): void;
}

export function EntityItem({ entity, active, domId, onActivate, onAccept, onDismiss }: EntityItemProps) {
  const proposed = ENTITY_KINDS.find((k) => k.kind === entity.kind)?.label ?? entity.kind;
  return (
    <div className={`suggestion entity-suggestion${active ? ' is-active' : ''}`} id={domId} role="option" aria-selected={active} data-testid="entity-suggestion" onClick={onActivate}>
      <p className="entity-line">
        <strong>{entity.text}</strong>
        <span className="muted">
          {' '}
          · looks like a {proposed.toLowerCase()} · {entity.count}×
        </span>
      </p>
      {active && (
        <div className="suggestion-actions">
          {ENTITY_KINDS.map((k) => (
            <button key={k.kind} type="button" className={`button button-small${k.kind === entity.kind ? ' button-primary' : ''}`} onClick={() => onAccept(k.kind)}>
              {k.label} <kbd>{k.key}</kbd>
            </button>
          ))}
          <button type="button" className="button button-small" onClick={onDismiss}>
            Dismiss <kbd>R</kbd>
          </button>
        </div>
      )}
    </div>
  );
}
