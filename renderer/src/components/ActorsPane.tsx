// The actor registry: every actor with kind, affiliation, aliases and mentions; add, edit, merge and delete.
import { useState } from 'react';
import type { Actor, ActorKind } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { useMentionCounts } from '../hooks/use-mention-counts';
import { ActorEditor, ACTOR_KINDS } from './ActorEditor';
import { ConfirmDialog } from './ConfirmDialog';
import { errorMessage } from './FormError';
import { Icon } from './Icon';

interface ActorsPaneProps {
  actors: Actor[];
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

type Dialog = { kind: 'merge'; source: Actor; target: Actor } | { kind: 'delete'; actor: Actor };

export function ActorsPane({ actors, onChanged, say }: ActorsPaneProps) {
  const api = useApi();
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [query, setQuery] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<ActorKind>('person');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const q = query.trim().toLowerCase();
  const shown = actors.filter((a) => !q || [a.name, a.affiliation ?? '', ...a.aliases].some((t) => t.toLowerCase().includes(q)));
  const selected = actors.find((a) => a.id === selectedId);
  const mentions = useMentionCounts(actors);

  const run = async <T,>(what: () => Promise<T>, done?: string) => {
    try {
      const result = await what();
      onChanged();
      if (done) say(done);
      return result;
    } catch (err) {
      say(errorMessage(err), 'error');
      return undefined;
    }
  };

  return (
    <div className="codebook-pane">
      <div className="cb-toolbar">
        <div className="search-box cb-search">
          <Icon name="search" className="search-icon" />
          <input type="search" aria-label="Search actors" placeholder="Search actors and aliases" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
        <form
          className="cb-add"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!name.trim()) return;
            const created = await run(() => api.call('actors.create', { name: name.trim(), kind }), `Added actor “${name.trim()}”.`);
            if (created) {
              setName('');
              setSelectedId(created.id);
            }
          }}
        >
          <input className="input input-small" aria-label="New actor name" placeholder="New actor" value={name} onChange={(e) => setName(e.target.value)} />
          <select className="input input-small" aria-label="New actor kind" value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
            {ACTOR_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            <Icon name="plus" />
            Add actor
          </button>
        </form>
      </div>
      <div className="cb-body is-two">
        <div className="cb-doc">
          <table className="registry-table" data-testid="actors-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Kind</th>
                <th>Affiliation</th>
                <th>Aliases</th>
                <th className="num">Mentions</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <tr
                  key={a.id}
                  className={a.id === selectedId ? 'is-selected' : ''}
                  tabIndex={0}
                  aria-selected={a.id === selectedId}
                  data-testid="actor-row"
                  onClick={() => setSelectedId(a.id)}
                  onFocus={() => setSelectedId(a.id)}
                  onKeyDown={(e) => {
                    const rows = [...(e.currentTarget.parentElement?.children ?? [])] as HTMLElement[];
                    const at = rows.indexOf(e.currentTarget);
                    if (e.key === 'ArrowDown') rows[at + 1]?.focus();
                    else if (e.key === 'ArrowUp') rows[at - 1]?.focus();
                    else return;
                    e.preventDefault();
                  }}
                >
                  <td className="strong">{a.name}</td>
                  <td>{a.kind}</td>
                  <td className="muted">{a.affiliation ?? '—'}</td>
                  <td className="aliases">{a.aliases.join(', ') || <span className="muted">—</span>}</td>
                  <td className="num">{mentions ? (mentions.get(a.id) ?? 0) : '…'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="cb-none">No actors match.</p>}
        </div>
        <aside className="cb-editor" aria-label="Actor editor">
          {selected ? (
            <ActorEditor
              key={selected.id}
              actor={selected}
              mentions={mentions?.get(selected.id) ?? (mentions ? 0 : undefined)}
              actors={actors}
              onUpdate={(patch) => run(() => api.call('actors.update', { id: selected.id, ...patch }))}
              onMerge={(targetId) => {
                const target = actors.find((a) => a.id === targetId);
                if (target) setDialog({ kind: 'merge', source: selected, target });
              }}
              onDelete={() => setDialog({ kind: 'delete', actor: selected })}
            />
          ) : (
            <div className="cb-editor-empty">
              <p className="empty-title">Select an actor</p>
              <p>Aliases decide which mentions in the text count for an actor and who a quote is attributed to.</p>
            </div>
          )}
        </aside>
      </div>
      {dialog?.kind === 'merge' && (
        <ConfirmDialog
          title="Merge actors"
          confirmLabel="Merge"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await api.call('actors.merge', { sourceId: dialog.source.id, targetId: dialog.target.id });
            setDialog(null);
            setSelectedId(dialog.target.id);
            onChanged();
            say(`Merged “${dialog.source.name}” into “${dialog.target.name}”.`);
          }}
        >
          <p>
            Merge “<strong>{dialog.source.name}</strong>” into “<strong>{dialog.target.name}</strong>”? Its codings and aliases move over, and its name becomes an alias.
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete actor"
          confirmLabel="Delete actor"
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            await api.call('actors.delete', { id: dialog.actor.id });
            setDialog(null);
            setSelectedId(null);
            onChanged();
            say(`Deleted actor “${dialog.actor.name}”. Ctrl+Z brings it back.`);
          }}
        >
          <p>
            Delete “<strong>{dialog.actor.name}</strong>”? Codings that name it as actor keep their code but lose the actor.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
