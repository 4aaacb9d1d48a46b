// Edits one actor: name, kind, affiliation and aliases; merge it into another actor or delete it.
import { useState } from 'react';
import type { Actor, ActorKind } from '../../../shared/domain/coding';
import type { ActorWithMentions } from '../hooks/use-coding-data';
import { AliasEditor } from './AliasEditor';
import { AutoField } from './AutoField';
import { EditorActions } from './EditorActions';
import { Icon } from './Icon';

export const ACTOR_KINDS: ActorKind[] = ['person', 'government', 'organization', 'group', 'country'];

interface ActorEditorProps {
  actor: ActorWithMentions;
  actors: Actor[];
  onUpdate(patch: Partial<Pick<Actor, 'name' | 'kind' | 'affiliation' | 'aliases'>>): Promise<unknown>;
  onMerge(targetId: number): void;
  onDelete(): void;
}

export function ActorEditor({ actor, actors, onUpdate, onMerge, onDelete }: ActorEditorProps) {
  const [mergeInto, setMergeInto] = useState('');
  return (
    <div className="cb-editor-body" data-testid="actor-editor">
      <p className="cb-editor-kind">Actor · {actor.mentions} mentions</p>
      <AutoField label="Name" value={actor.name} required onSave={(name) => onUpdate({ name })} testId="actor-name" />
      <div className="field-row">
        <label className="field">
          <span className="field-label">Kind</span>
          <select className="input input-small" value={actor.kind} onChange={(e) => void onUpdate({ kind: e.target.value as ActorKind })}>
            {ACTOR_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
      </div>
      <AutoField label="Affiliation" value={actor.affiliation ?? ''} onSave={(affiliation) => onUpdate({ affiliation: affiliation || null })} />
      <AliasEditor aliases={actor.aliases} onChange={(aliases) => void onUpdate({ aliases })} />
      <div className="field">
        <span className="field-label">Merge into another actor</span>
        <span className="add-code-row">
          <select className="input input-small" aria-label="Merge actor into" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
            <option value="">Choose an actor…</option>
            {actors
              .filter((a) => a.id !== actor.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
          </select>
          <button type="button" className="button button-small" disabled={!mergeInto} onClick={() => onMerge(Number(mergeInto))}>
            <Icon name="merge" size={12} />
            Merge…
          </button>
        </span>
      </div>
      <EditorActions deleteLabel="Delete actor" onDelete={onDelete} />
    </div>
  );
}
