// A codebook read from a file (CSV or QDA-XML) before it meets the project: variables with nested values.
// A field left undefined is not in the file and leaves the project's value alone.
import type { Level, Unit, VariableKind } from '../../../shared/domain/coding';
import type { ReportBuilder } from './report';

export interface ValueDraft {
  guid?: string;
  label: string;
  description?: string;
  numericCode?: number | null;
  color?: string;
  shortcut?: string | null;
  archived?: boolean;
  children: ValueDraft[];
  /** CSV line, for messages. */
  line?: number;
}

export interface VariableDraft {
  guid?: string;
  name: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  unit?: Unit;
  level?: Level;
  kind?: VariableKind;
  archived?: boolean;
  values: ValueDraft[];
  line?: number;
}

export const UNITS: readonly Unit[] = ['span', 'article'];
export const LEVELS: readonly Level[] = ['nominal', 'ordinal', 'interval', 'ratio'];
export const KINDS: readonly VariableKind[] = ['category', 'stance', 'tone', 'quote'];

/** Every value of a variable, parents before children. */
export function allValues(values: readonly ValueDraft[]): ValueDraft[] {
  return values.flatMap((v) => [v, ...allValues(v.children)]);
}

/** #rgb and #rrggbb (any case; libxml2 also lets #rrggbbaa through) as lower-case #rrggbb, else undefined. */
export function normalizeColor(text: string | undefined): string | undefined {
  const t = text?.trim().toLowerCase() ?? '';
  if (/^#[0-9a-f]{3}$/.test(t)) return `#${[...t.slice(1)].map((c) => c + c).join('')}`;
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/.test(t)) return t.slice(0, 7);
  return undefined;
}

/** Problems the project never needs to see: duplicate GUIDs or variable names in the file, empty names. */
export function validateDraft(variables: readonly VariableDraft[], report: ReportBuilder) {
  const guids = new Map<string, string>();
  const claim = (guid: string | undefined, what: string, line?: number) => {
    if (!guid) return;
    const first = guids.get(guid);
    if (first) report.error(`${what}: GUID ${guid} is already used by ${first}`, line);
    else guids.set(guid, what);
  };
  const names = new Map<string, number | undefined>();
  for (const variable of variables) {
    const name = variable.name.trim().toLowerCase();
    if (!name) report.error('a variable needs a name', variable.line);
    else if (names.has(name)) report.error(`variable "${variable.name}" appears twice${lineRef(names.get(name))}`, variable.line);
    names.set(name, variable.line);
    claim(variable.guid, `variable "${variable.name}"`, variable.line);
    for (const value of allValues(variable.values)) {
      if (!value.label.trim()) report.error(`a value of "${variable.name}" needs a label`, value.line);
      claim(value.guid, `value "${value.label}" of "${variable.name}"`, value.line);
    }
  }
}

const lineRef = (line: number | undefined) => (line === undefined ? '' : ` (first on line ${line})`);
