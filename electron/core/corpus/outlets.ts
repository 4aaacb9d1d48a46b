// Outlets: list, and find-or-create by name (names are unique regardless of case).
import type { Outlet } from '../../../shared/domain/types';
import type { ProjectContext } from '../project/context';

export function listOutlets(ctx: ProjectContext): Outlet[] {
  return ctx.db
    .prepare(
      `SELECT o.id, o.name, o.country, o.notes, count(a.id) AS articleCount
       FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id
       GROUP BY o.id ORDER BY o.name COLLATE NOCASE`,
    )
    .all() as Outlet[];
}

export function ensureOutlet(ctx: ProjectContext, name: string, details: { country?: string; notes?: string } = {}): number {
  const found = ctx.db.prepare('SELECT id FROM outlets WHERE name = ?').get(name) as { id: number } | undefined;
  if (found) return found.id;
  const info = ctx.db
    .prepare('INSERT INTO outlets (name, country, notes) VALUES (?, ?, ?)')
    .run(name, details.country ?? null, details.notes ?? null);
  return Number(info.lastInsertRowid);
}

export function updateOutletDetails(ctx: ProjectContext, id: number, details: { country?: string; notes?: string }) {
  ctx.db
    .prepare('UPDATE outlets SET country = coalesce(?, country), notes = coalesce(?, notes) WHERE id = ?')
    .run(details.country ?? null, details.notes ?? null, id);
}
