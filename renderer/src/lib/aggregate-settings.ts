// What the Aggregates tab is set to: the measure, its variables, and the scope (stories, dates, outlets, coders).
import type { AggregateResult } from '../../../shared/compare/tables';

export type Measure = AggregateResult['measure'];
export type ScopeKind = 'story' | 'stories' | 'project';

export interface AggregateSettings {
  measure: Measure;
  scope: ScopeKind;
  dateFrom: string;
  dateTo: string;
  outletIds: number[];
  coderIds: number[];
  /** Per measure: the variable (null: the default the API picks). */
  variables: Partial<Record<Measure, number | null>>;
  articleVariableId: number | null;
  targetId: number | null;
}

export const DEFAULT_AGGREGATES: AggregateSettings = {
  measure: 'frames',
  scope: 'story',
  dateFrom: '',
  dateTo: '',
  outletIds: [],
  coderIds: [],
  variables: {},
  articleVariableId: null,
  targetId: null,
};

/** The scope part of an aggregate request. */
export interface AggregateScope {
  storyIds?: number[];
  dateFrom?: string;
  dateTo?: string;
  outletIds?: number[];
  coderIds?: number[];
}
