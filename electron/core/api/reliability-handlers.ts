// The team-coding methods of the contract implemented over the core.
import type { HandlersFor } from '../../../shared/api/contract';
import type { reliabilityMethods } from '../../../shared/api/contract-reliability';
import { currentCoder, listCoders } from '../coding/coders';
import type { ProjectSession } from '../project/session';
import { listDisagreements, settle, unsettle } from '../reliability/consensus';
import { mergeProject } from '../reliability/merge';
import { reliabilityReport, scopeArticles } from '../reliability/report';
import { createSample, deleteSample, listSamples } from '../reliability/samples';
import { isBlind, reliabilityCoders, setBlind } from '../reliability/team';

export function reliabilityHandlers(session: ProjectSession): HandlersFor<keyof typeof reliabilityMethods> {
  return {
    'team.state': () => ({ blind: isBlind(session.ctx), coder: currentCoder(session.ctx), coders: listCoders(session.ctx) }),
    'team.setBlind': ({ blind }) => ({ blind: setBlind(session.ctx, blind) }),
    'samples.list': () => listSamples(session.ctx),
    'samples.create': (input) => createSample(session.ctx, input),
    'samples.delete': ({ id }) => deleteSample(session.ctx, id),
    'reliability.report': (options) => reliabilityReport(session.ctx, options),
    'reliability.disagreements': ({ variableId, coders, sample }) => {
      const scoped = reliabilityCoders(session.ctx, coders);
      return listDisagreements(session.ctx, { articleIds: scopeArticles(session.ctx, scoped.map((c) => c.id), sample), coders: scoped, variableId });
    },
    'reliability.settle': (input) => settle(session.ctx, input),
    'reliability.unsettle': (input) => unsettle(session.ctx, input),
    'reliability.merge': ({ path }) => mergeProject(session.ctx, path),
  };
}
