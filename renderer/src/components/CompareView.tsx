// The Compare view: one story across outlets. A story picker (with suggested stories to accept), then four tabs:
// side by side (aligned passages linked across columns), the coverage matrix (who included what), sourcing (who is
// quoted where) and aggregates (frames, tone, stance, quote share per outlet, with charts).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CoverageRow, Passage } from '../../../shared/compare/types';
import type { Outlet, Story } from '../../../shared/domain/types';
import type { CodingData } from '../hooks/use-coding-data';
import { useCodingLook } from '../hooks/use-coding-look';
import { useArticles, useStoryComparison } from '../hooks/use-story-comparison';
import { DEFAULT_AGGREGATES, type AggregateSettings } from '../lib/aggregate-settings';
import { dateSpan, defaultColumns, groupOfPassage, placeArticle } from '../lib/compare';
import { formatDate, plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import '../styles/compare.css';
import { AggregatesPane } from './AggregatesPane';
import { CoveragePane } from './CoveragePane';
import { errorMessage } from './FormError';
import { Icon } from './Icon';
import { MAX_COLUMNS, SideBySide, type PassageFocus } from './SideBySide';
import { SourcingPane } from './SourcingPane';
import { SuggestedStories } from './SuggestedStories';

export type CompareTab = 'side' | 'coverage' | 'sourcing' | 'aggregates';

interface CompareViewProps {
  stories: Story[];
  outlets: Outlet[];
  data: CodingData;
  version: number;
  /** The Library's story filter, the first choice when the view opens without one. */
  libraryStoryId: number | null;
  /** The project's stories have arrived (an empty list then means there are none). */
  loaded: boolean;
  onStoriesChanged(): Promise<void>;
  onOpenArticle(articleId: number, span?: TextRange): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

const TABS: { id: CompareTab; label: string }[] = [
  { id: 'side', label: 'Side by side' },
  { id: 'coverage', label: 'Coverage' },
  { id: 'sourcing', label: 'Sourcing' },
  { id: 'aggregates', label: 'Aggregates' },
];

const STORAGE_KEY = 'framebench.compare';

/** What the view keeps while you visit other views (and, for the story and tab, across a reload). */
const memory: { storyId: number | null; tab: CompareTab; columns: Map<number, number[]>; aggregates: AggregateSettings; showDiff: boolean } = (() => {
  let saved: { storyId?: number; tab?: CompareTab } = {};
  try {
    saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as typeof saved;
  } catch {
    saved = {};
  }
  return {
    storyId: typeof saved.storyId === 'number' ? saved.storyId : null,
    tab: TABS.some((t) => t.id === saved.tab) ? saved.tab! : 'side',
    columns: new Map(),
    aggregates: DEFAULT_AGGREGATES,
    showDiff: false,
  };
})();

function remember(patch: Partial<typeof memory>) {
  Object.assign(memory, patch);
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ storyId: memory.storyId, tab: memory.tab }));
  } catch {
    // Storage may be off; the view still works for this visit.
  }
}

export function CompareView(props: CompareViewProps) {
  const { stories, data, say } = props;
  const [storyId, setStoryIdState] = useState<number | null>(() => {
    const known = (id: number | null) => id !== null && stories.some((s) => s.id === id);
    if (known(memory.storyId)) return memory.storyId;
    if (known(props.libraryStoryId)) return props.libraryStoryId;
    return stories.find((s) => s.articleCount >= 2)?.id ?? stories[0]?.id ?? null;
  });
  const [tab, setTabState] = useState<CompareTab>(memory.tab);
  const [columnsByStory, setColumnsByStory] = useState<Map<number, number[]>>(memory.columns);
  const [focus, setFocus] = useState<PassageFocus | null>(null);
  const [showDiff, setShowDiffState] = useState(memory.showDiff);
  const [aggregates, setAggregatesState] = useState<AggregateSettings>(memory.aggregates);
  const [suggestionsOpen, setSuggestionsOpen] = useState(false);
  const story = stories.find((s) => s.id === storyId) ?? null;
  const state = useStoryComparison(storyId, props.version);
  const comparison = state.comparison;

  const setStoryId = useCallback((id: number | null) => {
    setStoryIdState(id);
    setFocus(null);
    remember({ storyId: id });
  }, []);
  const setTab = useCallback((next: CompareTab) => {
    setTabState(next);
    remember({ tab: next });
  }, []);
  const setShowDiff = (on: boolean) => {
    setShowDiffState(on);
    remember({ showDiff: on });
  };
  const setAggregates = (next: AggregateSettings) => {
    setAggregatesState(next);
    remember({ aggregates: next });
  };

  // Stories arrive after the first render (or the chosen one was deleted): fall back to the first usable one.
  useEffect(() => {
    if (storyId !== null && stories.some((s) => s.id === storyId)) return;
    if (!stories.length) {
      if (storyId !== null) setStoryId(null);
      return;
    }
    const fallback = (props.libraryStoryId !== null && stories.some((s) => s.id === props.libraryStoryId) ? props.libraryStoryId : null) ?? stories.find((s) => s.articleCount >= 2)?.id ?? stories[0]!.id;
    setStoryId(fallback);
  }, [stories, storyId, props.libraryStoryId, setStoryId]);

  // With no story yet, the suggestions are where to start.
  useEffect(() => {
    if (props.loaded && !stories.length) setSuggestionsOpen(true);
  }, [props.loaded, stories.length]);

  const storyArticleIds = useMemo(() => comparison?.articles.map((a) => a.id) ?? [], [comparison]);
  const columns = useMemo(() => {
    if (!comparison || storyId === null) return [];
    const kept = (columnsByStory.get(storyId) ?? []).filter((id) => storyArticleIds.includes(id));
    if (kept.length >= Math.min(2, storyArticleIds.length)) return kept;
    return defaultColumns(comparison.articles, window.innerWidth >= 1280 ? MAX_COLUMNS : 3);
  }, [comparison, storyId, columnsByStory, storyArticleIds]);
  const setColumns = useCallback(
    (next: number[]) => {
      if (storyId === null) return;
      setColumnsByStory((m) => {
        const copy = new Map(m);
        copy.set(storyId, next);
        memory.columns = copy;
        return copy;
      });
    },
    [storyId],
  );

  const articles = useArticles(columns, props.version);

  // The Code view's look of a coding: its code's colour and "Variable: code".
  const lookOf = useCodingLook(data.variables);

  const jump = (passage: Passage, row: CoverageRow) => {
    if (!comparison) return;
    setColumns(placeArticle(columns, passage.articleId, MAX_COLUMNS));
    const group = groupOfPassage(comparison.groups, passage);
    const rowPassages = row.cells.flatMap((c) => c.articles.flatMap((a) => a.passages));
    setFocus({ articleId: passage.articleId, start: passage.start, end: passage.end, groupKey: group?.key ?? null, label: row.label, passages: rowPassages, nonce: Date.now() });
    setTab('side');
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-testid="compare-column"][data-article="${passage.articleId}"] .cmp-text`)?.focus({ preventScroll: true }));
  };

  const picked = useMemo(() => {
    if (!focus || !comparison) return null;
    const info = comparison.articles.find((a) => a.id === focus.articleId);
    const body = articles.get(focus.articleId)?.body;
    return {
      passage: { articleId: focus.articleId, start: focus.start, end: focus.end },
      outlet: info?.outlet ?? 'Article',
      text: body ? body.slice(focus.start, focus.end).trim() : focus.label,
    };
  }, [focus, comparison, articles]);

  const outletCount = comparison ? new Set(comparison.articles.map((a) => a.outletId)).size : 0;
  const when = comparison ? dateSpan(comparison.articles.map((a) => a.publishedAt), formatDate) : null;

  let body;
  if (tab === 'aggregates') {
    body = (
      <AggregatesPane
        settings={aggregates}
        onSettings={setAggregates}
        storyId={storyId}
        storyName={story?.name ?? null}
        stories={stories}
        outlets={props.outlets}
        variables={data.variables}
        targets={data.targets}
        version={props.version}
        onOpenArticle={props.onOpenArticle}
        say={say}
      />
    );
  } else if (!props.loaded) {
    body = <p className="cmp-empty-line">Loading…</p>;
  } else if (!stories.length) {
    body = (
      <div className="cmp-empty">
        <p className="empty-title">No stories yet.</p>
        <p>A story groups the articles of several outlets about one event. Accept a suggested story on the right, or create one in the Library and add articles to it.</p>
      </div>
    );
  } else if (state.error && !comparison) {
    body = (
      <div className="cmp-empty">
        <p className="empty-title">This story cannot be compared.</p>
        <p>{errorMessage(state.error)}</p>
      </div>
    );
  } else if (!comparison) {
    body = (
      <p className="cmp-empty-line">
        <span className="spinner" /> Comparing the articles…
      </p>
    );
  } else if (comparison.articles.length < 2) {
    body = (
      <div className="cmp-empty">
        <p className="empty-title">“{comparison.story.name}” has {plural(comparison.articles.length, 'article')}.</p>
        <p>Comparing needs two or more. Select articles in the Library and press A to add them to the story.</p>
      </div>
    );
  } else if (tab === 'side') {
    body = (
      <SideBySide
        comparison={comparison}
        duplicates={state.duplicates}
        columns={columns}
        onColumns={setColumns}
        articles={articles}
        coderId={data.coder?.id ?? null}
        version={props.version}
        lookOf={lookOf}
        focus={focus}
        onFocus={setFocus}
        showDiff={showDiff}
        onShowDiff={setShowDiff}
        onOpenArticle={props.onOpenArticle}
      />
    );
  } else if (tab === 'coverage') {
    body = <CoveragePane comparison={comparison} onCoverage={state.setCoverage} onJump={jump} picked={picked} say={say} />;
  } else {
    body = <SourcingPane comparison={comparison} say={say} />;
  }

  return (
    <main className="compare-view" aria-label="Compare view" data-testid="compare-view">
      <div className="cmp-head">
        <div className="tabs cmp-tabs" role="tablist" aria-label="Compare sections">
          {TABS.map((t) => (
            <button key={t.id} type="button" role="tab" className="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
              {t.label}
              {t.id === 'coverage' && comparison && <span className="tab-count">{comparison.coverage.rows.length}</span>}
            </button>
          ))}
        </div>
        <div className="cmp-story">
          <label className="cmp-story-pick">
            <span className="cmp-field-label">Story</span>
            <select className="input input-small" aria-label="Story" value={storyId ?? ''} onChange={(e) => setStoryId(e.target.value ? Number(e.target.value) : null)} disabled={!stories.length}>
              {!stories.length && <option value="">No stories yet</option>}
              {stories.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.articleCount})
                </option>
              ))}
            </select>
          </label>
          {comparison && (
            <span className="cmp-story-meta" data-testid="story-meta">
              {plural(comparison.articles.length, 'article')} · {plural(outletCount, 'outlet')}
              {when ? ` · ${when}` : ''}
            </span>
          )}
          <button type="button" className={`button button-small${suggestionsOpen ? ' is-on' : ''}`} aria-pressed={suggestionsOpen} onClick={() => setSuggestionsOpen((o) => !o)}>
            <Icon name="sparkle" size={14} /> Suggested stories
          </button>
        </div>
      </div>
      <div className={`cmp-main${suggestionsOpen ? ' with-aside' : ''}`}>
        {body}
        {suggestionsOpen && (
          <SuggestedStories
            version={props.version}
            onClose={() => setSuggestionsOpen(false)}
            say={say}
            onAccepted={async (created) => {
              await props.onStoriesChanged();
              setStoryId(created.id);
              setSuggestionsOpen(false);
              if (tab === 'aggregates') setTab('side');
            }}
          />
        )}
      </div>
    </main>
  );
}
