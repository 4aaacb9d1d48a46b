import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { latestVersion, migrations } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { count, tempDir } from '../helpers/temp-project';

describe('project file and migrations', () => {
  it('numbers migrations 1, 2, 3, … without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('creates the latest schema in a new file, with WAL and foreign keys on', () => {
    const file = path.join(tempDir(), 'new.framebench');
    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['articles', 'outlets', 'stories', 'story_articles', 'article_sentences', 'sentences', 'articles_fts', 'settings']),
    );
    db.close();
  });

  it('upgrades a version-1 file with data in it, backfilling word counts and packing sentences', () => {
    const file = path.join(tempDir(), 'old.framebench');
    const v1 = openDatabase(file, { upTo: 1 });
    expect(v1.pragma('user_version', { simple: true })).toBe(1);
    v1.prepare("INSERT INTO outlets (name) VALUES ('Old Outlet')").run();
    v1.prepare(
      "INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES ('Old', 1, 'Three short words. And two more.', 'h1', '2025-01-01')",
    ).run();
    const words = '[{"word":"good","score":3}]';
    v1.prepare('INSERT INTO sentences (article_id, idx, start, end, afinn_score, afinn_comparative, afinn_words) VALUES (1, ?, ?, ?, ?, ?, ?)').run(0, 0, 18, 0, 0, '[]');
    v1.prepare('INSERT INTO sentences (article_id, idx, start, end, afinn_score, afinn_comparative, afinn_words) VALUES (1, ?, ?, ?, ?, ?, ?)').run(1, 19, 32, 3, 0.75, words);
    v1.close();

    const db = openDatabase(file, { mustExist: true });
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
    expect(db.prepare('SELECT word_count FROM articles').pluck().get()).toBe(6);
    expect(db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'three'").pluck().all()).toEqual([1]);
    expect(db.prepare('SELECT * FROM sentences ORDER BY idx').all()).toEqual([
      { article_id: 1, idx: 0, start: 0, end: 18, afinn_score: 0, afinn_comparative: 0, afinn_words: '[]' },
      { article_id: 1, idx: 1, start: 19, end: 32, afinn_score: 3, afinn_comparative: 0.75, afinn_words: words },
    ]);
    expect(db.prepare('SELECT sentences, afinn_score, afinn_comparative_sum FROM article_sentences').get()).toEqual({
      sentences: 2,
      afinn_score: 3,
      afinn_comparative_sum: 0.75,
    });
    db.close();
  });

  it('upgrades a version-8 file with coverage edits, keeping them, their undo triggers and their cascade, and takes attached and detached passages', () => {
    const file = path.join(tempDir(), 'v8.framebench');
    const v8 = openDatabase(file, { upTo: 8 });
    v8.prepare("INSERT INTO outlets (name) VALUES ('Old Outlet')").run();
    v8.prepare("INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES ('Old', 1, 'Three short words. And two more.', 'h1', '2025-01-01')").run();
    v8.prepare("INSERT INTO stories (name, created_at) VALUES ('Story', '2025-01-01')").run();
    v8.prepare("INSERT INTO coverage_rows (id, story_id, label, kind, created_at) VALUES (7, 1, 'Mine', 'rename', '2025-01-01')").run();
    v8.prepare("INSERT INTO coverage_passages (row_id, article_id, start, end, mode, reason) VALUES (7, 1, 0, 18, 'anchor', 'quote')").run();
    expect(() => v8.prepare("INSERT INTO coverage_rows (story_id, kind, created_at) VALUES (1, 'edit', '2025-01-01')").run()).toThrow(/CHECK/);
    v8.close();

    const db = openDatabase(file, { mustExist: true });
    expect(db.prepare('SELECT id, label, kind FROM coverage_rows').all()).toEqual([{ id: 7, label: 'Mine', kind: 'rename' }]);
    expect(db.prepare('SELECT row_id, start, end, mode FROM coverage_passages').all()).toEqual([{ row_id: 7, start: 0, end: 18, mode: 'anchor' }]);
    db.prepare("INSERT INTO coverage_rows (id, story_id, kind, created_at) VALUES (8, 1, 'edit', '2025-01-01')").run();
    db.prepare("INSERT INTO coverage_passages (row_id, article_id, start, end, mode, reason) VALUES (8, 1, 19, 32, 'detached', 'quote')").run();
    const triggers = db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('coverage_rows', 'coverage_passages') ORDER BY name").pluck().all();
    expect(triggers).toHaveLength(6);
    db.prepare('DELETE FROM stories').run();
    expect(count(db, 'coverage_passages')).toBe(0);
    db.close();
  });

  it('refuses a file written by a newer version, and leaves it untouched', () => {
    const file = path.join(tempDir(), 'future.framebench');
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(/newer Framebench/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses files that are not projects with one-line reasons', () => {
    const dir = tempDir();
    const text = path.join(dir, 'notes.framebench');
    fs.writeFileSync(text, 'just some notes, not a database');
    expect(() => openDatabase(text)).toThrow(/is not a Framebench project file/);
    expect(() => openDatabase(path.join(dir, 'missing.framebench'), { mustExist: true })).toThrow(/no project file at/);
    expect(() => openDatabase(dir)).toThrow(/is a folder/);
  });

  it('cascades story links and sentences when an article is deleted', () => {
    const db = openDatabase(':memory:');
    db.exec(`INSERT INTO outlets (name) VALUES ('O');
      INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES ('T', 1, 'B.', 'h', 'now');
      INSERT INTO stories (name, created_at) VALUES ('S', 'now');
      INSERT INTO story_articles VALUES (1, 1);
      INSERT INTO article_sentences (article_id, data, sentences, afinn_score, afinn_comparative_sum) VALUES (1, '[[0, 2, 0, 1, []]]', 1, 0, 0);
      DELETE FROM articles;`);
    expect(count(db, 'story_articles')).toBe(0);
    expect(count(db, 'sentences')).toBe(0);
    expect(() => db.prepare("INSERT INTO articles (title, outlet_id, body, content_hash, imported_at) VALUES ('T', 99, 'B', 'h2', 'now')").run()).toThrow(
      /FOREIGN KEY/,
    );
    db.close();
  });
});
