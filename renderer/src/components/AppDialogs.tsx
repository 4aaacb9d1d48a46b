// The dialogs the app shell opens (at most one at a time): import, export and exchange import, the project dialog
// (in the browser), the shortcuts, and the story dialogs (new, rename, delete, add articles).
import type { Dispatch, SetStateAction } from 'react';
import type { ProjectInfo, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import type { ProjectData } from '../hooks/use-project-data';
import { plural } from '../lib/format';
import { AddToStoryDialog } from './AddToStoryDialog';
import { ConfirmDialog } from './ConfirmDialog';
import { ExchangeImportDialog } from './ExchangeImportDialog';
import { ExportDialog } from './ExportDialog';
import { ImportDialog } from './ImportDialog';
import { ProjectDialog } from './ProjectDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { StoryNameDialog } from './StoryNameDialog';
import type { ProjectAction } from './TopBar';

export type Dialog =
  | { kind: 'import' }
  | { kind: 'export' }
  | { kind: 'exchange-import' }
  | { kind: 'project'; action: ProjectAction }
  | { kind: 'shortcuts' }
  | { kind: 'story-create' }
  | { kind: 'story-rename'; story: Story }
  | { kind: 'story-delete'; story: Story }
  | { kind: 'add-to-story'; articleIds: number[] };

interface AppDialogsProps {
  dialog: Dialog | null;
  project: ProjectData;
  /** Files dropped on the window or picked, waiting in the import dialog. */
  stagedFiles: File[];
  setStagedFiles: Dispatch<SetStateAction<File[]>>;
  /** Reloads the project's data after a change. */
  refresh(): Promise<void>;
  onProjectSwitched(info: ProjectInfo, action: ProjectAction): void;
  onStoryDeleted(storyId: number): void;
  onClose(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function AppDialogs({ dialog, project, stagedFiles, setStagedFiles, refresh, onClose, say, ...props }: AppDialogsProps) {
  const api = useApi();

  const addToStory = async (articleIds: number[], choice: { storyId: number } | { name: string }) => {
    const story =
      'storyId' in choice
        ? await api.call('stories.addArticles', { storyId: choice.storyId, articleIds })
        : await api.call('stories.create', { name: choice.name, articleIds });
    onClose();
    await refresh();
    say(`Added ${plural(articleIds.length, 'article')} to “${story.name}”.`);
  };

  switch (dialog?.kind) {
    case 'import':
      return (
        <ImportDialog
          files={stagedFiles}
          onAddFiles={(files) => setStagedFiles((prev) => [...prev, ...files])}
          onRemoveFile={(index) => setStagedFiles((prev) => prev.filter((_, i) => i !== index))}
          onClearFiles={() => setStagedFiles([])}
          outlets={project.outlets}
          stories={project.stories}
          onImported={() => void refresh()}
          onClose={() => {
            setStagedFiles([]);
            onClose();
          }}
        />
      );
    case 'project':
      return <ProjectDialog action={dialog.action} currentPath={project.info?.path} onDone={(info) => props.onProjectSwitched(info, dialog.action)} onClose={onClose} />;
    case 'shortcuts':
      return <ShortcutsDialog onClose={onClose} />;
    case 'export':
      return <ExportDialog projectPath={project.info?.path} onClose={onClose} />;
    case 'exchange-import':
      return <ExchangeImportDialog projectPath={project.info?.path} onImported={() => void refresh()} onClose={onClose} />;
    case 'story-create':
      return (
        <StoryNameDialog
          key="story-create"
          title="New story"
          submitLabel="Create"
          description="A story groups articles about one event, across outlets."
          onClose={onClose}
          onSubmit={async (name) => {
            await api.call('stories.create', { name });
            onClose();
            await refresh();
            say(`Created story “${name}”.`);
          }}
        />
      );
    case 'story-rename':
      return (
        <StoryNameDialog
          key="story-rename"
          title="Rename story"
          submitLabel="Rename"
          initialName={dialog.story.name}
          onClose={onClose}
          onSubmit={async (name) => {
            await api.call('stories.rename', { id: dialog.story.id, name });
            onClose();
            await refresh();
          }}
        />
      );
    case 'story-delete':
      return (
        <ConfirmDialog
          title="Delete story"
          confirmLabel="Delete story"
          onClose={onClose}
          onConfirm={async () => {
            await api.call('stories.delete', { id: dialog.story.id });
            props.onStoryDeleted(dialog.story.id);
            onClose();
            await refresh();
            say(`Deleted story “${dialog.story.name}”.`);
          }}
        >
          <p>
            Delete “<strong>{dialog.story.name}</strong>”? Its {plural(dialog.story.articleCount, 'article')} stay in the library.
          </p>
        </ConfirmDialog>
      );
    case 'add-to-story':
      return (
        <AddToStoryDialog
          stories={project.stories}
          articleCount={dialog.articleIds.length}
          onClose={onClose}
          onPick={(choice) => addToStory(dialog.articleIds, choice)}
        />
      );
    default:
      return null;
  }
}
