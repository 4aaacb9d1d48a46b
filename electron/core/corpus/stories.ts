// Stories: named groups of articles about one event; an article can belong to several.
import { UserError } from '../../../shared/api/errors';
import type { Story } from '../../../shared/domain/types';
import type { ProjectContext } from '../project/context';

const SELECT_STORY = `SELECT s.id, s.name, s.description, count(sa.article_id) AS articleCount
  FROM stories s LEFT JOIN story_articles sa ON sa.story_id = s.id`;

export function listStories(ctx: ProjectContext): Story[] {
  return ctx.db.prepare(`${SELECT_STORY} GROUP BY s.id ORDER BY s.name COLLATE NOCASE`).all() as Story[];
}

export function getStory(ctx: ProjectContext, id: number): Story {
  const story = ctx.db.prepare(`${SELECT_STORY} WHERE s.id = ? GROUP BY s.id`).get(id) as Story | undefined;
  if (!story) throw new UserError(`no story with id ${id}`);
  return story;
}

function findStoryId(ctx: ProjectContext, name: string): number | undefined {
  return (ctx.db.prepare('SELECT id FROM stories WHERE name = ?').get(name) as { id: number } | undefined)?.id;
}

function assertArticlesExist(ctx: ProjectContext, articleIds: number[]) {
  const exists = ctx.db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const missing = articleIds.filter((id) => !exists.get(id));
  if (missing.length) throw new UserError(`no article with id ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`);
}

function linkArticles(ctx: ProjectContext, storyId: number, articleIds: number[]) {
  assertArticlesExist(ctx, articleIds);
  const link = ctx.db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
  for (const articleId of articleIds) link.run(storyId, articleId);
}

/** Finds a story by name or creates it; used inside an import's transaction. */
export function ensureStory(ctx: ProjectContext, name: string): number {
  return findStoryId(ctx, name) ?? Number(ctx.db.prepare('INSERT INTO stories (name, created_at) VALUES (?, ?)').run(name, ctx.now().toISOString()).lastInsertRowid);
}

export function createStory(ctx: ProjectContext, name: string, description?: string, articleIds: number[] = []): Story {
  const id = ctx.db.transaction(() => {
    if (findStoryId(ctx, name) !== undefined) throw new UserError(`a story named "${name}" already exists`);
    const storyId = Number(
      ctx.db.prepare('INSERT INTO stories (name, description, created_at) VALUES (?, ?, ?)').run(name, description ?? null, ctx.now().toISOString())
        .lastInsertRowid,
    );
    linkArticles(ctx, storyId, articleIds);
    return storyId;
  })();
  return getStory(ctx, id);
}

export function renameStory(ctx: ProjectContext, id: number, name: string): Story {
  ctx.db.transaction(() => {
    getStory(ctx, id);
    const other = findStoryId(ctx, name);
    if (other !== undefined && other !== id) throw new UserError(`a story named "${name}" already exists`);
    ctx.db.prepare('UPDATE stories SET name = ? WHERE id = ?').run(name, id);
  })();
  return getStory(ctx, id);
}

export function deleteStory(ctx: ProjectContext, id: number): { deleted: number } {
  getStory(ctx, id);
  ctx.db.prepare('DELETE FROM stories WHERE id = ?').run(id);
  return { deleted: id };
}

export function addArticlesToStory(ctx: ProjectContext, storyId: number, articleIds: number[]): Story {
  ctx.db.transaction(() => {
    getStory(ctx, storyId);
    linkArticles(ctx, storyId, articleIds);
  })();
  return getStory(ctx, storyId);
}

export function removeArticlesFromStory(ctx: ProjectContext, storyId: number, articleIds: number[]): Story {
  ctx.db.transaction(() => {
    getStory(ctx, storyId);
    const unlink = ctx.db.prepare('DELETE FROM story_articles WHERE story_id = ? AND article_id = ?');
    for (const articleId of articleIds) unlink.run(storyId, articleId);
  })();
  return getStory(ctx, storyId);
}
