// The Library and Code views' layout: the sidebar (outlets, stories, dates), the article list with its selection
// actions, and the open article in the coding workbench.
import type { ComponentProps, RefObject } from 'react';
import { useApi } from '../api/use-api';
import type { LibraryState } from '../hooks/use-library-state';
import type { ProjectData } from '../hooks/use-project-data';
import { plural } from '../lib/format';
import type { Dialog } from './AppDialogs';
import type { ArticleListHandle } from './ArticleList';
import { CodingWorkbench } from './CodingWorkbench';
import { errorMessage } from './FormError';
import { LibraryPane } from './LibraryPane';
import { Sidebar } from './Sidebar';

/** What the workbench gets straight from the app. */
type WorkbenchProps = Omit<ComponentProps<typeof CodingWorkbench>, 'mode' | 'query' | 'readerRef' | 'onAddToStory' | 'onRemoveFromStory' | 'say' | 'onStep' | 'position'>;

interface LibraryWorkspaceProps {
  view: 'library' | 'code';
  project: ProjectData;
  library: LibraryState;
  version: number;
  listRef: RefObject<ArticleListHandle | null>;
  readerRef: RefObject<HTMLElement | null>;
  openDialog(dialog: Dialog): void;
  /** Add the selection (or the open article) to a story. */
  onAddToStory(): void;
  onImport(): void;
  refresh(): Promise<void>;
  say(text: string, tone?: 'info' | 'error'): void;
  workbench: WorkbenchProps;
}

export function LibraryWorkspace({ view, project, library, openDialog, refresh, say, ...props }: LibraryWorkspaceProps) {
  const api = useApi();
  const { filter, openId, selection } = library;
  const filtersActive = Object.keys(filter).length > 0;
  const activeStory = project.stories.find((s) => s.id === filter.storyId);

  const removeFromStory = async (storyId: number, name: string, articleIds: number[]) => {
    try {
      await api.call('stories.removeArticles', { storyId, articleIds });
      await refresh();
      say(`Removed ${plural(articleIds.length, 'article')} from “${name}”.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  return (
    <div className={`workspace${view === 'code' ? ' is-coding' : ''}`}>
      <Sidebar
        outlets={project.outlets}
        stories={project.stories}
        totalArticles={project.info?.counts.articles ?? 0}
        filter={filter}
        onFilterChange={library.setFilter}
        onCreateStory={() => openDialog({ kind: 'story-create' })}
        onRenameStory={(story) => openDialog({ kind: 'story-rename', story })}
        onDeleteStory={(story) => openDialog({ kind: 'story-delete', story })}
      />
      <LibraryPane
        query={library.searchQuery}
        filter={filter}
        version={props.version}
        filtersActive={filtersActive}
        projectEmpty={project.info?.counts.articles === 0}
        openId={openId}
        selectionCount={selection.length}
        onOpen={library.setOpenId}
        onSelectionChange={library.setSelection}
        onFocusReader={() => props.readerRef.current?.focus()}
        onClearFilters={() => library.setFilter({})}
        onImport={props.onImport}
        listRef={props.listRef}
        selectionActions={
          selection.length > 1 && (
            <span className="selection-actions">
              <button type="button" className="button button-small" onClick={props.onAddToStory}>
                Add to story…
              </button>
              {activeStory && (
                <button type="button" className="button button-small" onClick={() => void removeFromStory(activeStory.id, activeStory.name, selection)}>
                  Remove from story
                </button>
              )}
            </span>
          )
        }
      />
      <CodingWorkbench
        {...props.workbench}
        mode={view === 'code' ? 'code' : 'read'}
        query={library.searchQuery}
        readerRef={props.readerRef}
        onAddToStory={() => openId !== null && openDialog({ kind: 'add-to-story', articleIds: [openId] })}
        onRemoveFromStory={(storyId, name) => openId !== null && void removeFromStory(storyId, name, [openId])}
        say={say}
        onStep={library.step}
        position={library.position}
      />
    </div>
  );
}
