// The Code view's selection in the article body: the selected span with the active coding and open memo that go with
// it, cleared on another article, moved by sentence and word, and scrolled into view once moved.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../shared/domain/types';
import type { TextRange } from '../lib/paragraphs';
import { extendBy, moveBy, rangeOf, wordRanges, type TextSelection } from '../lib/text-nav';

export function useReaderSelection(article: Article | null) {
  const articleId = article?.id ?? null;
  const body = article?.body ?? '';
  const [sel, setSel] = useState<TextSelection | null>(null);
  const [activeCodingId, setActiveCodingId] = useState<number | null>(null);
  const [memoOpenId, setMemoOpenId] = useState<number | null>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const scrollToSelection = useRef(false);
  const centerSelection = useRef(false);

  useEffect(() => {
    setSel(null);
    setActiveCodingId(null);
    setMemoOpenId(null);
  }, [articleId]);

  const sentences = useMemo(() => [...(article?.sentences ?? [])].sort((a, b) => a.start - b.start), [article]);
  const words = useMemo(() => wordRanges(body), [body]);

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

  /** Selects a span shown from elsewhere (the margin, a suggestion, the team's codings), with the coding to make active. */
  const show = (span: TextRange, codingId: number | null = null) => {
    scrollToSelection.current = true;
    setSel({ anchor: span.start, focus: span.end });
    setActiveCodingId(codingId);
  };

  /** Lands on a passage asked for from another view: selected and scrolled to the middle. */
  const land = useCallback((span: TextRange) => {
    scrollToSelection.current = true;
    centerSelection.current = true;
    setSel({ anchor: span.start, focus: span.end });
  }, []);

  return {
    sel,
    setSel,
    range: sel && sel.anchor !== sel.focus ? rangeOf(sel) : null,
    bodyRef,
    select,
    show,
    land,
    moveSentence: (dir: 1 | -1, extend: boolean) => select(extend ? extendBy(sentences, sel, dir) : moveBy(sentences, sel, dir)),
    moveWord: (dir: 1 | -1, extend: boolean) => select(extend ? extendBy(words, sel, dir) : moveBy(words, sel, dir, true)),
    activeCodingId,
    setActiveCodingId,
    memoOpenId,
    setMemoOpenId,
  };
}

export type ReaderSelection = ReturnType<typeof useReaderSelection>;
