// Change capture for undo/redo, after SQLite's "Automatic Undo/Redo Using SQLite": triggers write, for each
// row change, the SQL statement that reverses it, while an action is being recorded.
import type Database from 'better-sqlite3';

const RECORDING = '(SELECT action_id FROM history_recording WHERE id = 1)';

/**
 * Undo triggers for `tables`: the tables whose changes are undoable, everything an analyst does by hand, nothing
 * imported. The triggers copy each table's column list, so a migration that adds a column to one of them must
 * install its triggers again.
 */
export function installUndoTriggers(db: Database.Database, tables: string[]) {
  for (const table of tables) {
    const columns = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(table) as string[]).filter((c) => c !== 'id');
    const restoreValues = columns.map((c) => `',' || quote(old.${c})`).join(' || ');
    const restoreSet = columns.map((c, i) => `'${i ? ',' : ''}${c}=' || quote(old.${c})`).join(' || ');
    const log = (statement: string) => `INSERT INTO history_log (action_id, statement) VALUES (${RECORDING}, ${statement});`;
    db.exec(`
      DROP TRIGGER IF EXISTS ${table}_undo_insert;
      DROP TRIGGER IF EXISTS ${table}_undo_update;
      DROP TRIGGER IF EXISTS ${table}_undo_delete;
      CREATE TRIGGER ${table}_undo_insert AFTER INSERT ON ${table} WHEN ${RECORDING} IS NOT NULL BEGIN
        ${log(`'DELETE FROM ${table} WHERE id=' || new.id`)}
      END;
      CREATE TRIGGER ${table}_undo_update AFTER UPDATE ON ${table} WHEN ${RECORDING} IS NOT NULL BEGIN
        ${log(`'UPDATE ${table} SET ' || ${restoreSet} || ' WHERE id=' || old.id`)}
      END;
      CREATE TRIGGER ${table}_undo_delete BEFORE DELETE ON ${table} WHEN ${RECORDING} IS NOT NULL BEGIN
        ${log(`'INSERT INTO ${table} (id,${columns.join(',')}) VALUES (' || old.id || ${restoreValues} || ')'`)}
      END;
    `);
  }
}
