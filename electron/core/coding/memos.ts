// Memos on the project and on articles (coding memos live on the coding itself).
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';

export function getMemo(ctx: ProjectContext, articleId: number | null): string {
  return (ctx.db.prepare('SELECT text FROM memos WHERE coalesce(article_id, 0) = ?').pluck().get(articleId ?? 0) as string | undefined) ?? '';
}

export function setMemo(ctx: ProjectContext, articleId: number | null, text: string): string {
  const label = articleId ? `Edit memo of article #${articleId}` : 'Edit project memo';
  recordAction(ctx, label, () => {
    if (!text.trim()) ctx.db.prepare('DELETE FROM memos WHERE coalesce(article_id, 0) = ?').run(articleId ?? 0);
    else
      ctx.db
        .prepare(
          `INSERT INTO memos (article_id, text, updated_at) VALUES (?, ?, ?)
           ON CONFLICT(coalesce(article_id, 0)) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
        )
        .run(articleId, text, ctx.now().toISOString());
  }, { coalesce: true });
  return getMemo(ctx, articleId);
}
