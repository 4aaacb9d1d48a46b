// Imports files into the project: each file is one transaction; a bad file is reported and changes nothing.
import { z } from 'zod';
import type { importDefaults } from '../../../shared/api/contract-corpus';
import type { ImportFileReport, ImportReport } from '../../../shared/domain/types';
import { withNewlines } from '../import/decode';
import { oneLine, prepareParsed, prepareSource, type PreparedArticle, type PreparedFile } from '../import/prepare';
import { preparedInOrder } from '../import/prepare-pool';
import { parseText } from '../import/parse-text';
import { ImportError, type ImportSource, type ParsedArticle } from '../import/types';
import type { ProjectContext } from '../project/context';
import { articleWriter } from './article-writer';
import { ensureOutlet } from './outlets';
import { ensureStory } from './stories';

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

function plural(n: number, word: string) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Writes one file's prepared articles in one transaction. */
function writeArticles(ctx: ProjectContext, file: string, articles: PreparedArticle[], defaults: ImportDefaults): ImportFileReport {
  const existing = ctx.db.prepare('SELECT id FROM articles WHERE content_hash = ?').pluck();
  const linkStory = ctx.db.prepare('INSERT OR IGNORE INTO story_articles (story_id, article_id) VALUES (?, ?)');
  const write = articleWriter(ctx);
  const importedAt = ctx.now().toISOString();
  const outletIds = new Map<string, number>();
  const outletId = (name: string) => outletIds.get(name) ?? outletIds.set(name, ensureOutlet(ctx, name)).get(name)!;
  return ctx.db.transaction((): ImportFileReport => {
    const storyId = defaults.story ? ensureStory(ctx, defaults.story) : undefined;
    const articleIds: number[] = [];
    let duplicates = 0;
    for (const article of articles) {
      if (existing.get(article.hash) !== undefined) {
        duplicates++;
        continue;
      }
      const meta = resolveMetadata(article, defaults);
      const id = write({ ...article, title: meta.title, outletId: outletId(meta.outlet), publishedAt: meta.publishedAt, sourceFile: file, importedAt });
      if (storyId !== undefined) linkStory.run(storyId, id);
      articleIds.push(id);
    }
    const imported = articleIds.length;
    const message = [imported ? `${plural(imported, 'article')} imported` : '', duplicates ? `${plural(duplicates, 'duplicate')} skipped (already in the project)` : '']
      .filter(Boolean)
      .join(', ');
    return { file, status: imported ? 'imported' : 'duplicate', imported, duplicates, message, articleIds };
  })();
}

function importPrepared(ctx: ProjectContext, file: string, prepared: PreparedFile, defaults: ImportDefaults): ImportFileReport {
  if (!prepared.ok) return { file, status: 'failed', imported: 0, duplicates: 0, message: prepared.message, articleIds: [] };
  try {
    return writeArticles(ctx, file, prepared.articles, defaults);
  } catch (error) {
    return { file, status: 'failed', imported: 0, duplicates: 0, message: oneLine(error), articleIds: [] };
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

/** Imports in this thread; for a handful of files, where starting worker threads would cost more. */
export function importSources(ctx: ProjectContext, sources: ImportSource[], defaults: ImportDefaults = {}): ImportReport {
  return summarize(sources.map((source) => importPrepared(ctx, source.name, prepareSource(source), defaults)));
}

/** Imports with the files parsed and scored in worker threads, ahead of the file being written. */
export async function importSourcesInParallel(ctx: ProjectContext, sources: ImportSource[], defaults: ImportDefaults = {}): Promise<ImportReport> {
  const files: ImportFileReport[] = [];
  for await (const prepared of preparedInOrder(sources)) files.push(importPrepared(ctx, sources[files.length].name, prepared, defaults));
  return summarize(files);
}

export function importPastedText(ctx: ProjectContext, text: string, defaults: ImportDefaults = {}): ImportReport {
  return summarize([
    importPrepared(
      ctx,
      'pasted text',
      prepareParsed(() => {
        if (!text.trim()) throw new ImportError('the pasted text is empty');
        const clean = withNewlines(text).normalize('NFC');
        // A title typed beside pasted text is the title; the text is then all body.
        return [defaults.title ? { title: defaults.title, body: clean.trim() } : parseText(clean)];
      }),
      defaults,
    ),
  ]);
}
