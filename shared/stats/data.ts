// Checks and small helpers on reliability data (see types.ts for the data model), shared by the coefficients.

import type { ReliabilityData, Value } from './types';

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Throws a TypeError unless `value` is a finite number or a string. */
export function checkValue(value: unknown, where: string): asserts value is Value {
  if (typeof value === 'string') return;
  if (typeof value === 'number' && Number.isFinite(value)) return;
  throw new TypeError(`${where}: a value must be a finite number, a string or null, got ${describe(value)}`);
}

/** Throws unless every unit has one entry per coder and every entry is a Value or null. */
export function checkData(data: ReliabilityData): void {
  if (!Array.isArray(data.coders)) throw new TypeError('reliability data: `coders` must be an array of names');
  if (!Array.isArray(data.units)) throw new TypeError('reliability data: `units` must be an array of rows');
  const m = data.coders.length;
  data.units.forEach((row, u) => {
    if (!Array.isArray(row) || row.length !== m) {
      throw new RangeError(`reliability data: unit ${u} has ${Array.isArray(row) ? row.length : 'no'} entries, expected ${m} (one per coder)`);
    }
    for (let c = 0; c < m; c++) if (row[c] !== null) checkValue(row[c], `unit ${u}, coder ${c}`);
  });
}

/** Sort order for values without a level: numbers ascending, then strings by UTF-16 code units (locale-independent). */
export function compareValues(a: Value, b: Value): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The non-null values of one unit. */
export function presentValues(row: readonly (Value | null)[]): Value[] {
  const values: Value[] = [];
  for (const v of row) if (v !== null) values.push(v);
  return values;
}

export function formatValue(value: Value): string {
  return describe(value);
}
