// Text sources of an imported .qdpx as articles: the text is kept exactly (selections point into it), metadata
// comes from the source's variables, a source already in the project (same text) is reused, sets become stories.
import { articleWriter } from '../corpus/article-writer';
import { contentHash } from '../corpus/content-hash';
import { UNKNOWN_OUTLET } from '../corpus/import-service';
import { ensureOutlet } from '../corpus/outlets';
import { ensureStory } from '../corpus/stories';
import { normalizeDate } from '../import/dates';
import { prepareArticle } from '../import/prepare';
import type { ProjectContext } from '../project/context';
import type { PlannedSource, ProjectPlan } from './qdpx-read';
import type { ReportBuilder } from './report';

/** Source variable names (lower case) that map to article fields. */
const FIELDS: Record<string, 'outlet' | 'date' | 'author' | 'url' | 'language'> = {
  outlet: 'outlet', source: 'outlet', publication: 'outlet', medium: 'outlet', newspaper: 'outlet',
  date: 'date', published: 'date', published_at: 'date', 'publication date': 'date',
  author: 'author', byline: 'author', url: 'url', link: 'url', language: 'language', lang: 'language',
};

const validTime = (text: string | undefined) => (text && !Number.isNaN(Date.parse(text)) ? text : undefined);

export class SourceArticles {
  private readonly existing;
  private readonly write;

  constructor(
    private readonly ctx: ProjectContext,
    private readonly file: string,
    private readonly report: ReportBuilder,
  ) {
    this.existing = ctx.db.prepare('SELECT id, body FROM articles WHERE content_hash = ?');
    this.write = articleWriter(ctx);
  }

  /** The article holding the source's text (added if needed), or undefined when the source cannot be used. */
  articleFor(source: PlannedSource): number | undefined {
    const text = source.text;
    if (text === undefined) return undefined;
    if (!text.trim()) {
      this.report.unmap(`source "${source.name}" is empty; not imported`);
      return undefined;
    }
    const hash = contentHash(text);
    const found = this.existing.get(hash) as { id: number; body: string } | undefined;
    if (found && found.body === text) {
      this.report.outcome('unchanged', `article "${source.name}" (already in the project as #${found.id})`);
      return found.id;
    }
    if (found) {
      this.report.unmap(`source "${source.name}" differs from article #${found.id} only in white space; it and its codings were not imported`);
      return undefined;
    }
    const meta: Partial<Record<'outlet' | 'date' | 'author' | 'url' | 'language', string>> = {};
    for (const [name, value] of source.values) {
      const field = FIELDS[name.trim().toLowerCase()];
      if (field) meta[field] = value.trim();
      else this.report.unmap(`source variable "${name}" not imported: Framebench articles have no custom attributes`);
    }
    const id = this.write({
      ...prepareArticle({ body: text }),
      title: source.name.trim() || 'Untitled source',
      outletId: ensureOutlet(this.ctx, meta.outlet || UNKNOWN_OUTLET),
      author: meta.author || undefined,
      publishedAt: normalizeDate(meta.date) ?? null,
      url: meta.url || undefined,
      language: meta.language || undefined,
      body: text,
      sourceFile: this.file,
      // The time the source joined the exporting project; a .qdpx round trip keeps it.
      importedAt: validTime(source.createdAt) ?? this.ctx.now().toISOString(),
    });
    this.report.outcome('added', `article "${source.name}"`);
    return id;
  }

  /** Sets of sources become stories (found or created by name). */
  addStories(stories: ProjectPlan['stories'], articleIds: Map<string, number>) {
    const link = this.ctx.db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
    for (const story of stories) {
      const ids = story.sourceGuids.flatMap((guid) => articleIds.get(guid) ?? []);
      if (!ids.length) continue;
      const storyId = ensureStory(this.ctx, story.name);
      if (story.description) this.ctx.db.prepare('UPDATE stories SET description = coalesce(description, ?) WHERE id = ?').run(story.description, storyId);
      const linked = ids.reduce((n, id) => n + link.run(storyId, id).changes, 0);
      if (linked) this.report.outcome('added', `${linked} article${linked === 1 ? '' : 's'} to the story "${story.name}"`, undefined, linked);
    }
  }
}
