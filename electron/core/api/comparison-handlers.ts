// The outlet-comparison methods of the contract implemented over the core.
import type { HandlersFor } from '../../../shared/api/contract';
import type { comparisonMethods } from '../../../shared/api/contract-comparison';
import { aggregate, cellCodings } from '../comparison/aggregate';
import { compareStory } from '../comparison/compare-story';
import { addRow, attachPassage, detachPassage, mergeRows, renameRow, resetRow, splitRow } from '../comparison/coverage-edits';
import { findDuplicates } from '../comparison/duplicates';
import { analyzeStory } from '../comparison/story-coverage';
import { suggestStories } from '../comparison/suggest-stories';
import type { ProjectSession } from '../project/session';

export function comparisonHandlers(session: ProjectSession): HandlersFor<keyof typeof comparisonMethods> {
  return {
    'stories.suggest': (options) => suggestStories(session.ctx, options),
    'compare.story': ({ storyId }) => compareStory(session.ctx, storyId),
    'compare.duplicates': ({ storyId }) => findDuplicates(session.ctx, storyId),
    'coverage.get': ({ storyId }) => analyzeStory(session.ctx, storyId).matrix,
    'coverage.renameRow': ({ storyId, rowKey, label }) => renameRow(session.ctx, storyId, rowKey, label),
    'coverage.mergeRows': ({ storyId, rowKeys, label }) => mergeRows(session.ctx, storyId, rowKeys, label),
    'coverage.splitRow': ({ storyId, rowKey, passages, label }) => splitRow(session.ctx, storyId, rowKey, passages, label),
    'coverage.addRow': ({ storyId, label, passages }) => addRow(session.ctx, storyId, label, passages),
    'coverage.resetRow': ({ storyId, rowKey }) => resetRow(session.ctx, storyId, rowKey),
    'coverage.attachPassage': ({ storyId, rowKey, passage }) => attachPassage(session.ctx, storyId, rowKey, passage),
    'coverage.detachPassage': ({ storyId, rowKey, passage }) => detachPassage(session.ctx, storyId, rowKey, passage),
    aggregate: (request) => aggregate(session.ctx, request),
    'aggregate.cellCodings': (query) => cellCodings(session.ctx, query),
  };
}
