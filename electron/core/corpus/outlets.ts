// Outlets: list, and find-or-create by name (names are unique regardless of case).
import type { Outlet } from '../../../shared/domain/types';
import type { ProjectContext } from '../project/context';

/** Names in the order a reader expects: "Outlet 2" before "Outlet 10", case and accents aside. */
const byName = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function listOutlets(ctx: ProjectContext): Outlet[] {
  const outlets = ctx.db
    .prepare(
      `SELECT o.id, o.name, o.country, o.notes, count(a.id) AS articleCount
       FROM outlets o LEFT JOIN articles a ON a.outlet_id = o.id GROUP BY o.id`,
    )
    .all() as Outlet[];
  return outlets.sort((a, b) => byName.compare(a.name, b.name));
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
