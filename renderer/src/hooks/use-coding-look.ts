// The Code view's look of a coding: its code's colour and "Variable: code" (archived codes fall back to grey).
import { useCallback, useMemo } from 'react';
import type { Code, Coding, Variable } from '../../../shared/domain/coding';
import type { CodingLook } from '../components/ArticleText';
import { NEUTRAL } from '../lib/color';

export function useCodingLook(variables: Variable[]): (c: Coding) => CodingLook {
  const codeIndex = useMemo(() => {
    const map = new Map<number, { code: Code; variable: Variable }>();
    for (const v of variables) for (const c of v.codes) map.set(c.id, { code: c, variable: v });
    return map;
  }, [variables]);
  const variableIndex = useMemo(() => new Map(variables.map((v) => [v.id, v])), [variables]);
  return useCallback(
    (c: Coding): CodingLook => {
      const hit = c.codeId !== null ? codeIndex.get(c.codeId) : undefined;
      const variable = hit?.variable ?? variableIndex.get(c.variableId);
      return { color: hit?.code.color ?? NEUTRAL, label: `${variable?.name ?? 'Variable'}: ${hit?.code.label ?? 'archived code'}` };
    },
    [codeIndex, variableIndex],
  );
}
