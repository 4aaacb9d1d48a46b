// The team-coding part of the contract: blind mode, reliability samples, the agreement report, review and merge.
import { z } from 'zod';
import type { Coder } from '../domain/coding';
import type { Disagreement, MergeReport, ReliabilityReport, ReliabilitySample } from '../domain/reliability';
import { articleFilter } from './contract-corpus';
import { filePath, id, method, name, none } from './schema';

const coderNames = z.array(z.string().trim().min(1)).max(50).optional();
const sampleRef = z.union([id, z.string().trim().min(1)]).optional();
/** A unit of the review: the sentence index for span variables, null for the article. */
const unit = { variableId: id, articleId: id, sentence: z.number().int().min(0).nullable() };

export const reliabilityMethods = {
  'team.state': method(none).returns<{ blind: boolean; coder: Coder; coders: Coder[] }>(),
  'team.setBlind': method(z.object({ blind: z.boolean() }).strict()).returns<{ blind: boolean }>(),

  'samples.list': method(none).returns<ReliabilitySample[]>(),
  'samples.create': method(
    z
      .object({
        name: name('a sample'),
        articleIds: z.array(id).max(100_000).optional(),
        draw: z.object({ filter: articleFilter.default({}), n: z.number().int().min(1), seed: z.number().int() }).strict().optional(),
      })
      .strict(),
  ).returns<ReliabilitySample>(),
  'samples.delete': method(z.object({ id }).strict()).returns<{ deleted: number }>(),

  'reliability.report': method(
    z
      .object({
        variable: z.string().optional(),
        coders: coderNames,
        sample: sampleRef,
        seed: z.number().int().optional(),
        bootstrapSamples: z.number().int().min(0).max(20_000).optional(),
      })
      .strict(),
  ).returns<ReliabilityReport>(),
  'reliability.disagreements': method(z.object({ variableId: id.optional(), coders: coderNames, sample: sampleRef }).strict()).returns<Disagreement[]>(),
  /** codeId null settles the unit as "(none)": no code applies, and the Consensus coder has no coding there. */
  'reliability.settle': method(z.object({ ...unit, codeId: id.nullable() }).strict()).returns<{
    variableId: number;
    articleId: number;
    sentence: number | null;
    codeId: number | null;
    label: string;
  }>(),
  /** Takes a unit back to unsettled; cleared is false when nothing was settled. */
  'reliability.unsettle': method(z.object(unit).strict()).returns<{ variableId: number; articleId: number; sentence: number | null; cleared: boolean }>(),
  'reliability.merge': method(z.object({ path: filePath }).strict()).returns<MergeReport>(),
};
