// compare.story: a story's articles side by side with aligned passages, the coverage matrix and sourcing.
import type { StoryComparison } from '../../../shared/compare/types';
import type { ProjectContext } from '../project/context';
import { storySourcing } from './sourcing';
import { analyzeStory } from './story-coverage';

export function compareStory(ctx: ProjectContext, storyId: number): StoryComparison {
  const analysis = analyzeStory(ctx, storyId);
  return {
    story: analysis.data.story,
    articles: analysis.data.articles.map(({ id, title, outletId, outlet, publishedAt, wordCount }) => ({ id, title, outletId, outlet, publishedAt, wordCount })),
    groups: analysis.groups,
    coverage: analysis.matrix,
    sourcing: storySourcing(analysis.data),
  };
}
