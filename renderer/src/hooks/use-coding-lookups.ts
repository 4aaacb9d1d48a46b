// The Code view's lookups: the variables in panel order and the span tone variable, actor and target names, each
// coding's look, and the article's codings: by span in text order, by variable at article level, and applied to the
// selection.
import { useCallback, useMemo } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import type { TextRange } from '../lib/paragraphs';
import type { CodingData } from './use-coding-data';
import { useCodingLook } from './use-coding-look';

export function useCodingLookups(data: CodingData, codings: Coding[], range: TextRange | null) {
  const variables = data.variables;
  const ordered = useMemo(() => [...variables.filter((v) => v.unit === 'span'), ...variables.filter((v) => v.unit === 'article')], [variables]);
  const toneVariable = variables.find((v) => v.kind === 'tone' && v.unit === 'span') ?? null;

  const actorNames = useMemo(() => new Map(data.actors.map((a) => [a.id, a.name])), [data.actors]);
  const targetNames = useMemo(() => new Map(data.targets.map((t) => [t.id, t.name])), [data.targets]);
  const actorName = useCallback((id: number | null) => (id === null ? null : (actorNames.get(id) ?? `actor ${id}`)), [actorNames]);
  const targetName = useCallback((id: number | null) => (id === null ? null : (targetNames.get(id) ?? `target ${id}`)), [targetNames]);
  const mentionName = useCallback((id: number) => actorNames.get(id) ?? '', [actorNames]);

  const lookOf = useCodingLook(variables);

  const spanCodings = useMemo(
    () => codings.filter((c) => c.start !== null && c.end !== null).sort((a, b) => a.start! - b.start! || b.end! - a.end! || a.id - b.id),
    [codings],
  );
  const articleValues = useMemo(() => new Map(codings.filter((c) => c.start === null).map((c) => [c.variableId, c])), [codings]);
  const appliedHere = useMemo(() => {
    const map = new Map<number, Set<number>>();
    if (!range) return map;
    for (const c of spanCodings) {
      if (c.start === range.start && c.end === range.end && c.codeId !== null) map.set(c.variableId, new Set([...(map.get(c.variableId) ?? []), c.codeId]));
    }
    return map;
  }, [spanCodings, range?.start, range?.end]); // eslint-disable-line react-hooks/exhaustive-deps

  return { variables, ordered, toneVariable, actorName, targetName, mentionName, lookOf, spanCodings, articleValues, appliedHere };
}

export type CodingLookups = ReturnType<typeof useCodingLookups>;
