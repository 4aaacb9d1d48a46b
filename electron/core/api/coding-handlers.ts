// The coding methods of the contract implemented over the core.
import type { HandlersFor } from '../../../shared/api/contract';
import type { codingMethods } from '../../../shared/api/contract-coding';
import type { ProjectSession } from '../project/session';
import { createActor, createTarget, deleteActor, deleteTarget, listActors, listTargets, mergeActors, updateActor, updateTarget } from '../coding/actors';
import { acceptEntity, acceptQuote, analyzeArticle, dismissEntity, rejectQuote } from '../coding/analysis';
import { projectMentionCounts } from '../coding/mention-counts';
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
} from '../coding/codebook';
import { currentCoder, listCoders, setCurrentCoder } from '../coding/coders';
import { createCoding, deleteCoding, listCodings, updateCoding } from '../coding/codings';
import { getMemo, setMemo } from '../coding/memos';
import { listTemplates, loadTemplate } from '../coding/templates';
import { toneHint } from '../coding/tone-hints';
import { historyState, redo, undo } from '../history/history';
import { isBlind } from '../reliability/team';

export function codingHandlers(session: ProjectSession): HandlersFor<keyof typeof codingMethods> {
  return {
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

    'actors.list': () => listActors(session.ctx),
    'actors.mentions': async () => {
      const counts = await projectMentionCounts(session.ctx);
      return listActors(session.ctx).map(({ id }) => ({ id, mentions: counts.get(id) ?? 0 }));
    },
    'actors.create': (input) => createActor(session.ctx, input),
    'actors.update': ({ id, ...patch }) => updateActor(session.ctx, id, patch),
    'actors.merge': ({ sourceId, targetId }) => mergeActors(session.ctx, sourceId, targetId),
    'actors.delete': ({ id }) => deleteActor(session.ctx, id),
    'targets.list': () => listTargets(session.ctx),
    'targets.create': ({ name, description }) => createTarget(session.ctx, name, description),
    'targets.update': ({ id, ...patch }) => updateTarget(session.ctx, id, patch),
    'targets.delete': ({ id }) => deleteTarget(session.ctx, id),

    // Blind mode: a coder sees only their own codings.
    'codings.list': ({ articleId, coderId }) => listCodings(session.ctx, articleId, isBlind(session.ctx) ? currentCoder(session.ctx).id : coderId),
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
