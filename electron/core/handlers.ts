// The contract implemented over the core; checked against the contract's type, so a missing method does not compile.
import type { Handlers } from '../../shared/api/contract';
import { getArticle, listArticles } from './corpus/articles';
import { importPastedText, importSources } from './corpus/import-service';
import { listOutlets } from './corpus/outlets';
import { search } from './corpus/search';
import { addArticlesToStory, createStory, deleteStory, listStories, removeArticlesFromStory, renameStory } from './corpus/stories';
import { projectInfo, type ProjectSession } from './project/session';
import { createActor, createTarget, deleteActor, deleteTarget, listActors, listTargets, mergeActors, updateActor, updateTarget } from './coding/actors';
import { acceptEntity, acceptQuote, analyzeArticle, dismissEntity, mentionCounts, rejectQuote } from './coding/analysis';
import {
  codeUsage,
  createCode,
  createVariable,
  deleteCode,
  deleteVariable,
  getCodebook,
  mergeCodes,
  moveCode,
  moveVariable,
  updateCode,
  updateVariable,
} from './coding/codebook';
import { currentCoder, listCoders, setCurrentCoder } from './coding/coders';
import { createCoding, deleteCoding, listCodings, updateCoding } from './coding/codings';
import { getMemo, setMemo } from './coding/memos';
import { listTemplates, loadTemplate } from './coding/templates';
import { toneHint } from './coding/tone-hints';
import { historyState, redo, undo } from './history/history';

export function createHandlers(session: ProjectSession): Handlers {
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
      importSources(
        session.ctx,
        files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
        defaults,
      ),
    'import.text': ({ text, defaults }) => importPastedText(session.ctx, text, defaults),

    'coders.list': () => listCoders(session.ctx),
    'coders.current': () => currentCoder(session.ctx),
    'coders.setCurrent': ({ name }) => setCurrentCoder(session.ctx, name),

    'codebook.get': ({ includeArchived }) => getCodebook(session.ctx, includeArchived),
    'codebook.templates': () => listTemplates(session.ctx),
    'codebook.loadTemplate': ({ template }) => loadTemplate(session.ctx, template),
    'variables.create': (input) => createVariable(session.ctx, input),
    'variables.update': ({ id, ...patch }) => updateVariable(session.ctx, id, patch),
    'variables.move': ({ id, position }) => moveVariable(session.ctx, id, position),
    'variables.delete': ({ id, force }) => deleteVariable(session.ctx, id, force),
    'codes.create': ({ variableId, parentId, ...input }) => createCode(session.ctx, variableId, parentId, input),
    'codes.update': ({ id, ...patch }) => updateCode(session.ctx, id, patch),
    'codes.move': ({ id, parentId, position }) => moveCode(session.ctx, id, parentId, position),
    'codes.merge': ({ sourceId, targetId }) => mergeCodes(session.ctx, sourceId, targetId),
    'codes.usage': ({ id }) => codeUsage(session.ctx, id),
    'codes.delete': ({ id, force }) => deleteCode(session.ctx, id, force),

    'actors.list': () => {
      const counts = mentionCounts(session.ctx);
      return listActors(session.ctx).map((a) => ({ ...a, mentions: counts.get(a.id) ?? 0 }));
    },
    'actors.create': (input) => createActor(session.ctx, input),
    'actors.update': ({ id, ...patch }) => updateActor(session.ctx, id, patch),
    'actors.merge': ({ sourceId, targetId }) => mergeActors(session.ctx, sourceId, targetId),
    'actors.delete': ({ id }) => deleteActor(session.ctx, id),
    'targets.list': () => listTargets(session.ctx),
    'targets.create': ({ name, description }) => createTarget(session.ctx, name, description),
    'targets.update': ({ id, ...patch }) => updateTarget(session.ctx, id, patch),
    'targets.delete': ({ id }) => deleteTarget(session.ctx, id),

    'codings.list': ({ articleId, coderId }) => listCodings(session.ctx, articleId, coderId),
    'codings.create': (input) => createCoding(session.ctx, input),
    'codings.update': ({ id, ...patch }) => updateCoding(session.ctx, id, patch),
    'codings.delete': ({ id }) => deleteCoding(session.ctx, id),

    'memos.get': ({ articleId }) => getMemo(session.ctx, articleId),
    'memos.set': ({ articleId, text }) => setMemo(session.ctx, articleId, text),

    'analysis.article': ({ articleId }) => analyzeArticle(session.ctx, articleId),
    'analysis.tone': ({ articleId, start, end }) => toneHint(session.ctx, articleId, start, end),
    'quotes.accept': ({ articleId, key, ...correction }) => acceptQuote(session.ctx, articleId, key, correction),
    'quotes.reject': ({ articleId, key }) => rejectQuote(session.ctx, articleId, key),
    'entities.accept': ({ text, kind }) => acceptEntity(session.ctx, text, kind),
    'entities.dismiss': ({ text }) => dismissEntity(session.ctx, text),

    'history.state': () => historyState(session.ctx),
    'history.undo': () => undo(session.ctx),
    'history.redo': () => redo(session.ctx),
  };
}
