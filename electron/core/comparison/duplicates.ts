// Near-duplicate groups in a story or the whole project (republished wire copy), each with word diffs against its base.
import { BASE_RULE, duplicateGroups, duplicatePairs, pickBase, type DuplicatePair } from '../../../shared/compare/near-duplicates';
import type { DuplicateGroup } from '../../../shared/compare/types';
import { countWordsIn, wordEdits } from '../../../shared/compare/word-diff';
import { overlap, shingleSet } from '../../../shared/compare/minhash';
import { articlesWithBodies, type ArticleWithBody } from '../corpus/articles';
import { getStory } from '../corpus/stories';
import type { ProjectContext } from '../project/context';

type Row = ArticleWithBody;

function loadRows(ctx: ProjectContext, storyId?: number): Row[] {
  if (storyId !== undefined) getStory(ctx, storyId);
  return articlesWithBodies(ctx, storyId);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function describeGroup(members: Row[]): DuplicateGroup {
  const base = pickBase(members);
  const baseShingles = shingleSet(base.body);
  return {
    baseArticleId: base.id,
    baseRule: BASE_RULE,
    members: members.map((m) => {
      const isBase = m.id === base.id;
      const edits = isBase ? [] : wordEdits(base.body, m.body);
      const o = isBase ? { jaccard: 1, containment: 1 } : overlap(baseShingles, shingleSet(m.body));
      return {
        articleId: m.id,
        outletId: m.outletId,
        outlet: m.outlet,
        title: m.title,
        publishedAt: m.publishedAt,
        wordCount: m.wordCount,
        isBase,
        jaccard: round(o.jaccard),
        containment: round(o.containment),
        titleChanged: m.title.trim() !== base.title.trim(),
        edits,
        wordsAdded: edits.reduce((n, e) => n + countWordsIn(e.after), 0),
        wordsRemoved: edits.reduce((n, e) => n + countWordsIn(e.before), 0),
      };
    }),
  };
}

/** Groups of near-duplicates, largest first; diffs are computed only for the articles in a group. */
export function findDuplicates(ctx: ProjectContext, storyId?: number): DuplicateGroup[] {
  const rows = loadRows(ctx, storyId);
  const pairs: DuplicatePair[] = duplicatePairs(rows, (r) => r.body);
  return duplicateGroups(rows.length, pairs)
    .map((group) => describeGroup(group.map((i) => rows[i])))
    .sort((a, b) => b.members.length - a.members.length || a.baseArticleId - b.baseArticleId);
}
