// The corpus part of the contract: project files, outlets, stories, articles, search and import.
import { z } from 'zod';
import type { Article, ArticleSummary, ImportReport, Outlet, ProjectInfo, SearchHit, Story } from '../domain/types';
import { filePath, id, isoDate, method, none, page } from './schema';

export const articleFilter = z
  .object({
    outletIds: z.array(id).max(1000).optional(),
    storyId: id.optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
  })
  .strict();

export const importDefaults = z
  .object({
    outlet: z.string().trim().min(1).max(200).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    date: isoDate.optional(),
    story: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

const storyName = z.string().trim().min(1, 'a story needs a name').max(200);

export const corpusMethods = {
  'project.info': method(none).returns<ProjectInfo>(),
  'project.open': method(z.object({ path: filePath }).strict()).returns<ProjectInfo>(),
  'project.create': method(z.object({ path: filePath, sample: z.boolean().default(false) }).strict()).returns<ProjectInfo>(),
  'project.saveAs': method(z.object({ path: filePath }).strict()).returns<ProjectInfo>(),

  'outlets.list': method(none).returns<Outlet[]>(),

  'stories.list': method(none).returns<Story[]>(),
  'stories.create': method(
    z.object({ name: storyName, description: z.string().max(5000).optional(), articleIds: z.array(id).max(100_000).optional() }).strict(),
  ).returns<Story>(),
  'stories.rename': method(z.object({ id, name: storyName }).strict()).returns<Story>(),
  'stories.delete': method(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'stories.addArticles': method(z.object({ storyId: id, articleIds: z.array(id).min(1).max(100_000) }).strict()).returns<Story>(),
  'stories.removeArticles': method(z.object({ storyId: id, articleIds: z.array(id).min(1).max(100_000) }).strict()).returns<Story>(),

  'articles.list': method(z.object({ filter: articleFilter.default({}), ...page }).strict()).returns<{
    total: number;
    items: ArticleSummary[];
  }>(),
  'articles.get': method(z.object({ id }).strict()).returns<Article>(),

  'search.query': method(z.object({ query: z.string().max(1000), filter: articleFilter.default({}), ...page }).strict()).returns<{
    total: number;
    hits: SearchHit[];
  }>(),

  'import.files': method(
    z
      .object({
        files: z
          .array(z.object({ name: z.string().min(1).max(1000), base64: z.string() }).strict())
          .min(1)
          .max(1000),
        defaults: importDefaults.default({}),
      })
      .strict(),
  ).returns<ImportReport>(),
  'import.text': method(
    z.object({ text: z.string().max(10_000_000), defaults: importDefaults.default({}) }).strict(),
  ).returns<ImportReport>(),
};
