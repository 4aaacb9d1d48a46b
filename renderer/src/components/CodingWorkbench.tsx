// The reader as a coding surface: highlighted body, margin of codings and the coding panel, driven by mouse or keys.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Code, Coding, QuoteSuggestion, Variable } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import type { AnalysisState } from '../hooks/use-analysis';
import type { CodingData } from '../hooks/use-coding-data';
import { handleCodingKey } from '../lib/coding-keys';
import { useCodingLook } from '../hooks/use-coding-look';
import { useToneHint } from '../hooks/use-tone-hint';
import { selectionToRange } from '../lib/dom-offsets';
import type { TextRange } from '../lib/paragraphs';
import { extendBy, moveBy, rangeOf, snapToWords, wordRanges, type TextSelection } from '../lib/text-nav';
import { signed } from '../lib/tone-format';
import { ArticleText } from './ArticleText';
import { CodingMargin } from './CodingMargin';
import { CodingPanel, type PanelTab } from './CodingPanel';
import { errorMessage } from './FormError';
import { Reader } from './Reader';
import { ReaderToolbar } from './ReaderToolbar';
import { StanceComposer, type ComposerResult } from './StanceComposer';
import { SuggestionsPanel } from './SuggestionsPanel';
import { TeamCodings } from './TeamCodings';

/** A passage of an article to land on in the Code view: selected, scrolled to the middle, flashed for a moment. */
export interface PassageToShow {
  articleId: number;
  start: number;
  end: number;
}

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

const ARRIVAL_FLASH_MS = 1600;

interface Composer {
  variable: Variable;
  code: Code;
  range: TextRange;
  actorId: number | null;
}

export function CodingWorkbench(props: CodingWorkbenchProps) {
  const { mode, article, data, codings, analysis, say, onChanged, readerRef, passageToShow, onPassageShown } = props;
  const api = useApi();
  const coding = mode === 'code';
  const articleId = article?.id ?? null;
  const body = article?.body ?? '';

  const [sel, setSel] = useState<TextSelection | null>(null);
  const [activeVarId, setActiveVarId] = useState<number | null>(null);
  const [activeCodingId, setActiveCodingId] = useState<number | null>(null);
  const [memoOpenId, setMemoOpenId] = useState<number | null>(null);
  const [composer, setComposer] = useState<Composer | null>(null);
  const [tab, setTab] = useState<PanelTab>('code');
  const [suggestionRange, setSuggestionRange] = useState<TextRange | null>(null);
  const [armed, setArmed] = useState<QuoteSuggestion | null>(null);
  const [lastTargetId, setLastTargetId] = useState<number | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const marginRef = useRef<HTMLDivElement>(null);
  const suggestionsRef = useRef<HTMLDivElement>(null);
  const scrollToSelection = useRef(false);
  const centerSelection = useRef(false);
  const landedOn = useRef<TextRange | null>(null);
  const [arriving, setArriving] = useState(false);
  const memoReturn = useRef<'reader' | 'margin'>('reader');

  useEffect(() => {
    setSel(null);
    setActiveCodingId(null);
    setMemoOpenId(null);
    setComposer(null);
    setArmed(null);
  }, [articleId]);

  const range = sel && sel.anchor !== sel.focus ? rangeOf(sel) : null;
  const selectionHint = useToneHint(coding ? articleId : null, range);
  const wholeArticle = useMemo(() => (article ? { start: 0, end: article.body.length } : null), [article]);
  const articleTone = useToneHint(coding ? articleId : null, wholeArticle);

  // Codebook lookups.
  const variables = data.variables;
  const ordered = useMemo(() => [...variables.filter((v) => v.unit === 'span'), ...variables.filter((v) => v.unit === 'article')], [variables]);
  const activeVariable = ordered.find((v) => v.id === activeVarId) ?? ordered[0] ?? null;
  const toneVariable = variables.find((v) => v.kind === 'tone' && v.unit === 'span') ?? null;

  const actorNames = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data.actors]);
  const targetNames = useMemo(() => new Map(data.targets.map((t) => [t.id, t.name])), [data.targets]);
  const actorName = useCallback((id: number | null) => (id === null ? null : (actorNames.get(id) ?? `actor ${id}`)), [actorNames]);
  const targetName = useCallback((id: number | null) => (id === null ? null : (targetNames.get(id) ?? `target ${id}`)), [targetNames]);
  const mentionName = useCallback((id: number) => actorNames.get(id) ?? '', [actorNames]);

  const lookOf = useCodingLook(variables);

  const spanCodings = useMemo(
    () => codings.filter((c) => c.start !== null && c.end !== null).sort((a, b) => a.start! - b.start! || b.end! - a.end! || a.id - b.id),
    [codings],
  );
  const articleValues = useMemo(() => new Map(codings.filter((c) => c.start === null).map((c) => [c.variableId, c])), [codings]);
  const appliedHere = useMemo(() => {
    const map = new Map<number, Set<number>>();
    if (!range) return map;
    for (const c of spanCodings) {
      if (c.start === range.start && c.end === range.end && c.codeId !== null) map.set(c.variableId, new Set([...(map.get(c.variableId) ?? []), c.codeId]));
    }
    return map;
  }, [spanCodings, range?.start, range?.end]); // eslint-disable-line react-hooks/exhaustive-deps

  // After landing on a passage, the current coder's coding of exactly that span (if any) becomes the active one once
  // the codings are here, as a click on its margin item would make it; moving the selection first drops this.
  useEffect(() => {
    const span = landedOn.current;
    if (!span) return;
    if (range?.start !== span.start || range.end !== span.end) {
      landedOn.current = null;
      return;
    }
    const coded = spanCodings.find((c) => c.start === span.start && c.end === span.end);
    if (coded) {
      landedOn.current = null;
      setActiveCodingId(coded.id);
    }
  }, [spanCodings, range?.start, range?.end]); // eslint-disable-line react-hooks/exhaustive-deps

  // Landing on a passage asked for from Compare or Reliability. Effects run in order: this one comes after the reset on
  // a new article, so its selection stays, and after the one above, which must not see the span before it is selected.
  useEffect(() => {
    if (!passageToShow || !coding || !article) return;
    onPassageShown();
    if (article.id !== passageToShow.articleId) return;
    const span = { start: passageToShow.start, end: Math.min(passageToShow.end, article.body.length) };
    landedOn.current = span;
    scrollToSelection.current = true;
    centerSelection.current = true;
    setSel({ anchor: span.start, focus: span.end });
    setArriving(true);
  }, [passageToShow, coding, article, onPassageShown]);

  useEffect(() => {
    if (!arriving) return;
    const timer = window.setTimeout(() => setArriving(false), ARRIVAL_FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [arriving]);

  const sentences = useMemo(() => [...(article?.sentences ?? [])].sort((a, b) => a.start - b.start), [article]);
  const words = useMemo(() => wordRanges(body), [body]);

  const focusReader = useCallback(() => readerRef.current?.focus({ preventScroll: true }), [readerRef]);

  const openMemo = (id: number | null) => {
    if (id !== null) memoReturn.current = marginRef.current?.contains(document.activeElement) ? 'margin' : 'reader';
    setMemoOpenId(id);
    if (id === null) requestAnimationFrame(() => (memoReturn.current === 'margin' ? marginRef.current?.focus() : focusReader()));
  };

  // Opening the Code view on an article (a reload, a link) gives the reader the keyboard.
  useEffect(() => {
    if (coding && articleId !== null && (document.activeElement === document.body || document.activeElement === null)) focusReader();
  }, [coding, articleId, focusReader]);

  // The suggestion under the keyboard cursor is shown in the text.
  useEffect(() => {
    if (suggestionRange) bodyRef.current?.querySelector('.is-suggested')?.scrollIntoView({ block: 'nearest' });
  }, [suggestionRange]);

  useLayoutEffect(() => {
    if (!scrollToSelection.current) return;
    scrollToSelection.current = false;
    const block = centerSelection.current ? 'center' : 'nearest';
    centerSelection.current = false;
    bodyRef.current?.querySelector('.is-selected')?.scrollIntoView({ block });
  });

  const select = (next: TextSelection | null) => {
    scrollToSelection.current = true;
    setSel(next);
    setActiveCodingId(null);
    setMemoOpenId(null);
  };

  const createCoding = async (variable: Variable, code: Code, extra: { start?: number; end?: number; actorId?: number | null; targetId?: number | null }) => {
    if (articleId === null) return;
    try {
      const created = await api.call('codings.create', { articleId, variableId: variable.id, codeId: code.id, ...extra });
      if (created.start !== null) setActiveCodingId(created.id);
      props.onCodingsChanged();
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const removeCoding = async (c: Coding) => {
    try {
      await api.call('codings.delete', { id: c.id });
      if (activeCodingId === c.id) setActiveCodingId(null);
      setMemoOpenId(null);
      props.onCodingsChanged();
      say(`Removed ${lookOf(c).label}. Ctrl+Z brings it back.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const apply = (variable: Variable, code: Code) => {
    setActiveVarId(variable.id);
    if (variable.unit === 'article') {
      const current = articleValues.get(variable.id);
      if (current?.codeId === code.id) void removeCoding(current);
      else void createCoding(variable, code, {});
      return;
    }
    if (!range) {
      say('Select text first: J or ↓ selects the next sentence.');
      return;
    }
    if (variable.kind === 'stance' || variable.kind === 'quote') {
      const inside = analysis.analysis?.mentions.find((m) => m.start >= range.start && m.end <= range.end);
      setComposer({ variable, code, range, actorId: inside?.actorId ?? null });
      return;
    }
    const existing = spanCodings.find((c) => c.variableId === variable.id && c.codeId === code.id && c.start === range.start && c.end === range.end);
    if (existing) void removeCoding(existing);
    else void createCoding(variable, code, range);
  };

  const finishComposer = (result: ComposerResult) => {
    if (!composer) return;
    const { variable, code, range: r } = composer;
    setComposer(null);
    if (result.targetId !== null) setLastTargetId(result.targetId);
    void createCoding(variable, code, { ...r, actorId: result.actorId, targetId: result.targetId });
    focusReader();
  };

  const acceptTone = (): boolean => {
    if (!toneVariable || !range || !selectionHint) return false;
    const code = toneVariable.codes.find((c) => c.numericCode === selectionHint.suggested.value);
    if (!code) {
      say(`“${toneVariable.name}” has no code for ${signed(selectionHint.suggested.value)}.`, 'error');
      return true;
    }
    void createCoding(toneVariable, code, range);
    return true;
  };

  const showCoding = (id: number) => {
    const c = spanCodings.find((x) => x.id === id);
    if (!c) return;
    scrollToSelection.current = true;
    setSel({ anchor: c.start!, focus: c.end! });
    setActiveCodingId(id);
    focusReader();
  };

  const jumpToQuote = (q: QuoteSuggestion) => {
    scrollToSelection.current = true;
    setSel({ anchor: q.start, focus: q.end });
    setActiveCodingId(null);
    setArmed(q.status === 'accepted' ? null : q);
    focusReader();
  };

  const confirmArmed = (): boolean => {
    if (!armed || !range || articleId === null) return false;
    const q = armed;
    setArmed(null);
    api.call('quotes.accept', { articleId, key: q.key, start: range.start, end: range.end }).then(
      () => {
        onChanged();
        say('Accepted the quote with this span.');
      },
      (err: unknown) => say(errorMessage(err), 'error'),
    );
    return true;
  };

  const activeCoding = spanCodings.find((c) => c.id === activeCodingId) ?? null;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!coding || !article) return;
    handleCodingKey(e, {
      hasSelection: range !== null,
      activeVariable,
      moveSentence: (dir, extend) => select(extend ? extendBy(sentences, sel, dir) : moveBy(sentences, sel, dir)),
      moveWord: (dir, extend) => select(extend ? extendBy(words, sel, dir) : moveBy(words, sel, dir, true)),
      cycleVariable: (dir) => {
        if (!ordered.length) return;
        const at = activeVariable ? ordered.indexOf(activeVariable) : -1;
        setActiveVarId(ordered[(at + dir + ordered.length) % ordered.length]!.id);
        setTab('code');
      },
      apply,
      acceptTone,
      openMemo: () => {
        if (!activeCoding) return false;
        openMemo(activeCoding.id);
        return true;
      },
      deleteCoding: () => {
        if (!activeCoding) return false;
        void removeCoding(activeCoding);
        return true;
      },
      openSuggestions: () => {
        setTab('suggestions');
        requestAnimationFrame(() => suggestionsRef.current?.focus());
      },
      confirmArmed,
      nextArticle: props.onStep,
      escape: () => {
        if (armed) setArmed(null);
        else if (memoOpenId !== null) setMemoOpenId(null);
        else if (sel) setSel(null);
        else if (activeCodingId !== null) setActiveCodingId(null);
        else return false;
        return true;
      },
    });
  };

  const onMouseUp = (e: MouseEvent<HTMLDivElement>) => {
    if (!coding || !bodyRef.current) return;
    const domSel = window.getSelection();
    const picked = selectionToRange(bodyRef.current, domSel);
    if (picked) {
      const snapped = snapToWords(body, picked);
      domSel?.removeAllRanges();
      setSel(snapped ? { anchor: snapped.start, focus: snapped.end } : null);
      setActiveCodingId(null);
      setMemoOpenId(null);
    } else {
      const seg = (e.target as HTMLElement).closest<HTMLElement>('[data-codings]');
      const ids = seg?.dataset.codings?.split(' ').map(Number) ?? [];
      if (ids.length) {
        // Repeated clicks on overlapping highlights walk through them.
        const at = activeCodingId !== null ? ids.indexOf(activeCodingId) : -1;
        setActiveCodingId(ids[(at + 1) % ids.length]!);
        setTab('code');
      } else setActiveCodingId(null);
      setSel(null);
    }
    focusReader();
  };

  const pendingSuggestions = analysis.analysis
    ? analysis.analysis.quotes.filter((q) => q.status === 'pending').length + analysis.analysis.proposals.length
    : null;

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
          armed={armed !== null}
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
          if (c) void removeCoding(c);
        }}
        onMemo={openMemo}
        onMemoSaved={props.onCodingsChanged}
        onExit={focusReader}
      />
      <CodingPanel
        tab={tab}
        onTab={setTab}
        articleId={article.id}
        body={body}
        version={props.version}
        selection={range}
        selectionHint={selectionHint}
        onAcceptTone={toneVariable ? () => void acceptTone() : undefined}
        acceptToneLabel={selectionHint ? `Accept as tone ${signed(selectionHint.suggested.value)}` : undefined}
        variables={variables}
        activeVariableId={activeVariable?.id ?? null}
        onActivate={(id) => {
          setActiveVarId(id);
          focusReader();
        }}
        onApply={(v, c) => {
          apply(v, c);
          if (!(v.kind === 'stance' || v.kind === 'quote')) focusReader();
        }}
        appliedHere={appliedHere}
        articleValues={articleValues}
        composer={
          composer && (
            <StanceComposer
              key={`${composer.code.id}:${composer.range.start}:${composer.range.end}`}
              variable={composer.variable}
              code={composer.code}
              actors={data.actors}
              targets={data.targets}
              initialActorId={composer.actorId}
              initialTargetId={lastTargetId}
              onDone={finishComposer}
              onCancel={() => {
                setComposer(null);
                focusReader();
              }}
            />
          )
        }
        articleTone={articleTone}
        pendingSuggestions={pendingSuggestions}
        onMemoEscape={focusReader}
        team={
          <TeamCodings
            articleId={article.id}
            body={body}
            variables={variables}
            version={props.version}
            onShow={(r) => {
              scrollToSelection.current = true;
              setSel({ anchor: r.start, focus: r.end });
              setActiveCodingId(null);
              focusReader();
            }}
          />
        }
        suggestions={
          <SuggestionsPanel
            articleId={article.id}
            analysis={analysis}
            actors={data.actors}
            listRef={suggestionsRef}
            onHighlight={setSuggestionRange}
            onJump={jumpToQuote}
            onChanged={onChanged}
            onExit={focusReader}
            say={say}
          />
        }
      />
    </div>
  );
}
