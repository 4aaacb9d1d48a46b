// Data model of the inter-coder agreement statistics (shared/stats). Pure TypeScript: no Node or DOM APIs, so the
// same code runs in the main process, the CLI and the renderer. Every result is a plain JSON-able object: numbers that
// are undefined for the data (NaN in a naive formula) come back as null together with a `reason` string.
//
// Reliability data (Krippendorff 2004, Content Analysis, 2nd ed., ch. 11; Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"): m coders each assign at most one value to each of N units.
//
//   coders: string[]              one name per coder (column)
//   units:  (Value | null)[][]    units[u][c] = coder c's value for unit u; null = not coded (missing)
//   order?: Value[]               ordinal data only: the categories from lowest to highest
//
// - Every row of `units` has exactly coders.length entries (checked; a malformed row throws).
// - Value = number | string. Values are categories compared with ===, so 1 and '1' are different values. Numbers must
//   be finite. Nominal data may use either; interval and ratio data must be numbers (ratio: non-negative); ordinal
//   data are ranked by `order` when given (every value must appear in it), else numbers are sorted ascending (ordinal
//   strings without an `order` throw: an alphabetical rank would be a silent guess).
// - A unit with fewer than two values is not pairable: it carries no information about agreement and every
//   coefficient here ignores it (percent agreement, alpha), or skips it and says so (kappas).
//
// Level = 'nominal' | 'ordinal' | 'interval' | 'ratio' (the codebook's level of measurement, shared/domain).
//
// Unitizing data (unitizing.ts) are a different shape: a continuum of `length` characters and, per coder, the
// segments {start, end, value} that coder marked; see that file.

import type { Level } from '../domain/coding';

export type { Level };

export type Value = number | string;

export interface ReliabilityData {
  coders: readonly string[];
  units: readonly (readonly (Value | null)[])[];
  /** Ordinal categories from lowest to highest; used only at the ordinal level. */
  order?: readonly Value[];
}

/** A square table over `values`: matrix[r][c] belongs to values[r] (row) and values[c] (column). */
export interface ValueTable {
  values: Value[];
  matrix: number[][];
}
