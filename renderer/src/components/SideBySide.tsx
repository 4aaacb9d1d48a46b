// Side by side: two to four columns, one article each, with the current coder's codings and the story's aligned
// passages. Pointing at (or selecting, J/K) a passage highlights its counterparts in the other columns and scrolls
// them there; Tab moves between columns. "Changes vs wire" shows a wire copy's word edits against its base.
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DuplicateGroup, Passage, StoryComparison } from '../../../shared/compare/types';
import type { Coding } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { nextColumn, passageAt, passagesByArticle, wireInfo, type ColumnPassage } from '../lib/compare';
import { formatDate, formatCount, plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import type { CodingLook } from './ArticleText';
import { CompareText, type WordDiff } from './CompareText';
import { Icon } from './Icon';

export const MAX_COLUMNS = 4;
export const MIN_COLUMNS = 2;

/** The passage the columns follow: chosen with keys or a click, or jumped to from the coverage matrix. */
export interface PassageFocus {
  articleId: number;
  start: number;
  end: number;
  groupKey: string | null;
  label: string;
  /** From the coverage matrix: the row's passages in every article (its counterparts), instead of the group's. */
  passages?: Passage[];
  /** Changes on every new focus, so the columns scroll again even to the same passage. */
  nonce: number;
}

interface SideBySideProps {
  comparison: StoryComparison;
  duplicates: DuplicateGroup[];
  columns: number[];
  onColumns(next: number[]): void;
  articles: Map<number, Article>;
  coderId: number | null;
  version: number;
  lookOf(coding: Coding): CodingLook;
  focus: PassageFocus | null;
  onFocus(next: PassageFocus | null): void;
  showDiff: boolean;
  onShowDiff(on: boolean): void;
  /** O in a column: its article in the Code view, at the selected passage when it is in that column. */
  onOpenArticle(articleId: number, span?: TextRange): void;
}

const REASON_LABEL = { quote: 'Quote', number: 'Number', paraphrase: 'Paraphrase' } as const;
const HOVER_SCROLL_MS = 220;
const NONE: { start: number; end: number }[] = [];
const LEADER_MS = 400;

/** The current coder's codings of the shown articles. */
function useColumnCodings(ids: number[], coderId: number | null, version: number): Map<number, Coding[]> {
  const api = useApi();
  const [state, setState] = useState<Map<number, Coding[]>>(new Map());
  const wanted = ids.join(',');
  useEffect(() => {
    if (coderId === null) return;
    let cancelled = false;
    const list = wanted.split(',').filter(Boolean).map(Number);
    void Promise.all(list.map((articleId) => api.call('codings.list', { articleId, coderId }).catch(() => [] as Coding[]))).then((found) => {
      if (!cancelled) setState(new Map(list.map((id, i) => [id, found[i]!])));
    });
    return () => {
      cancelled = true;
    };
  }, [api, wanted, coderId, version]);
  return state;
}

/** Scrolls a column so the element sits a third of the way down, unless it is already in view. */
function reveal(scroller: HTMLElement, target: HTMLElement, always = false) {
  const box = scroller.getBoundingClientRect();
  const at = target.getBoundingClientRect();
  const visible = at.top >= box.top + 8 && at.bottom <= box.bottom - 8;
  if (visible && !always) return;
  const top = scroller.scrollTop + (at.top - box.top) - box.height / 3;
  scroller.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
}

export function SideBySide(props: SideBySideProps) {
  const { comparison, duplicates, columns, articles, focus, onFocus, showDiff } = props;
  const passages = useMemo(() => passagesByArticle(comparison.groups), [comparison.groups]);
  const groups = useMemo(() => new Map(comparison.groups.map((g) => [g.key, g])), [comparison.groups]);
  const meta = useMemo(() => new Map(comparison.articles.map((a) => [a.id, a])), [comparison.articles]);
  const codings = useColumnCodings(columns, props.coderId, props.version);
  const [hover, setHover] = useState<{ articleId: number; passage: ColumnPassage } | null>(null);
  const [syncScroll, setSyncScroll] = useState(false);
  const scrollers = useRef(new Map<number, HTMLDivElement>());
  const hoverTimer = useRef(0);
  const leader = useRef<{ index: number; until: number } | null>(null);
  const scrolled = useRef<number | null>(null);

  const active = hover
    ? { articleId: hover.articleId, start: hover.passage.start, end: hover.passage.end, groupKey: hover.passage.groupKey, label: hover.passage.label }
    : focus;
  const activeGroup = active?.groupKey ? (groups.get(active.groupKey) ?? null) : null;
  const rowPassages = !hover ? focus?.passages : undefined;

  // The counterparts to highlight, per article: the coverage row's passages after a jump, else the group's members.
  const linked = useMemo(() => {
    const out = new Map<number, { start: number; end: number }[]>();
    const source: { articleId: number; start: number; end: number }[] = rowPassages ?? activeGroup?.members ?? [];
    for (const m of source) (out.get(m.articleId) ?? out.set(m.articleId, []).get(m.articleId)!).push({ start: m.start, end: m.end });
    return out;
  }, [rowPassages, activeGroup]);

  const spanCodings = useCallback(
    (articleId: number) => (codings.get(articleId) ?? []).filter((c) => c.start !== null && c.end !== null).sort((a, b) => a.start! - b.start! || b.end! - a.end!),
    [codings],
  );

  const diffs = useMemo(() => {
    const out = new Map<number, WordDiff>();
    if (!showDiff) return out;
    for (const id of columns) {
      const wire = wireInfo(duplicates, id);
      if (!wire || wire.member.isBase) continue;
      const inserted = wire.member.edits.filter((e) => e.kind !== 'delete' && e.end > e.start).map((e) => ({ start: e.start, end: e.end }));
      const deleted = wire.member.edits.filter((e) => e.kind !== 'insert' && e.before).map((e) => ({ at: e.start, text: e.before }));
      out.set(id, { inserted, deleted });
    }
    return out;
  }, [showDiff, columns, duplicates]);

  /** Scrolls the other columns (and, unless pointing there, the origin column) to the active group's passages. */
  const scrollTo = useCallback(
    (originId: number | null, groupKey: string | null, includeOrigin: boolean) => {
      columns.forEach((id, index) => {
        const scroller = scrollers.current.get(index);
        if (!scroller) return;
        if (id === originId) {
          if (!includeOrigin) return;
          const target = scroller.querySelector<HTMLElement>('.seg.is-current');
          if (target) reveal(scroller, target);
          return;
        }
        if (!groupKey && !includeOrigin) return;
        const target = scroller.querySelector<HTMLElement>('.seg.is-linked');
        if (target) reveal(scroller, target);
      });
    },
    [columns],
  );

  // A new focus (keys, click, a jump from the matrix): scroll every column once its text is there.
  useEffect(() => {
    if (!focus || scrolled.current === focus.nonce) return;
    const index = columns.indexOf(focus.articleId);
    if (index < 0 || !articles.has(focus.articleId)) return;
    const frame = requestAnimationFrame(() => {
      scrolled.current = focus.nonce;
      scrollTo(focus.articleId, focus.groupKey, true);
    });
    return () => cancelAnimationFrame(frame);
  }, [focus, columns, articles, scrollTo]);

  useEffect(() => () => window.clearTimeout(hoverTimer.current), []);

  const point = (articleId: number, passage: ColumnPassage | null) => {
    if ((hover?.passage.id ?? null) === (passage?.id ?? null) && hover?.articleId === articleId) return;
    window.clearTimeout(hoverTimer.current);
    setHover(passage ? { articleId, passage } : null);
    if (passage) hoverTimer.current = window.setTimeout(() => scrollTo(articleId, passage.groupKey, false), HOVER_SCROLL_MS);
  };

  const select = (articleId: number, passage: ColumnPassage | null) => {
    setHover(null);
    onFocus(passage ? { articleId, start: passage.start, end: passage.end, groupKey: passage.groupKey, label: passage.label, nonce: Date.now() } : null);
  };

  const focusColumn = (index: number) => scrollers.current.get(index)?.focus();

  const onColumnKey = (e: KeyboardEvent<HTMLDivElement>, index: number, articleId: number) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const list = passages.get(articleId) ?? [];
    const key = e.key.toLowerCase();
    if ((key === 'j' || key === 'k') && !e.shiftKey) {
      if (!list.length) return;
      const here = focus && focus.articleId === articleId ? list.findIndex((p) => p.start === focus.start && p.end === focus.end && p.groupKey === focus.groupKey) : -1;
      const next = key === 'j' ? (here < 0 ? 0 : Math.min(list.length - 1, here + 1)) : here < 0 ? list.length - 1 : Math.max(0, here - 1);
      select(articleId, list[next]!);
    } else if (e.key === 'Tab') {
      const to = index + (e.shiftKey ? -1 : 1);
      if (to < 0 || to >= columns.length) return;
      focusColumn(to);
    } else if (e.key === 'Escape') {
      if (!focus && !hover) return;
      setHover(null);
      onFocus(null);
    } else if (key === 'o' && !e.shiftKey) {
      props.onOpenArticle(articleId, focus?.articleId === articleId ? { start: focus.start, end: focus.end } : undefined);
    } else return;
    e.preventDefault();
  };

  const onScroll = (index: number) => {
    if (!syncScroll) return;
    const lead = leader.current;
    if (!lead || lead.index !== index || lead.until < Date.now()) return;
    const source = scrollers.current.get(index);
    if (!source) return;
    const ratio = source.scrollTop / Math.max(1, source.scrollHeight - source.clientHeight);
    scrollers.current.forEach((other, i) => {
      if (i !== index) other.scrollTop = ratio * Math.max(0, other.scrollHeight - other.clientHeight);
    });
  };
  const lead = (index: number) => (leader.current = { index, until: Date.now() + LEADER_MS });

  const hasWire = duplicates.some((g) => g.members.some((m) => columns.includes(m.articleId) && !m.isBase));
  const storyHasWire = duplicates.length > 0;
  const spare = nextColumn(comparison.articles, columns);

  return (
    <div className="cmp-side" data-testid="side-by-side">
      <div className="cmp-toolbar">
        <button
          type="button"
          className="button button-small"
          disabled={columns.length >= MAX_COLUMNS || spare === null}
          onClick={() => spare !== null && props.onColumns([...columns, spare])}
          title="Add a column (up to four)"
        >
          <Icon name="plus" size={14} /> Add column
        </button>
        {storyHasWire && (
          <label className="cmp-switch" title={hasWire ? 'Word edits of the wire copies against their base' : 'None of the shown articles is a wire copy'}>
            <input type="checkbox" role="switch" checked={showDiff} onChange={(e) => props.onShowDiff(e.target.checked)} aria-label="Changes vs wire" />
            <span className="cmp-switch-track" aria-hidden="true">
              <span className="cmp-switch-thumb" />
            </span>
            Changes vs wire
          </label>
        )}
        <label className="check-row inline cmp-check">
          <input type="checkbox" checked={syncScroll} onChange={(e) => setSyncScroll(e.target.checked)} />
          Scroll together
        </label>
        <div className="cmp-active" data-testid="active-passage" aria-live="polite">
          {active ? (
            <>
              {activeGroup && !rowPassages && <span className={`cmp-reason reason-${activeGroup.reason}`}>{REASON_LABEL[activeGroup.reason]}</span>}
              {rowPassages && <span className="cmp-reason reason-row">Coverage row</span>}
              <span className="cmp-active-label" title={active.label}>
                {active.label}
              </span>
              {linked.size > 0 && (
                <span className="cmp-active-count">
                  in {linked.size} of {comparison.articles.length} articles
                </span>
              )}
            </>
          ) : (
            <span className="cmp-keys">
              Point at a marked passage, or <kbd>J</kbd> <kbd>K</kbd> in a column · <kbd>Tab</kbd> next column · <kbd>O</kbd> open in Code view
            </span>
          )}
          {focus && (
            <button type="button" className="icon-button tiny" aria-label="Clear the selected passage" onClick={() => onFocus(null)}>
              <Icon name="x" size={12} />
            </button>
          )}
        </div>
      </div>
      <div className="cmp-columns" style={{ gridTemplateColumns: `repeat(${columns.length}, minmax(0, 1fr))` }} onMouseLeave={() => point(-1, null)}>
        {columns.map((id, index) => {
          const info = meta.get(id);
          const article = articles.get(id);
          const wire = wireInfo(duplicates, id);
          const base = wire && !wire.member.isBase ? meta.get(wire.base.articleId) : null;
          const current = active && active.articleId === id ? { start: active.start, end: active.end } : null;
          const linkedHere = linked.get(id)?.length ?? 0;
          return (
            <section
              key={`${index}:${id}`}
              className={`cmp-col${active && active.articleId === id ? ' is-origin' : ''}`}
              aria-label={`Column ${index + 1}: ${info?.outlet ?? 'article'}`}
              data-testid="compare-column"
              data-article={id}
              data-outlet={info?.outlet}
            >
              <header className="cmp-col-head">
                <div className="cmp-col-meta">
                  <span className="reader-outlet" data-testid="column-outlet" title={info?.outlet}>
                    {info?.outlet}
                  </span>
                  <span className="cmp-col-spacer" />
                  {active && linked.size > 0 && (
                    <span className={`cmp-col-hit${linkedHere ? ' is-hit' : ''}`} data-testid="column-hit">
                      {linkedHere ? (linkedHere > 1 ? `carries it ${linkedHere}×` : 'carries it') : 'omits it'}
                    </span>
                  )}
                  {columns.length > MIN_COLUMNS && (
                    <button type="button" className="icon-button tiny cmp-col-remove" aria-label={`Remove column ${index + 1}`} onClick={() => props.onColumns(columns.filter((_, i) => i !== index))}>
                      <Icon name="x" size={12} />
                    </button>
                  )}
                </div>
                <div className="cmp-col-sub">
                  <span>{formatDate(info?.publishedAt ?? null)}</span>
                  {info && <span>{formatCount(info.wordCount)} words</span>}
                  {wire &&
                    (wire.member.isBase ? (
                      <span className="cmp-wire" data-testid="wire-note" title={`${plural(wire.group.members.length - 1, 'near-copy', 'near-copies')} of this article in the story`}>
                        <span className="badge badge-kind">Wire base</span>
                      </span>
                    ) : (
                      <span className="cmp-wire" data-testid="wire-note" title={`Near-copy of ${base?.outlet ?? 'the base'}${wire.member.titleChanged ? ', with a new headline' : ''}`}>
                        <span className="badge badge-warn">Wire copy</span>
                        <span className="cmp-added">+{wire.member.wordsAdded}</span>
                        <span className="cmp-removed">−{wire.member.wordsRemoved}</span>
                      </span>
                    ))}
                </div>
                <h2 className="cmp-col-title" title={info?.title}>
                  {info?.title}
                </h2>
                <select
                  className="input input-small cmp-col-pick"
                  aria-label={`Article in column ${index + 1}`}
                  value={id}
                  onChange={(e) => props.onColumns(columns.map((c, i) => (i === index ? Number(e.target.value) : c)))}
                >
                  {comparison.articles.map((a) => (
                    <option key={a.id} value={a.id} disabled={a.id !== id && columns.includes(a.id)}>
                      {a.outlet} — {a.title}
                    </option>
                  ))}
                </select>
              </header>
              <div
                className="cmp-text"
                tabIndex={0}
                role="region"
                aria-label={`${info?.outlet ?? 'Article'} text`}
                data-testid="compare-text"
                ref={(node) => {
                  if (node) scrollers.current.set(index, node);
                  else scrollers.current.delete(index);
                }}
                onKeyDown={(e) => onColumnKey(e, index, id)}
                onScroll={() => onScroll(index)}
                onWheel={() => lead(index)}
                onPointerDown={() => lead(index)}
                onKeyDownCapture={() => lead(index)}
              >
                {article ? (
                  <CompareText
                    body={article.body}
                    codings={spanCodings(id)}
                    lookOf={props.lookOf}
                    passages={passages.get(id) ?? []}
                    linked={linked.get(id) ?? NONE}
                    current={current}
                    diff={diffs.get(id) ?? null}
                    pick={passageAt}
                    onPointPassage={(p: ColumnPassage | null) => point(id, p)}
                    onPickPassage={(p: ColumnPassage | null, e: MouseEvent<HTMLElement>) => {
                      if (window.getSelection()?.toString()) return;
                      e.currentTarget.closest<HTMLElement>('.cmp-text')?.focus({ preventScroll: true });
                      if (p) return select(id, p);
                      // A sentence no other article shares: selected on its own (the coverage matrix can track it as a new row).
                      const seg = (e.target as HTMLElement).closest<HTMLElement>('[data-start]');
                      const at = seg ? Number(seg.dataset.start) : NaN;
                      const sentence = Number.isNaN(at) ? undefined : article.sentences.find((x) => x.start <= at && at < x.end);
                      setHover(null);
                      onFocus(
                        sentence
                          ? { articleId: id, start: sentence.start, end: sentence.end, groupKey: null, label: article.body.slice(sentence.start, sentence.end), nonce: Date.now() }
                          : null,
                      );
                    }}
                  />
                ) : (
                  <div className="cmp-loading">
                    <span className="spinner" /> Loading…
                  </div>
                )}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}
