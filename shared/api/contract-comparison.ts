// The outlet-comparison part of the contract: story suggestion, near-duplicates, story comparison (alignment,
// coverage matrix, sourcing), the analyst's coverage-row edits, and per-outlet aggregates.
import { z } from 'zod';
import type { AggregateResult } from '../compare/tables';
import type { CellCoding, CoverageMatrix, DuplicateGroup, StoryComparison, StorySuggestion } from '../compare/types';
import { id, isoDate, method, name, offset } from './schema';

const passage = z
  .object({ articleId: id, start: offset, end: offset, quoteStart: offset.optional(), quoteEnd: offset.optional() })
  .strict()
  .refine((p) => p.end > p.start, 'a passage ends after it starts');
const rowKey = z.string().min(1).max(300);
const rowLabel = name('a row');
const scope = {
  storyIds: z.array(id).max(10_000).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
  outletIds: z.array(id).max(1000).optional(),
  coderIds: z.array(id).max(1000).optional(),
};

export const comparisonMethods = {
  'stories.suggest': method(
    z
      .object({
        windowDays: z.number().int().min(0).max(60).default(3),
        dateFrom: isoDate.optional(),
        dateTo: isoDate.optional(),
        includeExisting: z.boolean().default(false),
        minScore: z.number().min(0).max(1).optional(),
      })
      .strict(),
  ).returns<StorySuggestion[]>(),

  'compare.story': method(z.object({ storyId: id }).strict()).returns<StoryComparison>(),
  'compare.duplicates': method(z.object({ storyId: id.optional() }).strict()).returns<DuplicateGroup[]>(),

  'coverage.get': method(z.object({ storyId: id }).strict()).returns<CoverageMatrix>(),
  'coverage.renameRow': method(z.object({ storyId: id, rowKey, label: rowLabel }).strict()).returns<CoverageMatrix>(),
  'coverage.mergeRows': method(z.object({ storyId: id, rowKeys: z.array(rowKey).min(2).max(500), label: rowLabel.optional() }).strict()).returns<CoverageMatrix>(),
  'coverage.splitRow': method(
    z.object({ storyId: id, rowKey, passages: z.array(passage).min(1).max(1000), label: rowLabel.optional() }).strict(),
  ).returns<CoverageMatrix>(),
  'coverage.addRow': method(z.object({ storyId: id, label: rowLabel, passages: z.array(passage).max(1000).default([]) }).strict()).returns<CoverageMatrix>(),
  'coverage.resetRow': method(z.object({ storyId: id, rowKey }).strict()).returns<CoverageMatrix>(),
  'coverage.attachPassage': method(z.object({ storyId: id, rowKey, passage }).strict()).returns<CoverageMatrix>(),
  'coverage.detachPassage': method(z.object({ storyId: id, rowKey, passage }).strict()).returns<CoverageMatrix>(),

  aggregate: method(
    z
      .object({
        measure: z.enum(['frames', 'tone', 'stance', 'quotes']),
        ...scope,
        variableId: id.optional(),
        articleVariableId: id.optional(),
        targetId: id.optional(),
      })
      .strict(),
  ).returns<AggregateResult>(),
  'aggregate.cellCodings': method(
    z
      .object({
        ...scope,
        variableId: id,
        outletId: id,
        codeId: id.optional(),
        actorId: id.nullable().optional(),
        targetId: id.optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(100),
      })
      .strict(),
  ).returns<{ total: number; items: CellCoding[] }>(),
};
