// Browser-mode project dialog: a server-side path for New, Open or Save As (the desktop app uses native pickers).
import { useState } from 'react';
import type { ProjectInfo } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { FormError } from './FormError';
import { Modal } from './Modal';
import type { ProjectAction } from './TopBar';

interface ProjectDialogProps {
  action: ProjectAction;
  currentPath: string | undefined;
  onDone(info: ProjectInfo): void;
  onClose(): void;
}

const TEXT: Record<ProjectAction, { title: string; submit: string; hint: string }> = {
  new: { title: 'New project', submit: 'Create project', hint: 'A new project file is created at this path on the server.' },
  open: { title: 'Open project', submit: 'Open', hint: 'The path of an existing .framebench file on the server.' },
  saveAs: { title: 'Save project as', submit: 'Save copy', hint: 'Copies this project to the path and continues in the copy.' },
};

function folderOf(path: string | undefined): string {
  if (!path) return '';
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

function suggestedPath(action: ProjectAction, current: string | undefined): string {
  const folder = folderOf(current);
  if (action === 'new') return `${folder}untitled.framebench`;
  if (action === 'saveAs') return `${folder}${(current ?? 'project').slice(folder.length).replace(/\.framebench$/, '')}-copy.framebench`;
  return folder;
}

export function ProjectDialog({ action, currentPath, onDone, onClose }: ProjectDialogProps) {
  const api = useApi();
  const [path, setPath] = useState(() => suggestedPath(action, currentPath));
  const [sample, setSample] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const text = TEXT[action];

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const info =
        action === 'new'
          ? await api.call('project.create', { path, sample })
          : action === 'open'
            ? await api.call('project.open', { path })
            : await api.call('project.saveAs', { path });
      onDone(info);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal
      title={text.title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="project-form" className="button button-primary" disabled={busy || !path.trim()}>
            {busy ? 'Working…' : text.submit}
          </button>
        </>
      }
    >
      <form
        id="project-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="field">
          <span className="field-label">Project file path</span>
          <input
            className="input mono"
            data-autofocus
            value={path}
            spellCheck={false}
            autoComplete="off"
            onChange={(e) => setPath(e.target.value)}
            placeholder="/path/to/study.framebench"
          />
          <span className="field-hint">{text.hint}</span>
        </label>
        {action === 'new' && (
          <label className="check-row inline">
            <input type="checkbox" checked={sample} onChange={(e) => setSample(e.target.checked)} />
            <span>Fill with the sample corpus (11 articles)</span>
          </label>
        )}
        <FormError error={error} />
      </form>
    </Modal>
  );
}
