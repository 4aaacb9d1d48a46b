// Project settings: small key/value pairs kept in the project file (current coder, blind mode).
import type { ProjectContext } from './context';

export function getSetting(ctx: ProjectContext, key: string): string | undefined {
  return ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
}

export function setSetting(ctx: ProjectContext, key: string, value: string) {
  ctx.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
}
