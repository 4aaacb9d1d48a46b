// The one API contract: every method's argument schema (validated at the boundary) and result type.
import { z } from 'zod';
import type {
  Actor,
  ArticleAnalysis,
  Code,
  Coder,
  Coding,
  HistoryState,
  QuoteSuggestion,
  Target,
  TemplateInfo,
  ToneHint,
  Variable,
} from '../domain/coding';
import type {
  Article,
  ArticleSummary,
  ImportReport,
  Outlet,
  ProjectInfo,
  SearchHit,
  Story,
} from '../domain/types';

function method<A extends z.ZodType>(args: A) {
  return { returns: <R>() => ({ args, result: undefined as unknown as R }) };
}

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const none = z.object({}).strict();

export const articleFilter = z
  .object({
    outletIds: z.array(id).max(1000).optional(),
    storyId: id.optional(),
    dateFrom: isoDate.optional(),
    dateTo: isoDate.optional(),
  })
  .strict();

const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000).default(100) };

export const importDefaults = z
  .object({
    outlet: z.string().trim().min(1).max(200).optional(),
    title: z.string().trim().min(1).max(500).optional(),
    date: isoDate.optional(),
    story: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

const name = (what: string) => z.string().trim().min(1, `${what} needs a name`).max(300);
const text = z.string().max(100_000);
const unit = z.enum(['span', 'article']);
const level = z.enum(['nominal', 'ordinal', 'interval', 'ratio']);
const kind = z.enum(['category', 'stance', 'tone', 'quote']);
const actorKind = z.enum(['person', 'government', 'organization', 'group', 'country']);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
const shortcut = z.string().regex(/^[a-zA-Z0-9]$/, 'a shortcut is one letter or digit').nullable();
const offset = z.number().int().min(0);

const variableFields = {
  name: name('a variable'),
  definition: text.optional(),
  inclusion: text.optional(),
  exclusion: text.optional(),
  example: text.optional(),
};
const codeFields = {
  label: name('a code'),
  description: text.optional(),
  numericCode: z.number().finite().nullable().optional(),
  color: color.optional(),
  shortcut: shortcut.optional(),
};
const actorFields = {
  name: name('an actor'),
  kind: actorKind,
  affiliation: z.string().trim().max(300).nullable().optional(),
  aliases: z.array(z.string().max(300)).max(200).optional(),
};

const storyName = z.string().trim().min(1, 'a story needs a name').max(200);
const filePath = z.string().trim().min(1, 'a file path is required').max(4096);

export const contract = {
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

  'coders.list': method(none).returns<Coder[]>(),
  'coders.current': method(none).returns<Coder>(),
  'coders.setCurrent': method(z.object({ name: name('a coder') }).strict()).returns<Coder>(),

  'codebook.get': method(z.object({ includeArchived: z.boolean().default(false) }).strict()).returns<Variable[]>(),
  'codebook.templates': method(none).returns<TemplateInfo[]>(),
  'codebook.loadTemplate': method(z.object({ template: z.string().min(1).max(200) }).strict()).returns<{ added: string[]; skipped: string[] }>(),
  'variables.create': method(z.object({ ...variableFields, unit, level, kind: kind.default('category') }).strict()).returns<Variable>(),
  'variables.update': method(
    z.object({ id, ...variableFields, name: variableFields.name.optional(), unit: unit.optional(), level: level.optional(), kind: kind.optional(), archived: z.boolean().optional() }).strict(),
  ).returns<Variable>(),
  'variables.move': method(z.object({ id, position: z.number().int().min(0) }).strict()).returns<Variable[]>(),
  'variables.delete': method(z.object({ id, force: z.boolean().default(false) }).strict()).returns<{ deleted: number; codings: number }>(),
  'codes.create': method(z.object({ variableId: id, parentId: id.nullable().default(null), ...codeFields }).strict()).returns<Code>(),
  'codes.update': method(z.object({ id, ...codeFields, label: codeFields.label.optional(), archived: z.boolean().optional() }).strict()).returns<Code>(),
  'codes.move': method(z.object({ id, parentId: id.nullable(), position: z.number().int().min(0) }).strict()).returns<Code>(),
  'codes.merge': method(z.object({ sourceId: id, targetId: id }).strict()).returns<Code>(),
  'codes.usage': method(z.object({ id }).strict()).returns<{ codings: number; children: number }>(),
  'codes.delete': method(z.object({ id, force: z.boolean().default(false) }).strict()).returns<{ deleted: number; codings: number }>(),

  'actors.list': method(none).returns<(Actor & { mentions: number })[]>(),
  'actors.create': method(z.object(actorFields).strict()).returns<Actor>(),
  'actors.update': method(z.object({ id, ...actorFields, name: actorFields.name.optional(), kind: actorKind.optional() }).strict()).returns<Actor>(),
  'actors.merge': method(z.object({ sourceId: id, targetId: id }).strict()).returns<Actor>(),
  'actors.delete': method(z.object({ id }).strict()).returns<{ deleted: number }>(),
  'targets.list': method(none).returns<Target[]>(),
  'targets.create': method(z.object({ name: name('a target'), description: text.optional() }).strict()).returns<Target>(),
  'targets.update': method(z.object({ id, name: name('a target').optional(), description: text.optional() }).strict()).returns<Target>(),
  'targets.delete': method(z.object({ id }).strict()).returns<{ deleted: number }>(),

  'codings.list': method(z.object({ articleId: id, coderId: id.optional() }).strict()).returns<Coding[]>(),
  'codings.create': method(
    z
      .object({
        articleId: id,
        variableId: id,
        codeId: id,
        start: offset.optional(),
        end: offset.optional(),
        actorId: id.nullable().optional(),
        targetId: id.nullable().optional(),
        memo: text.optional(),
      })
      .strict(),
  ).returns<Coding>(),
  'codings.update': method(
    z
      .object({ id, codeId: id.optional(), start: offset.optional(), end: offset.optional(), actorId: id.nullable().optional(), targetId: id.nullable().optional(), memo: text.optional() })
      .strict(),
  ).returns<Coding>(),
  'codings.delete': method(z.object({ id }).strict()).returns<{ deleted: number }>(),

  'memos.get': method(z.object({ articleId: id.nullable() }).strict()).returns<string>(),
  'memos.set': method(z.object({ articleId: id.nullable(), text }).strict()).returns<string>(),

  'analysis.article': method(z.object({ articleId: id }).strict()).returns<ArticleAnalysis>(),
  'analysis.tone': method(z.object({ articleId: id, start: offset.optional(), end: offset.optional() }).strict()).returns<ToneHint>(),
  'quotes.accept': method(
    z.object({ articleId: id, key: z.string().max(100), speakerActorId: id.nullable().optional(), start: offset.optional(), end: offset.optional() }).strict(),
  ).returns<QuoteSuggestion>(),
  'quotes.reject': method(z.object({ articleId: id, key: z.string().max(100) }).strict()).returns<QuoteSuggestion>(),
  'entities.accept': method(z.object({ text: name('an entity'), kind: z.enum(['person', 'organization', 'place']) }).strict()).returns<Actor>(),
  'entities.dismiss': method(z.object({ text: name('an entity') }).strict()).returns<{ dismissed: string }>(),

  'history.state': method(none).returns<HistoryState>(),
  'history.undo': method(none).returns<HistoryState>(),
  'history.redo': method(none).returns<HistoryState>(),
};

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Args<M extends Method> = z.input<Contract[M]['args']>;
export type ParsedArgs<M extends Method> = z.output<Contract[M]['args']>;
export type Result<M extends Method> = Contract[M]['result'];

export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => Result<M> | Promise<Result<M>> };

export type ApiError = { code: 'user' | 'invalid-args' | 'unknown-method' | 'internal'; message: string };
export type ApiResponse<R = unknown> = { ok: true; result: R } | { ok: false; error: ApiError };

/** What the renderer talks to; it never knows which transport is behind it. */
export interface ApiClient {
  call<M extends Method>(method: M, ...args: {} extends Args<M> ? [Args<M>?] : [Args<M>]): Promise<Result<M>>;
}

export const methods = Object.keys(contract) as Method[];
