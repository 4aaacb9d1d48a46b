// Stance targets: what actors take positions on; add, rename, describe and delete.
import { useState } from 'react';
import type { Target } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { AutoField } from './AutoField';
import { ConfirmDialog } from './ConfirmDialog';
import { errorMessage } from './FormError';
import { Icon } from './Icon';

interface TargetsPaneProps {
  targets: Target[];
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function TargetsPane({ targets, onChanged, say }: TargetsPaneProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [deleting, setDeleting] = useState<Target | null>(null);

  const run = async (what: () => Promise<unknown>, done?: string) => {
    try {
      await what();
      onChanged();
      if (done) say(done);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  return (
    <div className="codebook-pane">
      <div className="cb-toolbar">
        <p className="cb-toolbar-text">Stance codings say what an actor thinks of a target.</p>
        <form
          className="cb-add"
          onSubmit={(e) => {
            e.preventDefault();
            const n = name.trim();
            if (!n) return;
            setName('');
            void run(() => api.call('targets.create', { name: n }), `Added target “${n}”.`);
          }}
        >
          <input className="input input-small" aria-label="New target name" placeholder="New target" value={name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="button button-primary" disabled={!name.trim()}>
            <Icon name="plus" />
            Add target
          </button>
        </form>
      </div>
      <div className="cb-doc targets">
        {targets.length === 0 && <p className="cb-none">No targets yet.</p>}
        <ul className="target-list">
          {targets.map((t) => (
            <li key={t.id} className="target-card" data-testid="target-card">
              <AutoField label="Name" value={t.name} required onSave={(n) => run(() => api.call('targets.update', { id: t.id, name: n }))} />
              <AutoField label="Description" multiline rows={2} value={t.description} onSave={(description) => run(() => api.call('targets.update', { id: t.id, description }))} />
              <button type="button" className="icon-button small" aria-label={`Delete target ${t.name}`} title="Delete target" onClick={() => setDeleting(t)}>
                <Icon name="trash" size={14} />
              </button>
            </li>
          ))}
        </ul>
      </div>
      {deleting && (
        <ConfirmDialog
          title="Delete target"
          confirmLabel="Delete target"
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.call('targets.delete', { id: deleting.id });
            setDeleting(null);
            onChanged();
            say(`Deleted target “${deleting.name}”. Ctrl+Z brings it back.`);
          }}
        >
          <p>
            Delete “<strong>{deleting.name}</strong>”? Stance codings aimed at it lose their target.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
