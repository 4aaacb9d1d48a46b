// Tone hints from the stored AFINN sentence scores: never recomputed, never written unless accepted.
import type { ToneHint, ToneWord } from '../../../shared/domain/coding';
import type { SentenceRow } from '../corpus/articles';
import type { ProjectContext } from '../project/context';

/** Places an AFINN sum on the -2..+2 tone scale; the rule is shown to the analyst beside the hint. */
export function suggestTone(score: number): ToneHint['suggested'] {
  const value = score <= -4 ? -2 : score < 0 ? -1 : score === 0 ? 0 : score < 4 ? 1 : 2;
  const band = score <= -4 ? '≤ −4' : score < 0 ? '−3…−1' : score === 0 ? '0' : score < 4 ? '+1…+3' : '≥ +4';
  return { value, rule: `AFINN sum ${score > 0 ? '+' : ''}${score} is in ${band} → ${value > 0 ? '+' : ''}${value}` };
}

export function hintFromSentences(rows: SentenceRow[]): ToneHint {
  const sentences = rows.map((r) => ({
    index: r.idx,
    start: r.start,
    end: r.end,
    score: r.afinn_score,
    comparative: r.afinn_comparative,
    words: JSON.parse(r.afinn_words) as ToneWord[],
  }));
  const score = sentences.reduce((n, s) => n + s.score, 0);
  const comparative = sentences.length ? sentences.reduce((n, s) => n + s.comparative, 0) / sentences.length : 0;
  return { score, comparative, words: sentences.flatMap((s) => s.words), sentences, suggested: suggestTone(score) };
}

/** The tone of the stored sentences a span touches (the whole article when no span is given). */
export function toneHint(ctx: ProjectContext, articleId: number, start?: number, end?: number): ToneHint {
  const rows =
    start === undefined || end === undefined
      ? ctx.db.prepare('SELECT * FROM sentences WHERE article_id = ? ORDER BY idx').all(articleId)
      : ctx.db.prepare('SELECT * FROM sentences WHERE article_id = ? AND end > ? AND start < ? ORDER BY idx').all(articleId, start, end);
  return hintFromSentences(rows as SentenceRow[]);
}

export function sentencesOf(ctx: ProjectContext, articleId: number): SentenceRow[] {
  return ctx.db.prepare('SELECT * FROM sentences WHERE article_id = ? ORDER BY idx').all(articleId) as SentenceRow[];
}
