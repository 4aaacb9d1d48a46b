// The actor registry (people, governments, organisations, groups, countries) and stance targets.
import { randomUUID } from 'node:crypto';
import { UserError } from '../../../shared/api/errors';
import type { Actor, ActorKind, Target } from '../../../shared/domain/coding';
import type { ActorRef } from '../actors/types';
import { recordAction } from '../history/history';
import type { ProjectContext } from '../project/context';
import { toActor, type ActorRow } from './rows';

export interface ActorInput {
  name: string;
  kind: ActorKind;
  affiliation?: string | null;
  aliases?: string[];
}

function cleanAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([name.toLowerCase()]);
  return aliases
    .map((a) => a.trim())
    .filter((a) => a && !seen.has(a.toLowerCase()) && seen.add(a.toLowerCase()));
}

export function listActors(ctx: ProjectContext): Actor[] {
  return (ctx.db.prepare('SELECT * FROM actors ORDER BY name COLLATE NOCASE').all() as ActorRow[]).map(toActor);
}

/** The registry as the text engine takes it (electron/core/actors). */
export function actorRefs(ctx: ProjectContext): ActorRef[] {
  return listActors(ctx).map(({ id, name, kind, aliases, affiliation }) => ({ id, name, kind, aliases, affiliation }));
}

export function getActor(ctx: ProjectContext, id: number): Actor {
  const row = ctx.db.prepare('SELECT * FROM actors WHERE id = ?').get(id) as ActorRow | undefined;
  if (!row) throw new UserError(`no actor with id ${id}`);
  return toActor(row);
}

function assertNameFree(ctx: ProjectContext, table: 'actors' | 'targets', name: string, exceptId = 0) {
  const taken = ctx.db.prepare(`SELECT 1 FROM ${table} WHERE name = ? AND id != ?`).get(name, exceptId);
  if (taken) throw new UserError(`${table === 'actors' ? 'an actor' : 'a target'} named "${name}" already exists`);
}

export function insertActor(ctx: ProjectContext, input: ActorInput): number {
  assertNameFree(ctx, 'actors', input.name);
  return Number(
    ctx.db
      .prepare('INSERT INTO actors (guid, name, kind, affiliation, aliases) VALUES (?, ?, ?, ?, ?)')
      .run(randomUUID(), input.name, input.kind, input.affiliation ?? null, JSON.stringify(cleanAliases(input.name, input.aliases ?? [])))
      .lastInsertRowid,
  );
}

export function createActor(ctx: ProjectContext, input: ActorInput): Actor {
  return getActor(ctx, recordAction(ctx, `Add actor "${input.name}"`, () => insertActor(ctx, input)));
}

export function updateActor(ctx: ProjectContext, id: number, patch: Partial<ActorInput>): Actor {
  const current = getActor(ctx, id);
  const next = { ...current, ...patch };
  if (patch.name) assertNameFree(ctx, 'actors', patch.name, id);
  recordAction(ctx, `Edit actor "${current.name}"`, () =>
    ctx.db
      .prepare('UPDATE actors SET name = ?, kind = ?, affiliation = ?, aliases = ? WHERE id = ?')
      .run(next.name, next.kind, next.affiliation ?? null, JSON.stringify(cleanAliases(next.name, next.aliases)), id),
  );
  return getActor(ctx, id);
}

/** Merges `sourceId` into `targetId`: names and aliases join, codings move, the source is removed. */
export function mergeActors(ctx: ProjectContext, sourceId: number, targetId: number): Actor {
  if (sourceId === targetId) throw new UserError('an actor cannot be merged into itself');
  const source = getActor(ctx, sourceId);
  const target = getActor(ctx, targetId);
  recordAction(ctx, `Merge actor "${source.name}" into "${target.name}"`, () => {
    const aliases = cleanAliases(target.name, [...target.aliases, source.name, ...source.aliases]);
    ctx.db.prepare('UPDATE actors SET aliases = ?, affiliation = coalesce(affiliation, ?) WHERE id = ?').run(JSON.stringify(aliases), source.affiliation, targetId);
    ctx.db.prepare('UPDATE codings SET actor_id = ?, updated_at = ? WHERE actor_id = ?').run(targetId, ctx.now().toISOString(), sourceId);
    ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(sourceId);
  });
  return getActor(ctx, targetId);
}

export function deleteActor(ctx: ProjectContext, id: number): { deleted: number } {
  const actor = getActor(ctx, id);
  recordAction(ctx, `Delete actor "${actor.name}"`, () => ctx.db.prepare('DELETE FROM actors WHERE id = ?').run(id));
  return { deleted: id };
}

export function listTargets(ctx: ProjectContext): Target[] {
  return ctx.db.prepare('SELECT id, guid, name, description FROM targets ORDER BY name COLLATE NOCASE').all() as Target[];
}

export function getTarget(ctx: ProjectContext, id: number): Target {
  const target = ctx.db.prepare('SELECT id, guid, name, description FROM targets WHERE id = ?').get(id) as Target | undefined;
  if (!target) throw new UserError(`no target with id ${id}`);
  return target;
}

export function createTarget(ctx: ProjectContext, name: string, description = ''): Target {
  assertNameFree(ctx, 'targets', name);
  const id = recordAction(ctx, `Add target "${name}"`, () =>
    Number(ctx.db.prepare('INSERT INTO targets (guid, name, description) VALUES (?, ?, ?)').run(randomUUID(), name, description).lastInsertRowid),
  );
  return getTarget(ctx, id);
}

export function updateTarget(ctx: ProjectContext, id: number, patch: { name?: string; description?: string }): Target {
  const current = getTarget(ctx, id);
  if (patch.name) assertNameFree(ctx, 'targets', patch.name, id);
  recordAction(ctx, `Edit target "${current.name}"`, () =>
    ctx.db.prepare('UPDATE targets SET name = ?, description = ? WHERE id = ?').run(patch.name ?? current.name, patch.description ?? current.description, id),
  );
  return getTarget(ctx, id);
}

export function deleteTarget(ctx: ProjectContext, id: number): { deleted: number } {
  const target = getTarget(ctx, id);
  recordAction(ctx, `Delete target "${target.name}"`, () => ctx.db.prepare('DELETE FROM targets WHERE id = ?').run(id));
  return { deleted: id };
}
