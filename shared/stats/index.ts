// Inter-coder agreement statistics: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha (with a seeded
// unit bootstrap) and Krippendorff's unitizing alpha, plus per-coder-pair figures; the same coefficients on coded data
// for large reports (coded.ts). Pure: no Node or DOM APIs.
// The data model is described in types.ts; formulas and references sit at the top of each file.

export type { Level, ReliabilityData, Value, ValueTable } from './types';
export { percentAgreement } from './percent-agreement';
export type { PercentAgreementResult } from './percent-agreement';
export { cohensKappa, fleissKappa } from './kappa';
export type { CohensKappaResult, FleissKappaOptions, FleissKappaResult } from './kappa';
export { krippendorffAlpha } from './krippendorff-alpha';
export type { AlphaOptions, AlphaResult } from './krippendorff-alpha';
export { bootstrapAlpha } from './bootstrap';
export type { BootstrapOptions, BootstrapResult } from './bootstrap';
export { unitizingAlpha, unitizingAlphaByCategory } from './unitizing';
export type { Segment, UnitizingAlphaResult, UnitizingData } from './unitizing';
export { pairwise } from './pairwise';
export type { CoderPair } from './pairwise';
export { mulberry32, shuffled } from './prng';
export type { Random } from './prng';
export { MISSING, agreementCoded, decodeData, encodeData } from './coded';
export type { AgreementFigures, CodedData, PairFigures } from './coded';
