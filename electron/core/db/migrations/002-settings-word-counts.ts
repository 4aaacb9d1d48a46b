// Migration 2: project settings and word counts.
import { countWords } from '../../../../shared/text/words';
import type { Migration } from './types';

const migration: Migration = {
  version: 2,
  name: 'project settings and word counts',
  sql: `
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    ALTER TABLE articles ADD COLUMN word_count INTEGER NOT NULL DEFAULT 0;
  `,
  up(db) {
    const update = db.prepare('UPDATE articles SET word_count = ? WHERE id = ?');
    for (const row of db.prepare('SELECT id, body FROM articles').all() as { id: number; body: string }[]) {
      update.run(countWords(row.body), row.id);
    }
  },
};

export default migration;
