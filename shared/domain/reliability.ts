// Team coding and reliability records as they cross the API boundary.
import type { AlphaResult } from '../stats';
import type { Level } from './coding';
import type { ArticleFilter } from './types';

export interface ReliabilitySample {
  id: number;
  name: string;
  seed: number | null;
  filter: ArticleFilter | null;
  size: number | null;
  articleIds: number[];
}

export interface Disagreement {
  variableId: number;
  variable: string;
  articleId: number;
  title: string;
  outlet: string;
  /** Sentence index for span variables, null for the article. */
  sentence: number | null;
  start: number | null;
  end: number | null;
  text: string;
  values: { coderId: number; coder: string; codeId: number | null; label: string }[];
  /** The settled value: a code, or codeId null for "(none)"; null while unsettled. */
  consensus: { codeId: number | null; label: string } | null;
}

export interface VariableReliability {
  variableId: number;
  variable: string;
  unit: 'article' | 'sentence';
  level: Level;
  units: number;
  percentAgreement: number | null;
  cohensKappa: number | null;
  fleissKappa: number | null;
  alpha: AlphaResult;
  bootstrap: { lower: number | null; upper: number | null; confidence: number; samples: number; seed: number };
  unitizing: { value: string; alpha: number | null; reason: string | null }[];
  pairs: { coders: [string, string]; percentAgreement: number | null; alpha: number | null; units: number }[];
}

export interface ReliabilityReport {
  coders: string[];
  articles: number;
  sample: string | null;
  variables: VariableReliability[];
}

export interface MergeReport {
  file: string;
  added: number;
  alreadyPresent: number;
  /** Units the other copy's review settled as "(none)" that came in. */
  noneSettlements: number;
  coders: string[];
  /** One line per reason, with how many codings (or "(none)" settlements, when the reason says so) it kept out or noted. */
  unmatched: { reason: string; codings: number }[];
}
