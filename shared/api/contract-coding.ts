// The coding part of the contract: coders, codebook, actors and targets, codings, memos, suggestions, history.
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
import { id, method, name, none, offset, text } from './schema';

const unit = z.enum(['span', 'article']);
const level = z.enum(['nominal', 'ordinal', 'interval', 'ratio']);
const kind = z.enum(['category', 'stance', 'tone', 'quote']);
const actorKind = z.enum(['person', 'government', 'organization', 'group', 'country']);
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
const shortcut = z.string().regex(/^[a-zA-Z0-9]$/, 'a shortcut is one letter or digit').nullable();
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

export const codingMethods = {
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

  'actors.list': method(none).returns<Actor[]>(),
  /** How often each actor's names and aliases occur across the project (counted apart: seconds on a large one). */
  'actors.mentions': method(none).returns<{ id: number; mentions: number }[]>(),
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
