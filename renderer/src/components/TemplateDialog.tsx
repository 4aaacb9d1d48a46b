// Load a codebook template: each with its name, description, source and whether it is loaded already.
import { useEffect, useState } from 'react';
import type { TemplateInfo } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { plural } from '../lib/format';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface TemplateDialogProps {
  onClose(): void;
  onLoaded(template: TemplateInfo, added: number): void;
}

export function TemplateDialog({ onClose, onLoaded }: TemplateDialogProps) {
  const api = useApi();
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('codebook.templates').then(setTemplates, setError);
  }, [api]);

  const load = async (t: TemplateInfo) => {
    setBusy(t.id);
    setError(null);
    try {
      const result = await api.call('codebook.loadTemplate', { template: t.id });
      onLoaded(t, result.added.length);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  return (
    <Modal title="Load a codebook template" onClose={onClose} width={640} testId="template-dialog" description="Templates add variables and codes with fixed ids, so codings stay comparable across projects. Loading twice adds nothing.">
      {!templates && !error && <p className="muted">Loading templates…</p>}
      <ul className="template-list">
        {templates?.map((t, i) => (
          <li key={t.id} className="template" data-testid="template-item">
            <div className="template-main">
              <p className="template-name">
                {t.name}
                {t.loaded && <span className="badge badge-accepted">loaded</span>}
              </p>
              <p className="template-description">{t.description}</p>
              <p className="template-source" title={t.source}>
                {t.source}
              </p>
              <p className="muted">{plural(t.variables, 'variable')}</p>
            </div>
            <button
              type="button"
              className={`button button-small${t.loaded ? '' : ' button-primary'}`}
              disabled={busy !== null}
              data-autofocus={i === 0 ? true : undefined}
              aria-label={`${t.loaded ? 'Load again' : 'Load'} ${t.name}`}
              onClick={() => void load(t)}
            >
              {busy === t.id ? 'Loading…' : t.loaded ? 'Load again' : 'Load'}
            </button>
          </li>
        ))}
      </ul>
      <FormError error={error} />
    </Modal>
  );
}
