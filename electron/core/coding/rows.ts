// Row mapping for the coding tables: snake_case rows to the API's camelCase records.
import type { Actor, Code, Coding, Variable } from '../../../shared/domain/coding';

export interface VariableRow {
  id: number;
  guid: string;
  name: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
  unit: Variable['unit'];
  level: Variable['level'];
  kind: Variable['kind'];
  template: string | null;
  position: number;
  archived: number;
}

export interface CodeRow {
  id: number;
  guid: string;
  variable_id: number;
  parent_id: number | null;
  label: string;
  description: string;
  numeric_code: number | null;
  color: string;
  shortcut: string | null;
  position: number;
  archived: number;
  usage: number;
}

export const toVariable = (row: VariableRow, codes: Code[]): Variable => ({ ...row, archived: !!row.archived, codes });

export const toCode = (row: CodeRow): Code => ({
  id: row.id,
  guid: row.guid,
  variableId: row.variable_id,
  parentId: row.parent_id,
  label: row.label,
  description: row.description,
  numericCode: row.numeric_code,
  color: row.color,
  shortcut: row.shortcut,
  position: row.position,
  archived: !!row.archived,
  usage: row.usage,
});

export interface CodingRow {
  id: number;
  guid: string;
  article_id: number;
  coder_id: number;
  variable_id: number;
  code_id: number | null;
  start: number | null;
  end: number | null;
  actor_id: number | null;
  target_id: number | null;
  memo: string;
  created_at: string;
  updated_at: string;
}

export const toCoding = (row: CodingRow): Coding => ({
  id: row.id,
  guid: row.guid,
  articleId: row.article_id,
  coderId: row.coder_id,
  variableId: row.variable_id,
  codeId: row.code_id,
  start: row.start,
  end: row.end,
  actorId: row.actor_id,
  targetId: row.target_id,
  memo: row.memo,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface ActorRow {
  id: number;
  guid: string;
  name: string;
  kind: Actor['kind'];
  affiliation: string | null;
  aliases: string;
}

export const toActor = (row: ActorRow): Actor => ({ ...row, aliases: JSON.parse(row.aliases) as string[] });

