// Edits one actor: name, kind, affiliation and aliases; merge it into another actor or delete it.
import type { Actor, ActorKind } from '../../../shared/domain/coding';
import { AliasEditor } from './AliasEditor';
import { AutoField } from './AutoField';
import { EditorActions } from './EditorActions';
import { MergeField } from './MergeField';

export const ACTOR_KINDS: ActorKind[] = ['person', 'government', 'organization', 'group', 'country'];

interface ActorEditorProps {
  actor: Actor;
  /** How often the actor is mentioned across the project; undefined while it is counted. */
  mentions: number | undefined;
  actors: Actor[];
  onUpdate(patch: Partial<Pick<Actor, 'name' | 'kind' | 'affiliation' | 'aliases'>>): Promise<unknown>;
  onMerge(targetId: number): void;
  onDelete(): void;
}

export function ActorEditor({ actor, mentions, actors, onUpdate, onMerge, onDelete }: ActorEditorProps) {
  return (
    <div className="cb-editor-body" data-testid="actor-editor">
      <p className="cb-editor-kind">Actor · {mentions === undefined ? 'counting mentions…' : `${mentions} mentions`}</p>
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
      <MergeField
        label="Merge into another actor"
        selectLabel="Merge actor into"
        placeholder="Choose an actor…"
        targets={actors.filter((a) => a.id !== actor.id).map((a) => ({ id: a.id, label: a.name }))}
        onMerge={onMerge}
      />
      <EditorActions deleteLabel="Delete actor" onDelete={onDelete} />
    </div>
  );
}
