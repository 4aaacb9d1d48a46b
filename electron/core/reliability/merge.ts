// Merging another coder's copy of the project: their codings come in as theirs, matched by GUID and content
// hash, and so do the units their review settled as "(none)"; nothing local is overwritten, and merging the same file
// twice adds nothing.
import type { MergeReport } from '../../../shared/domain/reliability';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import { codingInserter } from '../exchange/coding-writer';
import { recordAction } from '../history/history';
import { closeProject, openProject, type ProjectContext } from '../project/context';
import { givesUnit } from './units';

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

/** A unit the other copy's review settled as "(none)": a row of its consensus_none. */
interface ForeignNone {
  content_hash: string;
  title: string;
  variable_guid: string;
  variable: string;
  start: number | null;
  end: number | null;
  created_at: string;
}

const FOREIGN_CODINGS = `
  SELECT g.guid, a.content_hash, a.title, c.name AS coder, c.color AS coder_color, c.is_consensus,
    v.guid AS variable_guid, v.name AS variable, k.guid AS code_guid, k.label AS code, g.start, g.end,
    ac.guid AS actor_guid, ac.name AS actor, t.guid AS target_guid, t.name AS target, g.memo, g.created_at, g.updated_at
  FROM codings g JOIN articles a ON a.id = g.article_id JOIN coders c ON c.id = g.coder_id
  JOIN variables v ON v.id = g.variable_id LEFT JOIN codes k ON k.id = g.code_id
  LEFT JOIN actors ac ON ac.id = g.actor_id LEFT JOIN targets t ON t.id = g.target_id
  ORDER BY g.id`;

// The temporary copy is migrated first, so a copy from before migration 8 has the table too, empty.
const FOREIGN_NONE = `
  SELECT a.content_hash, a.title, v.guid AS variable_guid, v.name AS variable, n.start, n.end, n.created_at
  FROM consensus_none n JOIN articles a ON a.id = n.article_id JOIN variables v ON v.id = n.variable_id
  ORDER BY n.id`;

/** Reads the other project from a migrated temporary copy, so the other file is never written. */
function readForeign(file: string): { codings: ForeignCoding[]; none: ForeignNone[] } {
  if (!fs.existsSync(file)) throw new UserError(`no project file at ${file}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-merge-'));
  const copy = path.join(dir, 'other.framebench');
  try {
    fs.copyFileSync(file, copy);
    if (fs.existsSync(`${file}-wal`)) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    const other = openProject(copy, { mustExist: true });
    try {
      return { codings: other.db.prepare(FOREIGN_CODINGS).all() as ForeignCoding[], none: other.db.prepare(FOREIGN_NONE).all() as ForeignNone[] };
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
  const foreign = readForeign(resolved);
  const report: MergeReport = { file: resolved, added: 0, alreadyPresent: 0, noneSettlements: 0, coders: [], unmatched: [] };
  const unmatched = new Map<string, number>();
  const miss = (reason: string) => unmatched.set(reason, (unmatched.get(reason) ?? 0) + 1);

  recordAction(ctx, `Merge from ${path.basename(resolved)}`, () => {
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
    const consensusAdded: MergedConsensusCode[] = [];
    for (const f of foreign.codings) {
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
        if (f.is_consensus && codeId !== null) consensusAdded.push({ articleId, variableId, start: f.start, end: f.end, title: f.title, variable: f.variable });
      }
    }
    noteOverriddenNone(ctx, consensusAdded, miss);
    report.noneSettlements = mergeNone(ctx, foreign.none, miss);
    report.coders = [...coders].sort();
    report.unmatched = [...unmatched].map(([reason, codings]) => ({ reason, codings }));
    ctx.db
      .prepare('INSERT INTO merges (source_file, merged_at, codings_added, unmatched) VALUES (?, ?, ?, ?)')
      .run(resolved, ctx.now().toISOString(), report.added, JSON.stringify(report.unmatched));
  });
  return report;
}

/** A consensus coding with a code that the merge just brought in. */
interface MergedConsensusCode {
  articleId: number;
  variableId: number;
  start: number | null;
  end: number | null;
  title: string;
  variable: string;
}

/** This project's "(none)" settlements that a consensus code just merged in now overrides, one line each. */
function noteOverriddenNone(ctx: ProjectContext, added: MergedConsensusCode[], miss: (reason: string) => void) {
  const settled = ctx.db.prepare('SELECT id, start, end FROM consensus_none WHERE variable_id = ? AND article_id = ?');
  const noted = new Set<number>();
  for (const coding of added) {
    for (const none of settled.all(coding.variableId, coding.articleId) as { id: number; start: number | null; end: number | null }[]) {
      if (noted.has(none.id) || !givesUnit(coding, none.start === null ? null : { start: none.start, end: none.end! })) continue;
      noted.add(none.id);
      miss(`"(none)" settlement here of "${coding.variable}" in "${coding.title}": the merged consensus code now gives that unit a code`);
    }
  }
}

/**
 * Brings in the other copy's "(none)" settlements after its codings, and returns how many came in. A settlement
 * already here is skipped. Where a consensus coding (this project's, or one the merge just brought) gives the unit a
 * code, the code stands and the settlement is listed as not merged: a merge never takes anything away, and the
 * review shows a consensus code over a "(none)" anyway.
 */
function mergeNone(ctx: ProjectContext, foreign: ForeignNone[], miss: (reason: string) => void): number {
  const article = lookup(ctx, 'SELECT id FROM articles WHERE content_hash = ?');
  const variableByGuid = ctx.db.prepare('SELECT id, unit FROM variables WHERE guid = ?');
  const isSentence = ctx.db.prepare('SELECT 1 FROM sentences WHERE article_id = ? AND start = ? AND end = ?').pluck();
  const consensusCodings = ctx.db.prepare(
    'SELECT g.start, g.end FROM codings g JOIN coders c ON c.id = g.coder_id WHERE c.is_consensus = 1 AND g.variable_id = ? AND g.article_id = ? AND g.code_id IS NOT NULL',
  );
  const insert = ctx.db.prepare('INSERT OR IGNORE INTO consensus_none (variable_id, article_id, start, end, created_at) VALUES (?, ?, ?, ?, ?)');
  let added = 0;
  for (const n of foreign) {
    const articleId = article(n.content_hash);
    const variable = variableByGuid.get(n.variable_guid) as { id: number; unit: string } | undefined;
    if (articleId === undefined) {
      miss(`"(none)" settlement: article "${n.title}" is not in this project`);
      continue;
    }
    if (variable === undefined) {
      miss(`"(none)" settlement: variable "${n.variable}" is not in this codebook (GUID ${n.variable_guid})`);
      continue;
    }
    const span = n.start === null ? null : { start: n.start, end: n.end! };
    if (variable.unit === 'article' ? span !== null : span === null || !isSentence.get(articleId, span.start, span.end)) {
      miss(`"(none)" settlement of "${n.variable}" in "${n.title}": no such unit in this project`);
      continue;
    }
    const codes = consensusCodings.all(variable.id, articleId) as { start: number | null; end: number | null }[];
    if (codes.some((c) => givesUnit(c, span))) {
      miss(`"(none)" settlement of "${n.variable}" in "${n.title}": the consensus here gives that unit a code, which is kept`);
      continue;
    }
    added += insert.run(variable.id, articleId, span?.start ?? null, span?.end ?? null, n.created_at).changes;
  }
  return added;
}
