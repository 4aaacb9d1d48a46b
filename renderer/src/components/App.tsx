// The workbench: top bar with views, filters, library list and the reader as coding surface, the codebook view,
// plus the dialogs and window-wide keys that tie them together.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectInfo } from '../../../shared/domain/types';
import { useAnalysis } from '../hooks/use-analysis';
import { useAppCommands } from '../hooks/use-app-commands';
import { useArticle } from '../hooks/use-article';
import { useArticleCodings } from '../hooks/use-article-codings';
import { useCodingData } from '../hooks/use-coding-data';
import { useFileDrop } from '../hooks/use-file-drop';
import { useHistory } from '../hooks/use-history';
import { useLibraryState } from '../hooks/use-library-state';
import { useNotice } from '../hooks/use-notice';
import type { PassageToShow } from '../hooks/use-passage-landing';
import { useProjectActions } from '../hooks/use-project-actions';
import { useProjectData } from '../hooks/use-project-data';
import { useTeamState } from '../hooks/use-team-state';
import { plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import { readLocation, writeLocation, type View } from '../lib/view';
import { AppDialogs, type Dialog } from './AppDialogs';
import { AppHeader } from './AppHeader';
import type { ArticleListHandle } from './ArticleList';
import { CodebookView } from './CodebookView';
import { CompareView } from './CompareView';
import { DropOverlay } from './DropOverlay';
import { FatalScreen } from './FatalScreen';
import { LibraryWorkspace } from './LibraryWorkspace';
import { Notice } from './Notice';
import { ReliabilityView, type ReliabilityTab } from './ReliabilityView';
import type { ProjectAction } from './TopBar';

const VERB: Record<ProjectAction, string> = { new: 'Created', open: 'Opened', saveAs: 'Saved as' };

export function App() {
  const project = useProjectData();
  const [version, setVersion] = useState(0);
  const [initial] = useState(readLocation);
  const [view, setView] = useState<View>(initial.view);
  const { notice, say, dismissNotice } = useNotice();
  const library = useLibraryState(initial.articleId, version, say);
  const { openId, setOpenId, filter, setFilter, selection } = library;
  // Asked for by "Open in Code view" in Compare or Reliability; the Code view clears it once shown.
  const [passageToShow, setPassageToShow] = useState<PassageToShow | null>(null);
  const [codingVersion, setCodingVersion] = useState(0);
  // Codings alone changed (created, removed, memo): only the article's codings are fetched again.
  const [codingsTick, setCodingsTick] = useState(0);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [stagedFiles, setStagedFiles] = useState<File[]>([]);
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
  const bumpCoding = useCallback(() => setCodingVersion((v) => v + 1), []);
  const bumpCodings = useCallback(() => setCodingsTick((v) => v + 1), []);
  // The views with the library list (and so the search box).
  const withList = view !== 'codebook' && view !== 'reliability' && view !== 'compare';

  useEffect(() => writeLocation(view, openId), [view, openId]);

  const history = useHistory(bumpCoding, say);
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
    [setOpenId, switchView],
  );
  const passageShown = useCallback(() => setPassageToShow(null), []);
  const closeDialog = useCallback(() => setDialog(null), []);
  const showShortcuts = () => setDialog({ kind: 'shortcuts' });
  const openImport = () => setDialog((d) => (d?.kind === 'import' ? d : { kind: 'import' }));
  const coderSwitched = () => {
    void codingData.reloadCoder();
    bumpCoding();
  };

  const openAddToStory = () => {
    const articleIds = library.storyTargets();
    if (articleIds.length) setDialog({ kind: 'add-to-story', articleIds });
    else say('Open or select an article first.');
  };

  const projectSwitched = (info: ProjectInfo, action: ProjectAction) => {
    setDialog(null);
    library.reset();
    void refresh();
    bumpCoding();
    say(`${VERB[action]} ${info.name} (${plural(info.counts.articles, 'article')})`);
  };

  const runProjectAction = useProjectActions({
    currentName: project.info?.name,
    askInApp: (action) => setDialog({ kind: 'project', action }),
    switched: projectSwitched,
    say,
  });

  useAppCommands({
    focusSearch,
    showShortcuts,
    openImport,
    addToStory: openAddToStory,
    backToList: () => (withList ? focusList() : undefined),
    undo: history.undo,
    redo: history.redo,
    switchView,
    openExport: () => setDialog({ kind: 'export' }),
    openExchangeImport: () => setDialog({ kind: 'exchange-import' }),
    runProjectAction,
    dialogOpen: dialog !== null,
  });

  const dragging = useFileDrop((files) => {
    setStagedFiles((prev) => [...prev, ...files]);
    openImport();
  });

  if (!project.info && project.error) return <FatalScreen error={project.error} onRetry={() => void project.reload()} />;

  return (
    <div className="app">
      <AppHeader
        info={project.info}
        onImport={openImport}
        onProject={(action) => void runProjectAction(action)}
        onExchange={(what) => setDialog({ kind: what })}
        onShortcuts={showShortcuts}
        view={view}
        onView={switchView}
        searchShown={withList}
        query={library.query}
        onQuery={library.setQuery}
        onSearchDone={focusList}
        searchRef={searchRef}
        coder={codingData.coder}
        blind={team.blind}
        onBlind={() => {
          setReliabilityTab('team');
          switchView('reliability');
        }}
        onCoderSwitched={coderSwitched}
        say={say}
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
          onCoderSwitched={coderSwitched}
          onChanged={bumpCoding}
          onOpenArticle={openInCodeView}
          say={say}
        />
      ) : view === 'codebook' ? (
        <CodebookView data={codingData} version={dataVersion} onChanged={bumpCoding} say={say} searchRef={codebookSearchRef} />
      ) : (
        <LibraryWorkspace
          view={view}
          project={project}
          library={library}
          version={version}
          listRef={listRef}
          readerRef={readerRef}
          openDialog={setDialog}
          onAddToStory={openAddToStory}
          onImport={openImport}
          refresh={refresh}
          say={say}
          workbench={{
            ...opened,
            onBack: focusList,
            data: codingData,
            codings,
            analysis,
            version: dataVersion,
            onChanged: bumpCoding,
            onCodingsChanged: bumpCodings,
            onCodeView: () => switchView('code'),
            passageToShow,
            onPassageShown: passageShown,
          }}
        />
      )}

      {dragging && <DropOverlay />}

      <AppDialogs
        dialog={dialog}
        project={project}
        stagedFiles={stagedFiles}
        setStagedFiles={setStagedFiles}
        refresh={refresh}
        onProjectSwitched={projectSwitched}
        onStoryDeleted={(storyId) => filter.storyId === storyId && setFilter({ ...filter, storyId: undefined })}
        onClose={closeDialog}
        say={say}
      />
      <Notice notice={notice} onDismiss={dismissNotice} />
    </div>
  );
}
