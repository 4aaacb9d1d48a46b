// The codebook: variables and their nested codes; every change is one undoable action.
import { randomUUID } from 'node:crypto';
import { UserError } from '../../../shared/api/errors';
import type { Code, Level, Unit, Variable, VariableKind } from '../../../shared/domain/coding';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { toCode, toVariable, type CodeRow, type VariableRow } from './rows';

export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export interface VariableInput {
  name: string;
  definition?: string;
  inclusion?: string;
  exclusion?: string;
  example?: string;
  unit: Unit;
  level: Level;
  kind?: VariableKind;
}

export interface CodeInput {
  label: string;
  description?: string;
  numericCode?: number | null;
  color?: string;
  shortcut?: string | null;
}

const CODE_COLUMNS = `c.*, (SELECT count(*) FROM codings g WHERE g.code_id = c.id) AS usage`;

/** Codes in tree order: each parent followed by its children, siblings by position. */
function inTreeOrder(codes: Code[]): Code[] {
  const children = new Map<number | null, Code[]>();
  for (const code of codes) children.set(code.parentId, [...(children.get(code.parentId) ?? []), code]);
  const ordered: Code[] = [];
  const visit = (parent: number | null) => {
    for (const code of (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.id - b.id)) {
      ordered.push(code);
      visit(code.id);
    }
  };
  visit(null);
  return ordered;
}

export function getCodebook(ctx: ProjectContext, includeArchived = false): Variable[] {
  const archived = includeArchived ? '' : 'WHERE archived = 0';
  const variables = ctx.db.prepare(`SELECT * FROM variables ${archived} ORDER BY position, id`).all() as VariableRow[];
  const codes = (ctx.db.prepare(`SELECT ${CODE_COLUMNS} FROM codes c ${includeArchived ? '' : 'WHERE c.archived = 0'}`).all() as CodeRow[]).map(toCode);
  const byVariable = new Map<number, Code[]>();
  for (const code of codes) byVariable.set(code.variableId, [...(byVariable.get(code.variableId) ?? []), code]);
  return variables.map((v) => toVariable(v, inTreeOrder(byVariable.get(v.id) ?? [])));
}

export function getVariable(ctx: ProjectContext, id: number): Variable {
  const row = ctx.db.prepare('SELECT * FROM variables WHERE id = ?').get(id) as VariableRow | undefined;
  if (!row) throw new UserError(`no variable with id ${id}`);
  const codes = (ctx.db.prepare(`SELECT ${CODE_COLUMNS} FROM codes c WHERE c.variable_id = ?`).all(id) as CodeRow[]).map(toCode);
  return toVariable(row, inTreeOrder(codes));
}

export function getCode(ctx: ProjectContext, id: number): Code {
  const row = ctx.db.prepare(`SELECT ${CODE_COLUMNS} FROM codes c WHERE c.id = ?`).get(id) as CodeRow | undefined;
  if (!row) throw new UserError(`no code with id ${id}`);
  return toCode(row);
}

function nextPosition(ctx: ProjectContext, table: 'variables' | 'codes', where = '1', ...params: unknown[]): number {
  return (ctx.db.prepare(`SELECT coalesce(max(position), -1) + 1 FROM ${table} WHERE ${where}`).pluck().get(...params) as number) ?? 0;
}

function assertShortcutFree(ctx: ProjectContext, variableId: number, shortcut: string | null | undefined, exceptCodeId = 0) {
  if (!shortcut) return;
  if (!/^[a-z0-9]$/i.test(shortcut)) throw new UserError(`a shortcut is one letter or digit, not "${shortcut}"`);
  const taken = ctx.db
    .prepare('SELECT label FROM codes WHERE variable_id = ? AND lower(shortcut) = lower(?) AND id != ? AND archived = 0')
    .pluck()
    .get(variableId, shortcut, exceptCodeId) as string | undefined;
  if (taken) throw new UserError(`shortcut "${shortcut}" is already used by "${taken}" in this variable`);
}

export function insertVariable(ctx: ProjectContext, input: VariableInput & { guid?: string; template?: string | null }): number {
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO variables (guid, name, definition, inclusion, exclusion, example, unit, level, kind, template, position)
         VALUES (@guid, @name, @definition, @inclusion, @exclusion, @example, @unit, @level, @kind, @template, @position)`,
      )
      .run({
        guid: input.guid ?? randomUUID(),
        name: input.name,
        definition: input.definition ?? '',
        inclusion: input.inclusion ?? '',
        exclusion: input.exclusion ?? '',
        example: input.example ?? '',
        unit: input.unit,
        level: input.level,
        kind: input.kind ?? 'category',
        template: input.template ?? null,
        position: nextPosition(ctx, 'variables'),
      }).lastInsertRowid,
  );
}

export function insertCode(ctx: ProjectContext, variableId: number, parentId: number | null, input: CodeInput & { guid?: string }): number {
  assertShortcutFree(ctx, variableId, input.shortcut);
  const siblings = ctx.db.prepare('SELECT count(*) FROM codes WHERE variable_id = ?').pluck().get(variableId) as number;
  return Number(
    ctx.db
      .prepare(
        `INSERT INTO codes (guid, variable_id, parent_id, label, description, numeric_code, color, shortcut, position)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.guid ?? randomUUID(),
        variableId,
        parentId,
        input.label,
        input.description ?? '',
        input.numericCode ?? null,
        input.color ?? PALETTE[siblings % PALETTE.length],
        input.shortcut || null,
        nextPosition(ctx, 'codes', 'variable_id = ? AND parent_id IS ?', variableId, parentId),
      ).lastInsertRowid,
  );
}

export function createVariable(ctx: ProjectContext, input: VariableInput): Variable {
  const id = recordAction(ctx, `Add variable "${input.name}"`, () => insertVariable(ctx, input));
  return getVariable(ctx, id);
}

export function updateVariable(ctx: ProjectContext, id: number, patch: Partial<VariableInput> & { archived?: boolean }): Variable {
  const current = getVariable(ctx, id);
  const next = { ...current, ...patch, archived: patch.archived ?? current.archived };
  const label = patch.archived === undefined ? `Edit variable "${current.name}"` : `${patch.archived ? 'Archive' : 'Restore'} variable "${current.name}"`;
  recordAction(ctx, label, () =>
    ctx.db
      .prepare(
        `UPDATE variables SET name = @name, definition = @definition, inclusion = @inclusion, exclusion = @exclusion,
           example = @example, unit = @unit, level = @level, kind = @kind, archived = @archived WHERE id = @id`,
      )
      .run({ ...next, archived: next.archived ? 1 : 0, id }),
  );
  return getVariable(ctx, id);
}

function codingsOfVariable(ctx: ProjectContext, id: number): number {
  return ctx.db.prepare('SELECT count(*) FROM codings WHERE variable_id = ?').pluck().get(id) as number;
}

export function deleteVariable(ctx: ProjectContext, id: number, force: boolean): { deleted: number; codings: number } {
  const variable = getVariable(ctx, id);
  const codings = codingsOfVariable(ctx, id);
  if (codings && !force) throw new UserError(`"${variable.name}" is used by ${codings} coding${codings === 1 ? '' : 's'}; confirm to delete them too`);
  recordAction(ctx, `Delete variable "${variable.name}"`, () => ctx.db.prepare('DELETE FROM variables WHERE id = ?').run(id));
  return { deleted: id, codings };
}

/** Moves an item to `position` among its siblings and renumbers them 0..n-1. */
function reposition(ctx: ProjectContext, table: 'variables' | 'codes', id: number, position: number, siblingsWhere: string, ...params: unknown[]) {
  const ids = (ctx.db.prepare(`SELECT id FROM ${table} WHERE ${siblingsWhere} AND id != ? ORDER BY position, id`).pluck().all(...params, id) as number[]);
  ids.splice(Math.max(0, Math.min(position, ids.length)), 0, id);
  const update = ctx.db.prepare(`UPDATE ${table} SET position = ? WHERE id = ? AND position IS NOT ?`);
  ids.forEach((itemId, index) => update.run(index, itemId, index));
}

export function moveVariable(ctx: ProjectContext, id: number, position: number): Variable[] {
  const variable = getVariable(ctx, id);
  recordAction(ctx, `Move variable "${variable.name}"`, () => reposition(ctx, 'variables', id, position, '1'));
  return getCodebook(ctx);
}

export function createCode(ctx: ProjectContext, variableId: number, parentId: number | null, input: CodeInput): Code {
  const variable = getVariable(ctx, variableId);
  if (parentId !== null && getCode(ctx, parentId).variableId !== variableId) throw new UserError('a code can only nest under a code of the same variable');
  const id = recordAction(ctx, `Add code "${input.label}" to "${variable.name}"`, () => insertCode(ctx, variableId, parentId, input));
  return getCode(ctx, id);
}

export function updateCode(ctx: ProjectContext, id: number, patch: Partial<CodeInput> & { archived?: boolean }): Code {
  const current = getCode(ctx, id);
  if (patch.shortcut !== undefined) assertShortcutFree(ctx, current.variableId, patch.shortcut, id);
  const next = { ...current, ...patch };
  const label =
    patch.label && patch.label !== current.label
      ? `Rename "${current.label}" to "${patch.label}"`
      : patch.archived !== undefined
        ? `${patch.archived ? 'Archive' : 'Restore'} code "${current.label}"`
        : `Edit code "${current.label}"`;
  recordAction(ctx, label, () =>
    ctx.db
      .prepare('UPDATE codes SET label = ?, description = ?, numeric_code = ?, color = ?, shortcut = ?, archived = ? WHERE id = ?')
      .run(next.label, next.description, next.numericCode, next.color, next.shortcut || null, next.archived ? 1 : 0, id),
  );
  return getCode(ctx, id);
}

function descendants(ctx: ProjectContext, id: number): number[] {
  return ctx.db
    .prepare('WITH RECURSIVE d(id) AS (SELECT id FROM codes WHERE parent_id = ? UNION ALL SELECT c.id FROM codes c JOIN d ON c.parent_id = d.id) SELECT id FROM d')
    .pluck()
    .all(id) as number[];
}

export function moveCode(ctx: ProjectContext, id: number, parentId: number | null, position: number): Code {
  const code = getCode(ctx, id);
  if (parentId !== null) {
    const parent = getCode(ctx, parentId);
    if (parent.variableId !== code.variableId) throw new UserError('a code can only nest under a code of the same variable');
    if (parentId === id || descendants(ctx, id).includes(parentId)) throw new UserError('a code cannot nest under itself');
  }
  recordAction(ctx, `Move code "${code.label}"`, () => {
    ctx.db.prepare('UPDATE codes SET parent_id = ? WHERE id = ?').run(parentId, id);
    reposition(ctx, 'codes', id, position, 'variable_id = ? AND parent_id IS ?', code.variableId, parentId);
  });
  return getCode(ctx, id);
}

/** How many codings deleting a code would touch: its own and its descendants'. */
export function codeUsage(ctx: ProjectContext, id: number): { codings: number; children: number } {
  getCode(ctx, id);
  const ids = [id, ...descendants(ctx, id)];
  const codings = ctx.db.prepare(`SELECT count(*) FROM codings WHERE code_id IN (${ids.map(() => '?').join(',')})`).pluck().get(...ids) as number;
  return { codings, children: ids.length - 1 };
}

export function deleteCode(ctx: ProjectContext, id: number, force: boolean): { deleted: number; codings: number } {
  const code = getCode(ctx, id);
  const usage = codeUsage(ctx, id);
  if (usage.codings && !force) {
    throw new UserError(`"${code.label}" is used by ${usage.codings} coding${usage.codings === 1 ? '' : 's'}; confirm to delete them too`);
  }
  recordAction(ctx, `Delete code "${code.label}"`, () => ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(id));
  return { deleted: id, codings: usage.codings };
}

/** Merges `sourceId` into `targetId`: its codings and child codes move to the target, then it is removed. */
export function mergeCodes(ctx: ProjectContext, sourceId: number, targetId: number): Code {
  const source = getCode(ctx, sourceId);
  const target = getCode(ctx, targetId);
  if (sourceId === targetId) throw new UserError('a code cannot be merged into itself');
  if (source.variableId !== target.variableId) throw new UserError('only codes of the same variable can be merged');
  if (descendants(ctx, sourceId).includes(targetId)) throw new UserError(`"${target.label}" is nested under "${source.label}"; move it out first`);
  recordAction(ctx, `Merge "${source.label}" into "${target.label}"`, () => {
    ctx.db.prepare('UPDATE codings SET code_id = ?, updated_at = ? WHERE code_id = ?').run(targetId, ctx.now().toISOString(), sourceId);
    ctx.db.prepare('UPDATE codes SET parent_id = ? WHERE parent_id = ?').run(targetId, sourceId);
    ctx.db.prepare('DELETE FROM codes WHERE id = ?').run(sourceId);
  });
  return getCode(ctx, targetId);
}
