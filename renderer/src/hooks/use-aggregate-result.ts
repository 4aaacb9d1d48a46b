// The Aggregates tab's data: the coders to filter by, and the result for the settings, fetched again (debounced) when
// they or the project's data change.
import { useEffect, useMemo, useState } from 'react';
import type { Args } from '../../../shared/api/contract';
import type { AggregateResult } from '../../../shared/compare/tables';
import type { Coder } from '../../../shared/domain/coding';
import type { Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import type { AggregateScope, AggregateSettings, ScopeKind } from '../lib/aggregate-settings';
import { useDebouncedValue } from './use-debounced-value';

interface AggregateContext {
  storyId: number | null;
  stories: Story[];
  version: number;
}

export interface AggregateData {
  coders: Coder[];
  /** The scope in effect: "This story" falls back to the whole project while no story is picked. */
  scope: ScopeKind;
  scopeArgs: AggregateScope;
  result: AggregateResult | null;
  error: unknown;
  loading: boolean;
  /** Changes whenever a new result is asked for. */
  requestKey: string;
}

export function useAggregateResult(settings: AggregateSettings, { storyId, stories, version }: AggregateContext): AggregateData {
  const api = useApi();
  const [coders, setCoders] = useState<Coder[]>([]);
  const [result, setResult] = useState<AggregateResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const measure = settings.measure;
  const scope = settings.scope === 'story' && storyId === null ? 'project' : settings.scope;

  useEffect(() => {
    let cancelled = false;
    api.call('coders.list').then(
      (list) => !cancelled && setCoders(list),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, version]);

  const scopeArgs = useMemo(() => {
    const args: AggregateScope = {};
    if (scope === 'story' && storyId !== null) args.storyIds = [storyId];
    if (scope === 'stories') args.storyIds = stories.map((s) => s.id);
    if (settings.dateFrom) args.dateFrom = settings.dateFrom;
    if (settings.dateTo) args.dateTo = settings.dateTo;
    if (settings.outletIds.length) args.outletIds = settings.outletIds;
    if (settings.coderIds.length) args.coderIds = settings.coderIds;
    return args;
  }, [scope, storyId, stories, settings.dateFrom, settings.dateTo, settings.outletIds, settings.coderIds]);

  const request = useMemo(() => {
    const variableId = settings.variables[measure] ?? null;
    return {
      measure,
      ...scopeArgs,
      ...(variableId !== null ? { variableId } : {}),
      ...(measure === 'frames' && settings.articleVariableId !== null ? { articleVariableId: settings.articleVariableId } : {}),
      ...(measure === 'stance' && settings.targetId !== null ? { targetId: settings.targetId } : {}),
    };
  }, [measure, scopeArgs, settings.variables, settings.articleVariableId, settings.targetId]);
  const key = useDebouncedValue(JSON.stringify({ request, version }), 150);

  useEffect(() => {
    const { request: args } = JSON.parse(key) as { request: Args<'aggregate'> };
    let cancelled = false;
    setLoading(true);
    api
      .call('aggregate', args)
      .then(
        (next) => {
          if (cancelled) return;
          setResult(next);
          setError(null);
        },
        (err: unknown) => {
          if (cancelled) return;
          setResult(null);
          setError(err);
        },
      )
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [api, key]);

  return { coders, scope, scopeArgs, result, error, loading, requestKey: key };
}
