// What QDA-XML has no field for (a variable's inclusion/exclusion/example, unit, level, kind; a value's numeric
// code and shortcut; a coding's actor and target) travels in description and note text: labelled paragraphs
// and a last line "[Framebench] {json}". Other tools show it as text; Framebench reads it back.
import type { Variable } from '../../../shared/domain/coding';
import { KINDS, LEVELS, UNITS, type VariableDraft } from './codebook-draft';

const MARKER = '[Framebench] ';
const MARKER_LINE = /(?:^|\n\n)\[Framebench\] (\{[^\n]*\})$/;
const SECTIONS = ['Inclusion', 'Exclusion', 'Example'] as const;

export type MarkerData = Record<string, string | number | boolean>;

/** `text` followed by a blank line and the marker line (just `text` if there is nothing to mark). */
export function withMarker(text: string, data: MarkerData): string {
  if (!Object.keys(data).length) return text;
  const line = `${MARKER}${JSON.stringify(data)}`;
  return text ? `${text}\n\n${line}` : line;
}

/** Splits off a marker line; data is undefined when the text has none (e.g. written by another tool). */
export function splitMarker(text: string): { text: string; data?: MarkerData } {
  const match = MARKER_LINE.exec(text);
  if (!match) return { text };
  try {
    const data = JSON.parse(match[1]) as unknown;
    if (!data || typeof data !== 'object' || Array.isArray(data)) return { text };
    return { text: text.slice(0, match.index), data: data as MarkerData };
  } catch {
    return { text };
  }
}

/** Definition, then "Inclusion: …", "Exclusion: …", "Example: …" paragraphs, then the marker with unit, level, kind. */
export function variableDescription(v: Variable): string {
  const parts = [v.definition, ...SECTIONS.map((s) => (v[lower(s)] ? `${s}: ${v[lower(s)]}` : ''))].filter(Boolean);
  return withMarker(parts.join('\n\n'), { unit: v.unit, level: v.level, kind: v.kind, ...(v.archived ? { archived: true } : {}) });
}

const lower = (s: (typeof SECTIONS)[number]) => s.toLowerCase() as 'inclusion' | 'exclusion' | 'example';

/** The variable fields in a description. Without a marker, the whole text is the definition. */
export function parseVariableDescription(description: string | undefined): Partial<VariableDraft> {
  if (description === undefined) return {};
  const { text, data } = splitMarker(description);
  if (!data) return { definition: description };
  const fields: Partial<VariableDraft> = { definition: '', inclusion: '', exclusion: '', example: '' };
  for (const part of text ? text.split(/\n\n(?=(?:Inclusion|Exclusion|Example): )/) : []) {
    const section = SECTIONS.find((s) => part.startsWith(`${s}: `));
    if (section) fields[lower(section)] = part.slice(section.length + 2);
    else fields.definition = part;
  }
  fields.unit = UNITS.find((u) => u === data.unit);
  fields.level = LEVELS.find((l) => l === data.level);
  fields.kind = KINDS.find((k) => k === data.kind);
  fields.archived = data.archived === true;
  return fields;
}

/** A value's description with its numeric code, shortcut and archived flag in the marker. */
export function valueDescription(description: string, numericCode: number | null, shortcut: string | null, archived: boolean): string {
  return withMarker(description, { ...(numericCode !== null ? { code: numericCode } : {}), ...(shortcut ? { shortcut } : {}), ...(archived ? { archived: true } : {}) });
}

export function parseValueDescription(description: string | undefined) {
  const { text, data } = splitMarker(description ?? '');
  if (!data) return { description: description ?? '' };
  return {
    description: text,
    numericCode: typeof data.code === 'number' ? data.code : null,
    shortcut: typeof data.shortcut === 'string' && /^[a-z0-9]$/i.test(data.shortcut) ? data.shortcut : null,
    archived: data.archived === true,
  };
}
