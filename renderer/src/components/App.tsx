// The workbench: top bar with views, filters, library list and the reader as coding surface, the codebook view,
// plus the dialogs and window-wide keys that tie them together.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api/window-api';
import type { ArticleFilter, ProjectInfo, Story } from '../../../shared/domain/types';
import { desktopShell } from '../api/shell';
import { useApi } from '../api/use-api';
import { useAnalysis } from '../hooks/use-analysis';
import { useArticle } from '../hooks/use-article';
import { useArticleCodings } from '../hooks/use-article-codings';
import { useArticleOrder } from '../hooks/use-article-order';
import { useCodingData } from '../hooks/use-coding-data';
import { useHistory } from '../hooks/use-history';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useExportShortcut } from '../hooks/use-export-shortcut';
import { useFileDrop } from '../hooks/use-file-drop';
import { useGlobalShortcuts } from '../hooks/use-global-shortcuts';
import { useMenuCommands } from '../hooks/use-menu-commands';
import { useProjectData } from '../hooks/use-project-data';
import { useTeamState } from '../hooks/use-team-state';
import { plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import { isView, readLocation, writeLocation, type View } from '../lib/view';
import { AddToStoryDialog } from './AddToStoryDialog';
import type { ArticleListHandle } from './ArticleList';
import { BlindBadge } from './BlindBadge';
import { CodebookView } from './CodebookView';
import { CoderButton } from './CoderButton';
import { CodingWorkbench, type PassageToShow } from './CodingWorkbench';
import { CompareView } from './CompareView';
import { ConfirmDialog } from './ConfirmDialog';
import { DropOverlay } from './DropOverlay';
import { FatalScreen } from './FatalScreen';
import { ExchangeImportDialog } from './ExchangeImportDialog';
import { ExportDialog } from './ExportDialog';
import { errorMessage } from './FormError';
import { ImportDialog } from './ImportDialog';
import { LibraryPane } from './LibraryPane';
import { Notice, type NoticeMessage } from './Notice';
import { ProjectDialog } from './ProjectDialog';
import { ReliabilityView, type ReliabilityTab } from './ReliabilityView';
import { SearchBox } from './SearchBox';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { StoryNameDialog } from './StoryNameDialog';
import { TopBar, type ProjectAction } from './TopBar';
import { ViewSwitch } from './ViewSwitch';

type Dialog =
  | { kind: 'import' }
  | { kind: 'export' }
  | { kind: 'exchange-import' }
  | { kind: 'project'; action: ProjectAction }
  | { kind: 'shortcuts' }
  | { kind: 'story-create' }
  | { kind: 'story-rename'; story: Story }
  | { kind: 'story-delete'; story: Story }
  | { kind: 'add-to-story'; articleIds: number[] };

const SEARCH_DEBOUNCE_MS = 150;

/** Drops empty parts so equal filters serialize equally (the list's cache key). */
function normalize(filter: ArticleFilter): ArticleFilter {
  const out: ArticleFilter = {};
  if (filter.outletIds?.length) out.outletIds = [...filter.outletIds].sort((a, b) => a - b);
  if (filter.storyId !== undefined) out.storyId = filter.storyId;
  if (filter.dateFrom) out.dateFrom = filter.dateFrom;
  if (filter.dateTo) out.dateTo = filter.dateTo;
  return out;
}

export function App() {
  const api = useApi();
  const project = useProjectData();
  const [query, setQuery] = useState('');
  const searchQuery = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS);
  const [filter, setFilterState] = useState<ArticleFilter>({});
  const [version, setVersion] = useState(0);
  const [initial] = useState(readLocation);
  const [view, setView] = useState<View>(initial.view);
  const [openId, setOpenId] = useState<number | null>(initial.articleId);
  // Asked for by "Open in Code view" in Compare or Reliability; the Code view clears it once shown.
  const [passageToShow, setPassageToShow] = useState<PassageToShow | null>(null);
  const [codingVersion, setCodingVersion] = useState(0);
  // Codings alone changed (created, removed, memo): only the article's codings are fetched again.
  const [codingsTick, setCodingsTick] = useState(0);
  const [selection, setSelection] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [stagedFiles, setStagedFiles] = useState<File[]>([]);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<ArticleListHandle>(null);
  const readerRef = useRef<HTMLElement>(null);
  const codebookSearchRef = useRef<HTMLInputElement>(null);
  const opened = useArticle(openId, version);
  const dataVersion = version * 100_000 + codingVersion;
  const codingData = useCodingData(dataVersion);
  const team = useTeamState(dataVersion);
  const [reliabilityTab, setReliabilityTab] = useState<ReliabilityTab>('report');
  const codings = useArticleCodings(openId, codingData.coder?.id ?? null, `${dataVersion}:${codingsTick}`);
  const analysis = useAnalysis(view === 'code' ? openId : null, dataVersion);
  const order = useArticleOrder(searchQuery, filter, version);
  const bumpCoding = useCallback(() => setCodingVersion((v) => v + 1), []);
  const bumpCodings = useCallback(() => setCodingsTick((v) => v + 1), []);

  useEffect(() => writeLocation(view, openId), [view, openId]);

  const say = useCallback((text: string, tone: NoticeMessage['tone'] = 'info') => setNotice({ id: Date.now(), text, tone }), []);
  const history = useHistory(bumpCoding, say);
  const dismissNotice = useCallback(() => setNotice(null), []);
  const setFilter = useCallback((next: ArticleFilter) => setFilterState(normalize(next)), []);
  const { reload } = project;
  const refresh = useCallback(async () => {
    await reload();
    setVersion((v) => v + 1);
  }, [reload]);

  const focusList = useCallback(() => listRef.current?.focus(), []);
  const focusSearch = useCallback(() => {
    const input = view === 'codebook' ? codebookSearchRef.current : searchRef.current;
    input?.focus();
    input?.select();
  }, [view]);

  const switchView = useCallback((next: View) => {
    setView(next);
    // The reader takes the keyboard in the Code view; the list in the Library.
    window.requestAnimationFrame(() => {
      if (next === 'code') readerRef.current?.focus({ preventScroll: true });
      else if (next === 'library') listRef.current?.focus();
    });
  }, []);

  const openInCodeView = useCallback(
    (articleId: number, span?: TextRange) => {
      setOpenId(articleId);
      setPassageToShow(span ? { articleId, start: span.start, end: span.end } : null);
      switchView('code');
    },
    [switchView],
  );
  const passageShown = useCallback(() => setPassageToShow(null), []);

  const step = (dir: 1 | -1) => {
    if (openId === null || !order.length) return;
    const at = order.indexOf(openId);
    const next = order[at < 0 ? 0 : at + dir];
    if (next !== undefined) setOpenId(next);
    else say(dir > 0 ? 'This is the last article in the list.' : 'This is the first article in the list.');
  };
  const position = openId !== null && order.includes(openId) ? { index: order.indexOf(openId), total: order.length } : null;
  const closeDialog = useCallback(() => setDialog(null), []);

  // Articles a story action applies to: the multi-selection, else the open article, else the selected row.
  const storyTargets = (): number[] => (selection.length > 1 ? selection : openId !== null ? [openId] : selection);

  const openAddToStory = () => {
    const articleIds = storyTargets();
    if (articleIds.length) setDialog({ kind: 'add-to-story', articleIds });
    else say('Open or select an article first.');
  };

  const switchedTo = (info: ProjectInfo, verb: string) => {
    setDialog(null);
    setQuery('');
    setFilterState({});
    setOpenId(null);
    setSelection([]);
    void refresh();
    bumpCoding();
    say(`${verb} ${info.name} (${plural(info.counts.articles, 'article')})`);
  };

  const VERB: Record<ProjectAction, string> = { new: 'Created', open: 'Opened', saveAs: 'Saved as' };

  const runProjectAction = async (action: ProjectAction) => {
    if (!desktopShell) {
      setDialog({ kind: 'project', action });
      return;
    }
    try {
      const path =
        action === 'open'
          ? await desktopShell.pickProjectToOpen()
          : await desktopShell.pickProjectToSave(action === 'saveAs' ? `${project.info?.name ?? 'project'}-copy` : 'untitled');
      if (!path) return;
      const info =
        action === 'open'
          ? await api.call('project.open', { path })
          : action === 'new'
            ? await api.call('project.create', { path, sample: false })
            : await api.call('project.saveAs', { path });
      switchedTo(info, VERB[action]);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const openImport = () => setDialog((d) => (d?.kind === 'import' ? d : { kind: 'import' }));

  useGlobalShortcuts({
    focusSearch,
    showShortcuts: () => setDialog({ kind: 'shortcuts' }),
    openImport,
    addToStory: openAddToStory,
    backToList: () => (view === 'codebook' || view === 'reliability' || view === 'compare' ? undefined : focusList()),
    undo: history.undo,
    redo: history.redo,
    switchView,
    dialogOpen: dialog !== null,
  });

  useExportShortcut(() => setDialog({ kind: 'export' }), dialog !== null);

  useMenuCommands((command: MenuCommand) => {
    if (command === 'project.new') void runProjectAction('new');
    else if (command === 'project.open') void runProjectAction('open');
    else if (command === 'project.saveAs') void runProjectAction('saveAs');
    else if (command === 'import.open') openImport();
    else if (command === 'search.focus') focusSearch();
    else if (command === 'help.shortcuts') setDialog({ kind: 'shortcuts' });
    else if (command === 'export.open') setDialog({ kind: 'export' });
    else if (command === 'exchange.import') setDialog({ kind: 'exchange-import' });
    else if (command === 'history.undo' || command === 'history.redo') {
      // In a text field the menu's Undo is the field's own undo.
      const editing = document.activeElement instanceof HTMLElement && document.activeElement.matches('input, textarea, [contenteditable="true"]');
      if (editing) document.execCommand(command === 'history.undo' ? 'undo' : 'redo');
      else if (command === 'history.undo') history.undo();
      else history.redo();
    } else if (command.startsWith('view.')) {
      const target = command.slice('view.'.length);
      if (isView(target)) switchView(target);
    }
  });

  const dragging = useFileDrop((files) => {
    setStagedFiles((prev) => [...prev, ...files]);
    openImport();
  });

  const addToStory = async (articleIds: number[], choice: { storyId: number } | { name: string }) => {
    const story =
      'storyId' in choice
        ? await api.call('stories.addArticles', { storyId: choice.storyId, articleIds })
        : await api.call('stories.create', { name: choice.name, articleIds });
    setDialog(null);
    await refresh();
    say(`Added ${plural(articleIds.length, 'article')} to “${story.name}”.`);
  };

  const removeFromStory = async (storyId: number, name: string, articleIds: number[]) => {
    try {
      await api.call('stories.removeArticles', { storyId, articleIds });
      await refresh();
      say(`Removed ${plural(articleIds.length, 'article')} from “${name}”.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  if (!project.info && project.error) return <FatalScreen error={project.error} onRetry={() => void project.reload()} />;

  const filtersActive = Object.keys(filter).length > 0;
  const activeStory = project.stories.find((s) => s.id === filter.storyId);

  return (
    <div className="app">
      <TopBar
        info={project.info}
        onImport={openImport}
        onProject={(action) => void runProjectAction(action)}
        onExchange={(what) => setDialog({ kind: what })}
        onShortcuts={() => setDialog({ kind: 'shortcuts' })}
        search={view !== 'codebook' && view !== 'reliability' && view !== 'compare' && <SearchBox value={query} onChange={setQuery} onEscape={focusList} onSubmit={focusList} inputRef={searchRef} />}
        views={<ViewSwitch view={view} onChange={switchView} />}
        coder={
          <>
            {team.blind && (
              <BlindBadge
                onClick={() => {
                  setReliabilityTab('team');
                  switchView('reliability');
                }}
              />
            )}
            <CoderButton
              coder={codingData.coder}
              say={say}
              onSwitched={() => {
                void codingData.reloadCoder();
                bumpCoding();
              }}
            />
          </>
        }
      />
      {view === 'compare' ? (
        <CompareView
          stories={project.stories}
          outlets={project.outlets}
          data={codingData}
          version={dataVersion}
          libraryStoryId={filter.storyId ?? null}
          loaded={project.info !== null}
          onStoriesChanged={refresh}
          onOpenArticle={openInCodeView}
          say={say}
        />
      ) : view === 'reliability' ? (
        <ReliabilityView
          tab={reliabilityTab}
          onTab={setReliabilityTab}
          team={team}
          variables={codingData.variables}
          outlets={project.outlets}
          stories={project.stories}
          librarySelection={selection}
          projectName={project.info?.name ?? 'project'}
          version={dataVersion}
          onCoderSwitched={() => {
            void codingData.reloadCoder();
            bumpCoding();
          }}
          onChanged={bumpCoding}
          onOpenArticle={openInCodeView}
          say={say}
        />
      ) : view === 'codebook' ? (
        <CodebookView data={codingData} version={dataVersion} onChanged={bumpCoding} say={say} searchRef={codebookSearchRef} />
      ) : (
      <div className={`workspace${view === 'code' ? ' is-coding' : ''}`}>
        <Sidebar
          outlets={project.outlets}
          stories={project.stories}
          totalArticles={project.info?.counts.articles ?? 0}
          filter={filter}
          onFilterChange={setFilter}
          onCreateStory={() => setDialog({ kind: 'story-create' })}
          onRenameStory={(story) => setDialog({ kind: 'story-rename', story })}
          onDeleteStory={(story) => setDialog({ kind: 'story-delete', story })}
        />
        <LibraryPane
          query={searchQuery}
          filter={filter}
          version={version}
          filtersActive={filtersActive}
          projectEmpty={project.info?.counts.articles === 0}
          openId={openId}
          selectionCount={selection.length}
          onOpen={setOpenId}
          onSelectionChange={setSelection}
          onFocusReader={() => readerRef.current?.focus()}
          onClearFilters={() => setFilter({})}
          onImport={openImport}
          listRef={listRef}
          selectionActions={
            selection.length > 1 && (
              <span className="selection-actions">
                <button type="button" className="button button-small" onClick={openAddToStory}>
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
          mode={view === 'code' ? 'code' : 'read'}
          article={opened.article}
          loading={opened.loading}
          error={opened.error}
          query={searchQuery}
          readerRef={readerRef}
          onBack={focusList}
          onAddToStory={() => openId !== null && setDialog({ kind: 'add-to-story', articleIds: [openId] })}
          onRemoveFromStory={(storyId, name) => openId !== null && void removeFromStory(storyId, name, [openId])}
          data={codingData}
          codings={codings}
          analysis={analysis}
          version={dataVersion}
          onChanged={bumpCoding}
          onCodingsChanged={bumpCodings}
          say={say}
          onStep={step}
          position={position}
          onCodeView={() => switchView('code')}
          passageToShow={passageToShow}
          onPassageShown={passageShown}
        />
      </div>
      )}

      {dragging && <DropOverlay />}

      {dialog?.kind === 'import' && (
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
            closeDialog();
          }}
        />
      )}
      {dialog?.kind === 'project' && (
        <ProjectDialog
          action={dialog.action}
          currentPath={project.info?.path}
          onDone={(info) => switchedTo(info, VERB[dialog.action])}
          onClose={closeDialog}
        />
      )}
      {dialog?.kind === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      {dialog?.kind === 'export' && <ExportDialog projectPath={project.info?.path} onClose={closeDialog} />}
      {dialog?.kind === 'exchange-import' && (
        <ExchangeImportDialog projectPath={project.info?.path} onImported={() => void refresh()} onClose={closeDialog} />
      )}
      {dialog?.kind === 'story-create' && (
        <StoryNameDialog
          title="New story"
          submitLabel="Create"
          description="A story groups articles about one event, across outlets."
          onClose={closeDialog}
          onSubmit={async (name) => {
            await api.call('stories.create', { name });
            setDialog(null);
            await refresh();
            say(`Created story “${name}”.`);
          }}
        />
      )}
      {dialog?.kind === 'story-rename' && (
        <StoryNameDialog
          title="Rename story"
          submitLabel="Rename"
          initialName={dialog.story.name}
          onClose={closeDialog}
          onSubmit={async (name) => {
            await api.call('stories.rename', { id: dialog.story.id, name });
            setDialog(null);
            await refresh();
          }}
        />
      )}
      {dialog?.kind === 'story-delete' && (
        <ConfirmDialog
          title="Delete story"
          confirmLabel="Delete story"
          onClose={closeDialog}
          onConfirm={async () => {
            await api.call('stories.delete', { id: dialog.story.id });
            if (filter.storyId === dialog.story.id) setFilter({ ...filter, storyId: undefined });
            setDialog(null);
            await refresh();
            say(`Deleted story “${dialog.story.name}”.`);
          }}
        >
          <p>
            Delete “<strong>{dialog.story.name}</strong>”? Its {plural(dialog.story.articleCount, 'article')} stay in the library.
          </p>
        </ConfirmDialog>
      )}
      {dialog?.kind === 'add-to-story' && (
        <AddToStoryDialog
          stories={project.stories}
          articleCount={dialog.articleIds.length}
          onClose={closeDialog}
          onPick={(choice) => addToStory(dialog.articleIds, choice)}
        />
      )}
      <Notice notice={notice} onDismiss={dismissNotice} />
    </div>
  );
}
