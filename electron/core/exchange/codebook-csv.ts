// Codebook CSV: one row per variable value (nested values point to their parent's GUID); a variable
// without values gets one row with empty value fields. Export, and reading a file back into a draft.
import { CODEBOOK_COLUMNS } from '../../../shared/exchange/columns';
import type { CsvDialect } from '../../../shared/exchange/dialect';
import type { WrittenFile } from '../../../shared/exchange/types';
import { getCodebook } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import { KINDS, LEVELS, normalizeColor, UNITS, type ValueDraft, type VariableDraft } from './codebook-draft';
import { NOT_UTF8_WARNING, openCsv, type CsvRow } from './csv-reader';
import { writeCsv, type Cell } from './csv-writer';
import { normalizeGuid } from './guid';
import type { ReportBuilder } from './report';

export function exportCodebookCsv(ctx: ProjectContext, file: string, dialect: CsvDialect): Promise<WrittenFile> {
  const variables = getCodebook(ctx, true);
  function* rows(): Generator<Cell[]> {
    for (const v of variables) {
      const variable = [v.guid, v.name, v.definition, v.inclusion, v.exclusion, v.example, v.unit, v.level, v.kind, v.archived ? 1 : 0];
      if (!v.codes.length) yield [...variable, null, null, null, null, null, null, null, null];
      const guids = new Map(v.codes.map((c) => [c.id, c.guid]));
      for (const c of v.codes) {
        const parent = c.parentId === null ? null : guids.get(c.parentId);
        yield [...variable, c.guid, c.label, parent, c.description, c.numericCode, c.color, c.shortcut, c.archived ? 1 : 0];
      }
    }
  }
  return writeCsv(file, dialect, CODEBOOK_COLUMNS, rows());
}

const VARIABLE_COLUMNS = { variable_definition: 'definition', inclusion: 'inclusion', exclusion: 'exclusion', example: 'example', unit: 'unit', level: 'level', kind: 'kind', variable_archived: 'archived' } as const;

/** A number as typed: "3", "-1", "2.5", and "2,5" as Excel writes it with a decimal comma. */
export function parseNumber(text: string): number | undefined {
  const t = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  const n = t === '' ? NaN : Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function parseFlag(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (['', '0', 'false', 'no'].includes(t)) return false;
  if (['1', 'true', 'yes'].includes(t)) return true;
  return undefined;
}

/** Reports a problem of the row; returns undefined so a field can be `parse(x) ?? problem(…)`. */
type Problem = (message: string) => undefined;

function variableFields(row: CsvRow, problem: Problem): Partial<VariableDraft> {
  const fields: Partial<VariableDraft> = {};
  const choice = <T extends string>(column: string, options: readonly T[]): T | undefined => {
    const cell = row.get(column)?.trim().toLowerCase();
    if (!cell) return undefined;
    if (options.includes(cell as T)) return cell as T;
    problem(`${column} must be one of ${options.join(', ')}, not "${cell}"`);
    return undefined;
  };
  for (const [column, field] of Object.entries(VARIABLE_COLUMNS)) {
    const cell = row.get(column);
    if (cell === undefined) continue;
    if (field === 'unit') fields.unit = choice(column, UNITS);
    else if (field === 'level') fields.level = choice(column, LEVELS);
    else if (field === 'kind') fields.kind = choice(column, KINDS);
    else if (field === 'archived') fields.archived = cell.trim() ? (parseFlag(cell) ?? problem(`${column} must be 0 or 1`)) : undefined;
    else fields[field] = cell;
  }
  return fields;
}

function valueDraft(row: CsvRow, problem: Problem): ValueDraft {
  const value: ValueDraft = { label: row.get('value') ?? '', children: [], line: row.line };
  const guid = row.get('value_guid')?.trim();
  if (guid) value.guid = normalizeGuid(guid) ?? problem(`value_guid "${guid}" is not a GUID`);
  if (row.get('value_description') !== undefined) value.description = row.get('value_description');
  const code = row.get('numeric_code');
  if (code !== undefined) value.numericCode = code.trim() === '' ? null : (parseNumber(code) ?? problem(`numeric_code "${code}" is not a number`) ?? null);
  const color = row.get('color')?.trim();
  if (color) value.color = normalizeColor(color) ?? problem(`color "${color}" is not a colour like #4e79a7`);
  const shortcut = row.get('shortcut');
  if (shortcut !== undefined) {
    value.shortcut = shortcut.trim() || null;
    if (value.shortcut && !/^[a-z0-9]$/i.test(value.shortcut)) problem(`shortcut "${shortcut}" must be one letter or digit`);
  }
  const archived = row.get('value_archived');
  if (archived?.trim()) value.archived = parseFlag(archived) ?? problem('value_archived must be 0 or 1');
  return value;
}

/** Reads a codebook CSV into drafts; row problems go to the report with their line numbers. */
export async function readCodebookCsv(file: string, formulaGuard: boolean, report: ReportBuilder): Promise<VariableDraft[]> {
  const csv = await openCsv(file, { formulaGuard });
  if (csv.encoding !== 'utf-8') report.warnings.push(NOT_UTF8_WARNING);
  const missing = ['variable', 'value'].filter((c) => !csv.columns.includes(c));
  if (missing.length) report.error(`the header needs the column${missing.length > 1 ? 's' : ''} ${missing.join(' and ')} (found: ${csv.columns.join(', ')})`, 1);
  for (const column of csv.columns) if (!(CODEBOOK_COLUMNS as readonly string[]).includes(column)) report.unmap(`column "${column}" is not a codebook column; ignored`);
  const variables = new Map<string, VariableDraft>();
  const entries = new Map<VariableDraft, Entry[]>();
  for await (const row of csv.rows) {
    const problem: Problem = (message) => void report.error(message, row.line);
    if (row.problem) problem(row.problem);
    const name = row.get('variable') ?? '';
    const rawGuid = row.get('variable_guid')?.trim();
    const guid = rawGuid ? normalizeGuid(rawGuid) : undefined;
    if (rawGuid && !guid) problem(`variable_guid "${rawGuid}" is not a GUID`);
    if (!name.trim()) {
      problem('the variable name is empty');
      continue;
    }
    const key = guid ?? `name:${name.trim().toLowerCase()}`;
    const fields = variableFields(row, problem);
    let variable = variables.get(key);
    if (!variable) {
      variables.set(key, (variable = { name, guid, ...fields, values: [], line: row.line }));
      entries.set(variable, []);
    } else {
      if (variable.name !== name) problem(`variable name "${name}" differs from "${variable.name}" on line ${variable.line}`);
      for (const [field, cell] of Object.entries(fields) as [keyof VariableDraft, unknown][]) {
        if (cell !== undefined && cell !== '' && cell !== variable[field]) problem(`${field} of "${name}" differs from line ${variable.line}`);
      }
    }
    if (!row.get('value') && !row.get('value_guid')?.trim()) continue;
    if (!row.get('value')?.trim()) problem('the value has a GUID but no label');
    const parent = row.get('parent_value_guid')?.trim();
    entries.get(variable)!.push({ value: valueDraft(row, problem), parent: parent ? (normalizeGuid(parent) ?? parent) : undefined });
  }
  for (const [variable, list] of entries) buildTree(variable, list, report);
  return [...variables.values()];
}

interface Entry {
  value: ValueDraft;
  parent?: string;
}

/** Nests each value under its parent (in file order), refusing unknown parents and cycles. */
function buildTree(variable: VariableDraft, entries: Entry[], report: ReportBuilder) {
  const byGuid = new Map(entries.filter((e) => e.value.guid).map((e) => [e.value.guid!, e]));
  for (const entry of entries) {
    if (!entry.parent) {
      variable.values.push(entry.value);
      continue;
    }
    const parent = byGuid.get(entry.parent);
    if (!parent) {
      report.error(`parent_value_guid ${entry.parent} is not a value of "${variable.name}" in this file`, entry.value.line);
      continue;
    }
    let up: Entry | undefined = parent;
    for (let steps = 0; up && steps <= entries.length; steps++) {
      if (up === entry) {
        report.error(`value "${entry.value.label}" is nested under itself`, entry.value.line);
        break;
      }
      up = up.parent ? byGuid.get(up.parent) : undefined;
    }
    parent.value.children.push(entry.value);
  }
}
