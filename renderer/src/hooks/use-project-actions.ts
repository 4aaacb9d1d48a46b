// New project, Open project, Save project as: the desktop app asks for the file with the system's pickers; the
// browser has no file system access, so there the app's own dialog asks for a path.
import type { ProjectInfo } from '../../../shared/domain/types';
import { desktopShell } from '../api/shell';
import { useApi } from '../api/use-api';
import { errorMessage } from '../components/FormError';
import type { ProjectAction } from '../components/TopBar';

interface ProjectActionHandlers {
  /** The name of the open project (the default for Save as). */
  currentName: string | undefined;
  /** In the browser: open the in-app dialog for the action. */
  askInApp(action: ProjectAction): void;
  switched(info: ProjectInfo, action: ProjectAction): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function useProjectActions({ currentName, askInApp, switched, say }: ProjectActionHandlers) {
  const api = useApi();
  return async (action: ProjectAction) => {
    if (!desktopShell) {
      askInApp(action);
      return;
    }
    try {
      const path =
        action === 'open'
          ? await desktopShell.pickProjectToOpen()
          : await desktopShell.pickProjectToSave(action === 'saveAs' ? `${currentName ?? 'project'}-copy` : 'untitled');
      if (!path) return;
      const info =
        action === 'open'
          ? await api.call('project.open', { path })
          : action === 'new'
            ? await api.call('project.create', { path, sample: false })
            : await api.call('project.saveAs', { path });
      switched(info, action);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };
}
