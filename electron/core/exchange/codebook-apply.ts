// Merges a codebook draft into the project inside an import's action: variables and values are matched by
// GUID, then by name (label within the variable); then added, updated, or left alone and reported.
import type { CodeRow, VariableRow } from '../coding/rows';
import { insertCode, insertVariable } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import { allValues, type ValueDraft, type VariableDraft } from './codebook-draft';
import type { ReportBuilder } from './report';

export interface AppliedCodebook {
  variables: Map<VariableDraft, number>;
  values: Map<ValueDraft, number>;
}

const VARIABLE_FIELDS = ['name', 'definition', 'inclusion', 'exclusion', 'example', 'unit', 'level', 'kind'] as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

export function applyCodebookDraft(ctx: ProjectContext, drafts: readonly VariableDraft[], report: ReportBuilder): AppliedCodebook {
  const applied: AppliedCodebook = { variables: new Map(), values: new Map() };
  const existing = ctx.db.prepare('SELECT * FROM variables ORDER BY archived, position, id').all() as VariableRow[];
  const claimed = new Set<number>();
  for (const draft of drafts) {
    const byGuid = draft.guid ? existing.find((v) => v.guid === draft.guid) : undefined;
    const match = byGuid ?? existing.find((v) => !claimed.has(v.id) && same(v.name, draft.name));
    if (match && claimed.has(match.id)) {
      report.error(`variable "${draft.name}" matches "${match.name}", which another variable of the file already matched`, draft.line);
      continue;
    }
    let id: number;
    if (!match) {
      id = insertVariable(ctx, { ...draft, unit: draft.unit ?? 'span', level: draft.level ?? 'nominal', guid: draft.guid });
      if (draft.archived) ctx.db.prepare('UPDATE variables SET archived = 1 WHERE id = ?').run(id);
      report.outcome('added', `variable "${draft.name}" with ${plural(allValues(draft.values).length, 'value')}`, draft.line, 1 + allValues(draft.values).length);
    } else {
      id = match.id;
      claimed.add(id);
      updateVariable(ctx, match, draft, byGuid ? 'GUID' : 'name', report);
    }
    applied.variables.set(draft, id);
    applyValues(ctx, id, draft, !match, applied, report);
  }
  for (const v of existing.filter((v) => !claimed.has(v.id))) report.outcome('kept', `variable "${v.name}" (not in the file)`);
  return applied;
}

function updateVariable(ctx: ProjectContext, row: VariableRow, draft: VariableDraft, matchedBy: string, report: ReportBuilder) {
  const changes: string[] = VARIABLE_FIELDS.filter((f) => draft[f] !== undefined && draft[f] !== row[f]);
  if (draft.archived !== undefined && draft.archived !== !!row.archived) changes.push('archived');
  if (draft.unit && draft.unit !== row.unit) {
    const codings = ctx.db.prepare('SELECT count(*) FROM codings WHERE variable_id = ?').pluck().get(row.id) as number;
    if (codings) report.error(`variable "${row.name}": cannot change its unit to ${draft.unit}, it has ${plural(codings, 'coding')}`, draft.line);
  }
  const how = matchedBy === 'name' && draft.guid ? ', matched by name' : '';
  if (!changes.length) return report.outcome('unchanged', `variable "${row.name}"${how}`, draft.line);
  const next = { ...row, ...Object.fromEntries(VARIABLE_FIELDS.filter((f) => draft[f] !== undefined).map((f) => [f, draft[f]])) };
  ctx.db
    .prepare('UPDATE variables SET name = ?, definition = ?, inclusion = ?, exclusion = ?, example = ?, unit = ?, level = ?, kind = ?, archived = ? WHERE id = ?')
    .run(next.name, next.definition, next.inclusion, next.exclusion, next.example, next.unit, next.level, next.kind, (draft.archived ?? !!row.archived) ? 1 : 0, row.id);
  report.outcome('updated', `variable "${row.name}"${how}: ${changes.join(', ')}`, draft.line);
}

function applyValues(ctx: ProjectContext, variableId: number, variable: VariableDraft, isNew: boolean, applied: AppliedCodebook, report: ReportBuilder) {
  const codes = ctx.db.prepare('SELECT * FROM codes WHERE variable_id = ? ORDER BY position, id').all(variableId) as CodeRow[];
  const byGuid = ctx.db.prepare('SELECT c.*, v.name AS variable FROM codes c JOIN variables v ON v.id = c.variable_id WHERE c.guid = ?');
  const claimed = new Set<number>();
  let unchanged = 0;
  const visit = (values: readonly ValueDraft[], parentId: number | null) => {
    for (const value of values) {
      const found = value.guid ? (byGuid.get(value.guid) as (CodeRow & { variable: string }) | undefined) : undefined;
      if (found && found.variable_id !== variableId) {
        report.error(`value "${value.label}" of "${variable.name}": its GUID belongs to "${found.label}" of "${found.variable}" in the project`, value.line);
        continue;
      }
      const match =
        found ??
        codes.find((c) => !claimed.has(c.id) && c.parent_id === parentId && same(c.label, value.label)) ??
        uniqueOrUndefined(codes.filter((c) => !claimed.has(c.id) && same(c.label, value.label)));
      if (match && claimed.has(match.id)) {
        report.error(`value "${value.label}" of "${variable.name}" matches a value another row of the file already matched`, value.line);
        continue;
      }
      let id: number;
      if (!match) {
        id = insertCode(ctx, variableId, parentId, { ...value, shortcut: null });
        if (value.shortcut || value.archived) ctx.db.prepare('UPDATE codes SET shortcut = ?, archived = ? WHERE id = ?').run(value.shortcut || null, value.archived ? 1 : 0, id);
        if (!isNew) report.outcome('added', `value "${value.label}" to "${variable.name}"`, value.line);
      } else {
        id = match.id;
        claimed.add(id);
        if (updateCode(ctx, match, value, parentId, variable.name, report)) unchanged++;
      }
      applied.values.set(value, id);
      visit(value.children, id);
    }
  };
  visit(variable.values, null);
  if (unchanged) report.outcome('unchanged', `${plural(unchanged, 'value')} of "${variable.name}"`, undefined, unchanged);
  const kept = codes.filter((c) => !claimed.has(c.id)).length;
  if (kept && !isNew) report.outcome('kept', `${plural(kept, 'value')} of "${variable.name}" that the file does not list`, undefined, kept);
  checkShortcuts(ctx, variableId, variable, report);
}

const uniqueOrUndefined = <T>(items: T[]) => (items.length === 1 ? items[0] : undefined);

/** Updates a matched code; returns true when nothing changed. */
function updateCode(ctx: ProjectContext, row: CodeRow, value: ValueDraft, parentId: number | null, variable: string, report: ReportBuilder): boolean {
  const next = {
    label: value.label,
    description: value.description ?? row.description,
    numeric_code: value.numericCode === undefined ? row.numeric_code : value.numericCode,
    color: value.color ?? row.color,
    shortcut: value.shortcut === undefined ? row.shortcut : value.shortcut || null,
    archived: value.archived === undefined ? row.archived : value.archived ? 1 : 0,
    parent_id: parentId,
  };
  const changes = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]).map((k) => (k === 'parent_id' ? 'parent' : k));
  if (!changes.length) return true;
  ctx.db
    .prepare('UPDATE codes SET label = ?, description = ?, numeric_code = ?, color = ?, shortcut = ?, archived = ?, parent_id = ? WHERE id = ?')
    .run(next.label, next.description, next.numeric_code, next.color, next.shortcut, next.archived, next.parent_id, row.id);
  if (next.parent_id !== row.parent_id) {
    const position = ctx.db.prepare('SELECT coalesce(max(position), -1) + 1 FROM codes WHERE variable_id = ? AND parent_id IS ? AND id != ?').pluck().get(row.variable_id, parentId, row.id);
    ctx.db.prepare('UPDATE codes SET position = ? WHERE id = ?').run(position, row.id);
  }
  report.outcome('updated', `value "${row.label}" of "${variable}": ${changes.join(', ')}`, value.line);
  return false;
}

/** Shortcuts are checked once the whole variable is in, so a file may swap two codes' keys. */
function checkShortcuts(ctx: ProjectContext, variableId: number, variable: VariableDraft, report: ReportBuilder) {
  const clashes = ctx.db
    .prepare(
      `SELECT shortcut, group_concat(label, '", "') AS labels FROM codes WHERE variable_id = ? AND archived = 0 AND shortcut IS NOT NULL
       GROUP BY lower(shortcut) HAVING count(*) > 1`,
    )
    .all(variableId) as { shortcut: string; labels: string }[];
  for (const clash of clashes) {
    const line = allValues(variable.values).find((v) => v.shortcut?.toLowerCase() === clash.shortcut.toLowerCase())?.line;
    report.error(`shortcut "${clash.shortcut}" would be used by "${clash.labels}" in "${variable.name}"`, line);
  }
}
