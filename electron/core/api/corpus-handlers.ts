// The corpus methods of the contract implemented over the core.
import type { HandlersFor } from '../../../shared/api/contract';
import type { corpusMethods } from '../../../shared/api/contract-corpus';
import { getArticle, listArticles } from '../corpus/articles';
import { importPastedText, importSourcesInParallel } from '../corpus/import-service';
import { listOutlets } from '../corpus/outlets';
import { search } from '../corpus/search';
import { addArticlesToStory, createStory, deleteStory, listStories, removeArticlesFromStory, renameStory } from '../corpus/stories';
import { projectInfo, type ProjectSession } from '../project/session';

export function corpusHandlers(session: ProjectSession): HandlersFor<keyof typeof corpusMethods> {
  return {
    'project.info': () => projectInfo(session.ctx),
    'project.open': ({ path }) => session.open(path),
    'project.create': ({ path, sample }) => session.create(path, sample),
    'project.saveAs': ({ path }) => session.saveAs(path),

    'outlets.list': () => listOutlets(session.ctx),

    'stories.list': () => listStories(session.ctx),
    'stories.create': ({ name, description, articleIds }) => createStory(session.ctx, name, description, articleIds),
    'stories.rename': ({ id, name }) => renameStory(session.ctx, id, name),
    'stories.delete': ({ id }) => deleteStory(session.ctx, id),
    'stories.addArticles': ({ storyId, articleIds }) => addArticlesToStory(session.ctx, storyId, articleIds),
    'stories.removeArticles': ({ storyId, articleIds }) => removeArticlesFromStory(session.ctx, storyId, articleIds),

    'articles.list': ({ filter, offset, limit }) => listArticles(session.ctx, filter, offset, limit),
    'articles.get': ({ id }) => getArticle(session.ctx, id),

    'search.query': ({ query, filter, offset, limit }) => search(session.ctx, query, filter, offset, limit),

    'import.files': ({ files, defaults }) =>
      importSourcesInParallel(
        session.ctx,
        files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
        defaults,
      ),
    'import.text': ({ text, defaults }) => importPastedText(session.ctx, text, defaults),
  };
}
