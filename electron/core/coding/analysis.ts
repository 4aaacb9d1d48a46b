// Per-article machine suggestions: actor mentions, proposed new entities, attributed quotes with tone hints;
// and the analyst's decisions on them (accepted quotes become codings).
import { UserError } from '../../../shared/api/errors';
import type { ArticleAnalysis, EntityProposal, QuoteSuggestion } from '../../../shared/domain/coding';
import { proposeEntities } from '../actors/entities';
import { findMentions } from '../actors/mentions';
import { attributeQuotes } from '../actors/quotes';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { actorRefs, createActor } from './actors';
import { insertCode, insertVariable } from './codebook';
import { insertCoding } from './codings';
import { currentCoder } from './coders';
import { countMentions } from './mention-counts';
import { hintFromSentences, sentencesOf } from './tone-hints';

/** The built-in variable accepted quotes are coded with; fixed GUIDs keep exports stable across projects. */
export const QUOTATION = {
  guid: '1033918a-cd7b-4f7c-bc5e-a0d7ddff07cb',
  name: 'Quotation',
  direct: { guid: 'c870de0f-7c77-495a-8ba8-30b3efa3cd0d', label: 'Direct quote', numericCode: 1, color: '#6b7a8f', shortcut: 'q' },
  reported: { guid: '6fa8a08f-34b2-4ef5-ae69-575d5a30f752', label: 'Reported speech', numericCode: 2, color: '#a3927a', shortcut: 'r' },
};

function articleBody(ctx: ProjectContext, articleId: number): string {
  const body = ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string | undefined;
  if (body === undefined) throw new UserError(`no article with id ${articleId}`);
  return body;
}


function dismissedNames(ctx: ProjectContext): string[] {
  return ctx.db.prepare('SELECT name FROM dismissed_entities').pluck().all() as string[];
}

export function analyzeArticle(ctx: ProjectContext, articleId: number): ArticleAnalysis {
  const body = articleBody(ctx, articleId);
  const actors = actorRefs(ctx);
  const sentences = sentencesOf(ctx, articleId);
  const decisions = new Map(
    (ctx.db.prepare('SELECT quote_key, status, coding_id FROM quote_decisions WHERE article_id = ?').all(articleId) as {
      quote_key: string;
      status: 'accepted' | 'rejected';
      coding_id: number | null;
    }[]).map((d) => [d.quote_key, d]),
  );
  const quotes: QuoteSuggestion[] = attributeQuotes(body, actors).map((q) => {
    const decision = decisions.get(q.key);
    return {
      ...q,
      tone: hintFromSentences(sentences.filter((s) => s.end > q.start && s.start < q.end)),
      status: decision?.status ?? 'pending',
      codingId: decision?.coding_id ?? null,
    };
  });
  return {
    mentions: findMentions(body, actors),
    proposals: proposeEntities(body, actors, dismissedNames(ctx)),
    quotes,
    articleTone: hintFromSentences(sentences),
  };
}

function quotationVariable(ctx: ProjectContext): { variableId: number; direct: number; reported: number } {
  let variableId = ctx.db.prepare('SELECT id FROM variables WHERE guid = ?').pluck().get(QUOTATION.guid) as number | undefined;
  if (variableId === undefined) {
    variableId = insertVariable(ctx, {
      guid: QUOTATION.guid,
      name: QUOTATION.name,
      definition: 'Words attributed to a speaker, as a direct quotation or as reported speech. The actor is the speaker.',
      inclusion: 'Direct quotations in quotation marks and reported speech with a speech verb (said, warned, told, according to).',
      exclusion: 'Scare quotes and quoted titles that nobody is reported as saying.',
      example: '"It could complicate the Israelis\' ability to get their citizens back," Mulroy warned.',
      unit: 'span',
      level: 'nominal',
      kind: 'quote',
    });
    insertCode(ctx, variableId, null, QUOTATION.direct);
    insertCode(ctx, variableId, null, QUOTATION.reported);
  }
  const code = (guid: string) => ctx.db.prepare('SELECT id FROM codes WHERE guid = ?').pluck().get(guid) as number;
  return { variableId, direct: code(QUOTATION.direct.guid), reported: code(QUOTATION.reported.guid) };
}

function findSuggestion(ctx: ProjectContext, articleId: number, key: string): QuoteSuggestion {
  const found = analyzeArticle(ctx, articleId).quotes.find((q) => q.key === key);
  if (!found) throw new UserError(`no quote suggestion ${key} in article ${articleId}`);
  return found;
}

export interface QuoteCorrection {
  speakerActorId?: number | null;
  start?: number;
  end?: number;
}

/** Accepting (optionally with a corrected speaker or span) codes the quote with the speaker as actor. */
export function acceptQuote(ctx: ProjectContext, articleId: number, key: string, correction: QuoteCorrection = {}): QuoteSuggestion {
  const suggestion = findSuggestion(ctx, articleId, key);
  const speaker = correction.speakerActorId !== undefined ? correction.speakerActorId : (suggestion.speaker?.actorId ?? null);
  const label = suggestion.text.length > 40 ? `${suggestion.text.slice(0, 40)}…` : suggestion.text;
  recordAction(ctx, `Accept quote "${label}"`, () => {
    const quotation = quotationVariable(ctx);
    const codingId = insertCoding(
      ctx,
      {
        articleId,
        variableId: quotation.variableId,
        codeId: suggestion.kind === 'direct' ? quotation.direct : quotation.reported,
        start: correction.start ?? suggestion.start,
        end: correction.end ?? suggestion.end,
        actorId: speaker,
        memo: suggestion.evidence,
      },
      currentCoder(ctx).id,
    );
    decide(ctx, articleId, key, 'accepted', codingId);
  });
  return findSuggestion(ctx, articleId, key);
}

/** Rejecting an accepted quote also removes the coding accepting it made. */
export function rejectQuote(ctx: ProjectContext, articleId: number, key: string): QuoteSuggestion {
  const suggestion = findSuggestion(ctx, articleId, key);
  recordAction(ctx, 'Reject quote suggestion', () => {
    if (suggestion.codingId !== null) ctx.db.prepare('DELETE FROM codings WHERE id = ?').run(suggestion.codingId);
    decide(ctx, articleId, key, 'rejected', null);
  });
  return findSuggestion(ctx, articleId, key);
}

function decide(ctx: ProjectContext, articleId: number, key: string, status: 'accepted' | 'rejected', codingId: number | null) {
  ctx.db
    .prepare(
      `INSERT INTO quote_decisions (article_id, quote_key, status, coding_id) VALUES (?, ?, ?, ?)
       ON CONFLICT(article_id, quote_key) DO UPDATE SET status = excluded.status, coding_id = excluded.coding_id`,
    )
    .run(articleId, key, status, codingId);
}

const ACTOR_KIND: Record<EntityProposal['kind'], 'person' | 'organization' | 'country'> = { person: 'person', organization: 'organization', place: 'country' };

export function acceptEntity(ctx: ProjectContext, text: string, kind: EntityProposal['kind']) {
  return createActor(ctx, { name: text, kind: ACTOR_KIND[kind] });
}

export function dismissEntity(ctx: ProjectContext, text: string): { dismissed: string } {
  recordAction(ctx, `Dismiss "${text}"`, () => ctx.db.prepare('INSERT OR IGNORE INTO dismissed_entities (name) VALUES (?)').run(text));
  return { dismissed: text };
}

/** Mention counts of every actor across the project, or in one article (for the CLI and the actor list). */
export function mentionCounts(ctx: ProjectContext, articleId?: number): Map<number, number> {
  return countMentions(ctx.db, actorRefs(ctx), articleId);
}
