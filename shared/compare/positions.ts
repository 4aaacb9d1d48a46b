// Where a passage sits in an article: its sentences, the lead (first two sentences or first paragraph), thirds.
import type { Position } from './types';

export interface SentenceSpan {
  idx: number;
  start: number;
  end: number;
}

/** End offset of the first paragraph: the first blank line, or the first line break when there are none. */
export function firstParagraphEnd(body: string): number {
  const text = body.trimStart();
  const offset = body.length - text.length;
  const blank = /\n[ \t]*\n/.exec(text);
  if (blank) return offset + blank.index;
  const line = text.indexOf('\n');
  return line >= 0 ? offset + line : body.length;
}

/** Indexes (into `sentences`, in order) of the sentences a span touches; the nearest one when it touches none. */
export function sentencesCovering(sentences: SentenceSpan[], start: number, end: number): number[] {
  const hit: number[] = [];
  sentences.forEach((s, i) => {
    if (s.end > start && s.start < end) hit.push(i);
  });
  if (hit.length || !sentences.length) return hit;
  let best = 0;
  sentences.forEach((s, i) => {
    if (Math.abs(s.start - start) < Math.abs(sentences[best].start - start)) best = i;
  });
  return [best];
}

/** Lead: one of the first two sentences, or inside the first paragraph. */
export function isLead(sentences: SentenceSpan[], index: number, paragraphEnd: number): boolean {
  return index < 2 || sentences[index].start < paragraphEnd;
}

export function positionOf(sentences: SentenceSpan[], indexes: number[], paragraphEnd: number): Position {
  return indexes.some((i) => isLead(sentences, i, paragraphEnd)) ? 'lead' : 'body';
}

export type Third = 'first' | 'second' | 'last';

export function thirdOf(offset: number, length: number): Third {
  const r = length ? offset / length : 0;
  return r < 1 / 3 ? 'first' : r < 2 / 3 ? 'second' : 'last';
}

const RANK: Record<Position, number> = { headline: 0, lead: 1, body: 2 };

/** The more prominent of two positions (headline over lead over body). */
export function mostProminent(a: Position | null, b: Position | null): Position | null {
  if (a === null) return b;
  if (b === null) return a;
  return RANK[a] <= RANK[b] ? a : b;
}

/**
 * Runs of stored sentences that read as one: the stored split breaks after every "U.S.", so "a former U.S." and
 * "Deputy Assistant Secretary…" are joined when the next sentence opens with a word that is not a function word.
 */
export function sentenceRuns(body: string, sentences: SentenceSpan[], isFunctionWord: (word: string) => boolean): number[][] {
  const runs: number[][] = [];
  sentences.forEach((s, i) => {
    const previous = runs[runs.length - 1];
    const before = i > 0 ? body.slice(Math.max(0, sentences[i - 1].end - 12), sentences[i - 1].end) : '';
    const nextWord = /^[\p{L}]+/u.exec(body.slice(s.start, s.start + 30))?.[0] ?? '';
    const gap = i > 0 ? body.slice(sentences[i - 1].end, s.start) : '\n';
    if (previous && /(?:^|[^\p{L}])(?:\p{Lu}\.){2,}$/u.test(before) && !gap.includes('\n') && nextWord && !isFunctionWord(nextWord.toLowerCase())) {
      previous.push(i);
    } else runs.push([i]);
  });
  return runs;
}
