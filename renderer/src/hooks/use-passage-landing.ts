// Landing on a passage asked for from Compare or Reliability: selected, scrolled to the middle and flashed for a
// moment, with the current coder's coding of exactly that span made the active one.
import { useEffect, useRef, useState } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import type { TextRange } from '../lib/paragraphs';

/** A passage of an article to land on in the Code view: selected, scrolled to the middle, flashed for a moment. */
export interface PassageToShow {
  articleId: number;
  start: number;
  end: number;
}

const ARRIVAL_FLASH_MS = 1600;

interface PassageLandingArgs {
  passageToShow: PassageToShow | null;
  /** The Code view is open (landing waits for it). */
  coding: boolean;
  article: Article | null;
  onPassageShown(): void;
  range: TextRange | null;
  /** The article's span codings, in text order. */
  spanCodings: Coding[];
  land(span: TextRange): void;
  setActiveCodingId(id: number): void;
}

/** Whether the landed-on passage is flashing right now. */
export function usePassageLanding({ passageToShow, coding, article, onPassageShown, range, spanCodings, land, setActiveCodingId }: PassageLandingArgs): boolean {
  const landedOn = useRef<TextRange | null>(null);
  const [arriving, setArriving] = useState(false);

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

  // Effects run in order: this hook comes after the selection's reset on a new article, so the landing's selection
  // stays, and this effect after the one above, which must not see the span before it is selected.
  useEffect(() => {
    if (!passageToShow || !coding || !article) return;
    onPassageShown();
    if (article.id !== passageToShow.articleId) return;
    const span = { start: passageToShow.start, end: Math.min(passageToShow.end, article.body.length) };
    landedOn.current = span;
    land(span);
    setArriving(true);
  }, [passageToShow, coding, article, onPassageShown, land]);

  useEffect(() => {
    if (!arriving) return;
    const timer = window.setTimeout(() => setArriving(false), ARRIVAL_FLASH_MS);
    return () => window.clearTimeout(timer);
  }, [arriving]);

  return arriving;
}
