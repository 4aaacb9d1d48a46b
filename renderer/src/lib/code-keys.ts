// Which key applies which code: a code's own shortcut, else the next free digit 1–9, in codebook order.
import type { Code, Variable } from '../../../shared/domain/coding';

export interface CodeKeys {
  byKey: Map<string, Code>;
  keyOf: Map<number, string>;
}

const cache = new WeakMap<Variable, CodeKeys>();

export function codeKeys(variable: Variable): CodeKeys {
  const hit = cache.get(variable);
  if (hit) return hit;
  const byKey = new Map<string, Code>();
  const keyOf = new Map<number, string>();
  const codes = variable.codes.filter((c) => !c.archived);
  for (const code of codes) {
    const key = code.shortcut?.toLowerCase();
    if (key && !byKey.has(key)) {
      byKey.set(key, code);
      keyOf.set(code.id, key);
    }
  }
  let digit = 1;
  for (const code of codes) {
    if (keyOf.has(code.id)) continue;
    while (digit <= 9 && byKey.has(String(digit))) digit++;
    if (digit > 9) break;
    byKey.set(String(digit), code);
    keyOf.set(code.id, String(digit));
  }
  const result = { byKey, keyOf };
  cache.set(variable, result);
  return result;
}

/** Nesting depth of each code (0 for top level). */
export function codeDepths(codes: Code[]): Map<number, number> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const depths = new Map<number, number>();
  const depth = (c: Code, guard = 0): number => {
    if (depths.has(c.id)) return depths.get(c.id)!;
    const parent = c.parentId !== null ? byId.get(c.parentId) : undefined;
    const d = parent && guard < 20 ? depth(parent, guard + 1) + 1 : 0;
    depths.set(c.id, d);
    return d;
  };
  codes.forEach((c) => depth(c));
  return depths;
}

/** A code and all codes nested under it. */
export function descendantIds(codes: Code[], id: number): Set<number> {
  const out = new Set<number>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const c of codes) if (c.parentId !== null && out.has(c.parentId) && !out.has(c.id)) {
      out.add(c.id);
      grew = true;
    }
  }
  return out;
}
