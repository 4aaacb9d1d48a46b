// Imports files into the project: each file is one transaction; a bad file is reported and changes nothing.
import { z } from 'zod';
import type { importDefaults } from '../../../shared/api/contract-corpus';
import type { ImportFileReport, ImportReport } from '../../../shared/domain/types';
import { countWords } from '../../../shared/text/words';
import { parseSource } from '../import/parse-source';
import { parseText } from '../import/parse-text';
import { ImportError, type ImportSource, type ParsedArticle } from '../import/types';
import type { ProjectContext } from '../project/context';
import { contentHash } from './content-hash';
import { ensureOutlet } from './outlets';
import { ensureStory } from './stories';
import { scoreSentences } from './tone';

export type ImportDefaults = z.output<typeof importDefaults>;

export const UNKNOWN_OUTLET = 'Unknown outlet';

/** The outlet the user chose overrides detection; date and title fill in only what the file lacks. */
function resolveMetadata(article: ParsedArticle, defaults: ImportDefaults) {
  const host = article.url ? safeHost(article.url) : undefined;
  return {
    outlet: defaults.outlet ?? article.outlet ?? host ?? UNKNOWN_OUTLET,
    title: article.title ?? defaults.title ?? firstWords(article.body),
    publishedAt: article.publishedAt ?? defaults.date ?? null,
  };
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

function firstWords(body: string): string {
  const words = body.trim().split(/\s+/).slice(0, 12).join(' ');
  return words.length < body.trim().length ? `${words}…` : words;
}

function insertStatements(ctx: ProjectContext) {
  return {
    existing: ctx.db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck(),
    article: ctx.db.prepare(
      `INSERT INTO articles (title, outlet_id, author, published_at, url, language, body, source_file, content_hash, imported_at, word_count)
       VALUES (@title, @outletId, @author, @publishedAt, @url, @language, @body, @sourceFile, @hash, @importedAt, @wordCount)`,
    ),
    sentence: ctx.db.prepare(
      'INSERT INTO sentences (article_id, idx, start, end, afinn_score, afinn_comparative, afinn_words) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ),
    story: ctx.db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)'),
  };
}

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Writes one file's articles in one transaction. */
function writeArticles(ctx: ProjectContext, file: string, articles: ParsedArticle[], defaults: ImportDefaults): ImportFileReport {
  const statements = insertStatements(ctx);
  const importedAt = ctx.now().toISOString();
  const outletIds = new Map<string, number>();
  const outletId = (name: string) => outletIds.get(name) ?? outletIds.set(name, ensureOutlet(ctx, name)).get(name)!;
  return ctx.db.transaction((): ImportFileReport => {
    const storyId = defaults.story ? ensureStory(ctx, defaults.story) : undefined;
    const articleIds: number[] = [];
    let duplicates = 0;
    for (const article of articles) {
      const hash = contentHash(article.body);
      if (statements.existing.get(hash) !== undefined) {
        duplicates++;
        continue;
      }
      const meta = resolveMetadata(article, defaults);
      const id = Number(
        statements.article.run({
          title: meta.title,
          outletId: outletId(meta.outlet),
          author: article.author ?? null,
          publishedAt: meta.publishedAt,
          url: article.url ?? null,
          language: article.language ?? null,
          body: article.body,
          sourceFile: file,
          hash,
          importedAt,
          wordCount: countWords(article.body),
        }).lastInsertRowid,
      );
      scoreSentences(article.body).forEach((s, index) =>
        statements.sentence.run(id, index, s.start, s.end, s.score, s.comparative, JSON.stringify(s.words)),
      );
      if (storyId !== undefined) statements.story.run(storyId, id);
      articleIds.push(id);
    }
    const imported = articleIds.length;
    const message = [imported ? `${plural(imported, 'article')} imported` : '', duplicates ? `${plural(duplicates, 'duplicate')} skipped (already in the project)` : '']
      .filter(Boolean)
      .join(', ');
    return { file, status: imported ? 'imported' : 'duplicate', imported, duplicates, message, articleIds };
  })();
}

function failed(file: string, message: string): ImportFileReport {
  return { file, status: 'failed', imported: 0, duplicates: 0, message, articleIds: [] };
}

function oneLine(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not import: ${message.split('\n')[0]}`;
}

function importParsed(ctx: ProjectContext, file: string, parse: () => ParsedArticle[], defaults: ImportDefaults): ImportFileReport {
  try {
    return writeArticles(ctx, file, parse(), defaults);
  } catch (error) {
    return failed(file, oneLine(error));
  }
}

export function summarize(files: ImportFileReport[]): ImportReport {
  return {
    files,
    imported: files.reduce((n, f) => n + f.imported, 0),
    duplicates: files.reduce((n, f) => n + f.duplicates, 0),
    failed: files.filter((f) => f.status === 'failed').length,
  };
}

export function importSources(ctx: ProjectContext, sources: ImportSource[], defaults: ImportDefaults = {}): ImportReport {
  return summarize(sources.map((source) => importParsed(ctx, source.name, () => parseSource(source), defaults)));
}

export function importPastedText(ctx: ProjectContext, text: string, defaults: ImportDefaults = {}): ImportReport {
  return summarize([
    importParsed(
      ctx,
      'pasted text',
      () => {
        if (!text.trim()) throw new ImportError('the pasted text is empty');
        const clean = text.replace(/\r\n?/g, '\n').normalize('NFC');
        // A title typed beside pasted text is the title; the text is then all body.
        return [defaults.title ? { title: defaults.title, body: clean.trim() } : parseText(clean)];
      },
      defaults,
    ),
  ]);
}
