// Merging another coder's copy of the project: their codings come in as theirs, matched by GUID and content
// hash; nothing local is overwritten, and merging the same file twice adds nothing.
import type { MergeReport } from '../../../shared/domain/reliability';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import { codingInserter } from '../exchange/coding-writer';
import { recordAction } from '../history/history';
import { closeProject, openProject, type ProjectContext } from '../project/context';

interface ForeignCoding {
  guid: string;
  content_hash: string;
  title: string;
  coder: string;
  coder_color: string;
  is_consensus: number;
  variable_guid: string;
  variable: string;
  code_guid: string | null;
  code: string | null;
  start: number | null;
  end: number | null;
  actor_guid: string | null;
  actor: string | null;
  target_guid: string | null;
  target: string | null;
  memo: string;
  created_at: string;
  updated_at: string;
}


const FOREIGN_CODINGS = `
  SELECT g.guid, a.content_hash, a.title, c.name AS coder, c.color AS coder_color, c.is_consensus,
    v.guid AS variable_guid, v.name AS variable, k.guid AS code_guid, k.label AS code, g.start, g.end,
    ac.guid AS actor_guid, ac.name AS actor, t.guid AS target_guid, t.name AS target, g.memo, g.created_at, g.updated_at
  FROM codings g JOIN articles a ON a.id = g.article_id JOIN coders c ON c.id = g.coder_id
  JOIN variables v ON v.id = g.variable_id LEFT JOIN codes k ON k.id = g.code_id
  LEFT JOIN actors ac ON ac.id = g.actor_id LEFT JOIN targets t ON t.id = g.target_id
  ORDER BY g.id`;

/** Reads the other project from a migrated temporary copy, so the other file is never written. */
function readForeignCodings(file: string): ForeignCoding[] {
  if (!fs.existsSync(file)) throw new UserError(`no project file at ${file}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-merge-'));
  const copy = path.join(dir, 'other.framebench');
  try {
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const other = openProject(copy, { mustExist: true });
    try {
      return other.db.prepare(FOREIGN_CODINGS).all() as ForeignCoding[];
    } finally {
      closeProject(other);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function lookup(ctx: ProjectContext, sql: string) {
  const statement = ctx.db.prepare(sql).pluck();
  return (value: string | null) => (value === null ? undefined : (statement.get(value) as number | undefined));
}

export function mergeProject(ctx: ProjectContext, file: string): MergeReport {
  const resolved = path.resolve(file);
  if (resolved === ctx.path) throw new UserError('that is the open project; choose the other coder\'s copy');
  const foreign = readForeignCodings(resolved);
  const report: MergeReport = { file: resolved, added: 0, alreadyPresent: 0, coders: [], unmatched: [] };
  const unmatched = new Map<string, number>();
  const miss = (reason: string) => unmatched.set(reason, (unmatched.get(reason) ?? 0) + 1);

  recordAction(ctx, `Merge codings from ${path.basename(resolved)}`, () => {
    const known = lookup(ctx, 'SELECT id FROM codings WHERE guid = ?');
    const article = lookup(ctx, 'SELECT id FROM articles WHERE content_hash = ?');
    const variable = lookup(ctx, 'SELECT id FROM variables WHERE guid = ?');
    const code = lookup(ctx, 'SELECT id FROM codes WHERE guid = ?');
    const actorByGuid = lookup(ctx, 'SELECT id FROM actors WHERE guid = ?');
    const actorByName = lookup(ctx, 'SELECT id FROM actors WHERE name = ?');
    const targetByGuid = lookup(ctx, 'SELECT id FROM targets WHERE guid = ?');
    const targetByName = lookup(ctx, 'SELECT id FROM targets WHERE name = ?');
    const coderByName = lookup(ctx, 'SELECT id FROM coders WHERE name = ?');
    const insertCoder = ctx.db.prepare('INSERT INTO coders (name, color, created_at, is_consensus) VALUES (?, ?, ?, ?)');
    const insert = codingInserter(ctx.db);
    const coders = new Set<string>();
    for (const f of foreign) {
      if (known(f.guid) !== undefined) {
        report.alreadyPresent++;
        continue;
      }
      const articleId = article(f.content_hash);
      const variableId = variable(f.variable_guid);
      const codeId = f.code_guid === null ? null : code(f.code_guid);
      if (articleId === undefined) miss(`article "${f.title}" is not in this project`);
      else if (variableId === undefined) miss(`variable "${f.variable}" is not in this codebook (GUID ${f.variable_guid})`);
      else if (codeId === undefined) miss(`code "${f.code}" of "${f.variable}" is not in this codebook (GUID ${f.code_guid})`);
      else {
        const coderId = coderByName(f.coder) ?? Number(insertCoder.run(f.coder, f.coder_color, ctx.now().toISOString(), f.is_consensus).lastInsertRowid);
        const actorId = actorByGuid(f.actor_guid) ?? actorByName(f.actor) ?? null;
        const targetId = targetByGuid(f.target_guid) ?? targetByName(f.target) ?? null;
        if (f.actor && actorId === null) miss(`actor "${f.actor}" is not in this registry (coding kept without actor)`);
        if (f.target && targetId === null) miss(`target "${f.target}" is not in this project (coding kept without target)`);
        insert({ guid: f.guid, articleId, coderId, variableId, codeId, start: f.start, end: f.end, actorId, targetId, memo: f.memo, createdAt: f.created_at, updatedAt: f.updated_at });
        coders.add(f.coder);
        report.added++;
      }
    }
    report.coders = [...coders].sort();
    report.unmatched = [...unmatched].map(([reason, codings]) => ({ reason, codings }));
    ctx.db
      .prepare('INSERT INTO merges (source_file, merged_at, codings_added, unmatched) VALUES (?, ?, ?, ?)')
      .run(resolved, ctx.now().toISOString(), report.added, JSON.stringify(report.unmatched));
  });
  return report;
}
