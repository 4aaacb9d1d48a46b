// The reader as a coding surface: highlighted body, margin of codings and the coding panel, driven by mouse or keys.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import type { AnalysisState } from '../hooks/use-analysis';
import { useCodingActions } from '../hooks/use-coding-actions';
import type { CodingData } from '../hooks/use-coding-data';
import { useCodingLookups } from '../hooks/use-coding-lookups';
import { usePassageLanding, type PassageToShow } from '../hooks/use-passage-landing';
import { useReaderInput } from '../hooks/use-reader-input';
import { useReaderSelection } from '../hooks/use-reader-selection';
import { useToneHint } from '../hooks/use-tone-hint';
import type { TextRange } from '../lib/paragraphs';
import { ArticleText } from './ArticleText';
import { CodingMargin } from './CodingMargin';
import type { PanelTab } from './CodingPanel';
import { Reader } from './Reader';
import { ReaderToolbar } from './ReaderToolbar';
import { WorkbenchPanel } from './WorkbenchPanel';

interface CodingWorkbenchProps {
  mode: 'read' | 'code';
  article: Article | null;
  loading: boolean;
  error: unknown;
  query: string;
  readerRef: RefObject<HTMLElement | null>;
  onBack(): void;
  onAddToStory(): void;
  onRemoveFromStory(storyId: number, name: string): void;
  data: CodingData;
  codings: Coding[];
  analysis: AnalysisState;
  version: number;
  onChanged(): void;
  /** Lighter than onChanged: only the article's codings changed. */
  onCodingsChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
  onStep(dir: 1 | -1): void;
  position: { index: number; total: number } | null;
  onCodeView(): void;
  passageToShow: PassageToShow | null;
  /** The passage was shown (or its article is no longer the open one): the request is done. */
  onPassageShown(): void;
}

export function CodingWorkbench(props: CodingWorkbenchProps) {
  const { mode, article, data, codings, analysis, say, onChanged, readerRef, passageToShow, onPassageShown } = props;
  const coding = mode === 'code';
  const articleId = article?.id ?? null;
  const body = article?.body ?? '';

  const selection = useReaderSelection(article);
  const { range, bodyRef, activeCodingId, setActiveCodingId, memoOpenId, setMemoOpenId } = selection;
  const [activeVarId, setActiveVarId] = useState<number | null>(null);
  const [tab, setTab] = useState<PanelTab>('code');
  const [suggestionRange, setSuggestionRange] = useState<TextRange | null>(null);
  const suggestionsRef = useRef<HTMLDivElement>(null);

  const selectionHint = useToneHint(coding ? articleId : null, range);
  const wholeArticle = useMemo(() => (article ? { start: 0, end: article.body.length } : null), [article]);
  const articleTone = useToneHint(coding ? articleId : null, wholeArticle);

  const lookups = useCodingLookups(data, codings, range);
  const { ordered, lookOf, actorName, targetName, mentionName, spanCodings, articleValues } = lookups;
  const activeVariable = ordered.find((v) => v.id === activeVarId) ?? ordered[0] ?? null;

  // Called after useReaderSelection: its effects must run after the selection's reset on a new article.
  const arriving = usePassageLanding({ passageToShow, coding, article, onPassageShown, range, spanCodings, land: selection.land, setActiveCodingId });

  const focusReader = useCallback(() => readerRef.current?.focus({ preventScroll: true }), [readerRef]);

  const actions = useCodingActions({
    articleId,
    selection,
    lookups,
    analysis,
    selectionHint,
    setActiveVarId,
    focusReader,
    say,
    onChanged,
    onCodingsChanged: props.onCodingsChanged,
  });
  const { onKeyDown, onMouseUp, openMemo, marginRef } = useReaderInput({
    coding,
    article,
    selection,
    lookups,
    actions,
    activeVariable,
    setActiveVarId,
    setTab,
    suggestionsRef,
    focusReader,
    onStep: props.onStep,
  });

  // The suggestion under the keyboard cursor is shown in the text.
  useEffect(() => {
    if (suggestionRange) bodyRef.current?.querySelector('.is-suggested')?.scrollIntoView({ block: 'nearest' });
  }, [suggestionRange, bodyRef]);

  const showCoding = (id: number) => {
    const c = spanCodings.find((x) => x.id === id);
    if (!c) return;
    selection.show({ start: c.start!, end: c.end! }, id);
    focusReader();
  };

  const textView = article ? (
    <ArticleText
      body={body}
      codings={spanCodings}
      lookOf={lookOf}
      activeCodingId={activeCodingId}
      selection={coding ? range : null}
      flashSelection={arriving}
      suggestion={coding ? suggestionRange : null}
      mentions={coding ? (analysis.analysis?.mentions ?? []) : []}
      actorName={mentionName}
      query={props.query}
      bodyRef={bodyRef}
      onMouseUp={coding ? onMouseUp : undefined}
    />
  ) : null;

  const reader = (
    <Reader
      article={article}
      loading={props.loading}
      error={props.error}
      query={props.query}
      readerRef={readerRef}
      onBack={props.onBack}
      onAddToStory={props.onAddToStory}
      onRemoveFromStory={props.onRemoveFromStory}
      body={textView}
      className={coding ? 'is-coding' : undefined}
      onKeyDown={onKeyDown}
      toolbar={
        <ReaderToolbar
          mode={mode}
          position={props.position}
          codingCount={spanCodings.length + articleValues.size}
          armed={actions.armed !== null}
          onStep={props.onStep}
          onCodeView={props.onCodeView}
        />
      }
    />
  );

  if (!coding || !article) return reader;

  return (
    <div className="workbench">
      {reader}
      <CodingMargin
        codings={spanCodings}
        body={body}
        lookOf={lookOf}
        actorName={actorName}
        targetName={targetName}
        activeId={activeCodingId}
        memoOpenId={memoOpenId}
        listRef={marginRef}
        onSelect={(id) => {
          setActiveCodingId(id);
          setMemoOpenId(null);
        }}
        onShow={showCoding}
        onDelete={(id) => {
          const c = spanCodings.find((x) => x.id === id);
          if (c) void actions.removeCoding(c);
        }}
        onMemo={openMemo}
        onMemoSaved={props.onCodingsChanged}
        onExit={focusReader}
      />
      <WorkbenchPanel
        article={article}
        version={props.version}
        tab={tab}
        onTab={setTab}
        selection={selection}
        selectionHint={selectionHint}
        articleTone={articleTone}
        lookups={lookups}
        actions={actions}
        activeVariableId={activeVariable?.id ?? null}
        onActivate={setActiveVarId}
        data={data}
        analysis={analysis}
        suggestionsRef={suggestionsRef}
        onSuggestionHighlight={setSuggestionRange}
        focusReader={focusReader}
        onChanged={onChanged}
        say={say}
      />
    </div>
  );
}
