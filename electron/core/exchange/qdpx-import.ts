// Imports a .qdpx from any REFI-QDA tool into the current project as one undoable action: text sources as
// articles, the codebook (merged by GUID, then name), users as coders, coded selections and whole-source
// codings, notes as memos, sets of sources as stories. What cannot be mapped is listed in the report.
import fs from 'node:fs';
import path from 'node:path';
import type { ActorKind } from '../../../shared/domain/coding';
import type { ImportReport } from '../../../shared/exchange/types';
import { insertActor } from '../coding/actors';
import type { ProjectContext } from '../project/context';
import { applyCodebookDraft } from './codebook-apply';
import { validateDraft } from './codebook-draft';
import { coderFinder, codingInserter } from './coding-writer';
import { unreadableFile } from './csv-reader';
import { newGuid } from './guid';
import { toUtf16 } from './offsets';
import { splitMarker } from './qda-markers';
import { SourceArticles } from './qdpx-articles';
import { readQdpx, type PlannedCoding, type ProjectPlan } from './qdpx-read';
import { commitImport, ReportBuilder } from './report';
import { XmlFileError } from './xml';

const IMPORT_CODER = 'QDPX import';
const ACTOR_KINDS: ActorKind[] = ['person', 'government', 'organization', 'group', 'country'];
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export async function importQdpx(ctx: ProjectContext, file: string): Promise<ImportReport> {
  const report = new ReportBuilder();
  let plan: ProjectPlan | undefined;
  try {
    plan = readQdpx(await readBytes(file), report);
  } catch (error) {
    if (!(error instanceof XmlFileError)) throw error;
    report.error(error.message);
  }
  if (plan) validateDraft(plan.codebook.variables, report);
  const undoLabel = !plan || report.failed ? undefined : commitImport(ctx, `Import ${path.basename(file)}`, report, () => applyPlan(ctx, plan, file, report));
  return report.finish('qdpx', file, undoLabel !== undefined, undoLabel ?? null);
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await fs.promises.readFile(file);
  } catch (error) {
    throw unreadableFile(file, error);
  }
}

interface CodeInfo {
  variableId: number;
  variable: string;
  unit: 'span' | 'article';
  kind: string;
}

function applyPlan(ctx: ProjectContext, plan: ProjectPlan, file: string, report: ReportBuilder) {
  const db = ctx.db;
  const applied = applyCodebookDraft(ctx, plan.codebook.variables, report);
  const codeInfo = db.prepare('SELECT v.id AS variableId, v.name AS variable, v.unit, v.kind FROM codes c JOIN variables v ON v.id = c.variable_id WHERE c.id = ?');
  const coderId = coderFinder(ctx, report);
  const insert = codingInserter(db);
  const articles = new SourceArticles(ctx, path.basename(file), report);
  const now = ctx.now().toISOString();
  const usedNotes = new Set<string>();
  const added = new Map<string, number>();
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const notesText = (guids: string[]) => {
    for (const guid of guids) usedNotes.add(guid);
    return guids.flatMap((guid) => plan.notes.get(guid)?.text || []).join('\n\n');
  };
  const statements = {
    guidTaken: db.prepare('SELECT 1 FROM codings WHERE guid = ?'),
    sameSpan: db.prepare('SELECT 1 FROM codings WHERE article_id = ? AND coder_id = ? AND code_id = ? AND start = ? AND end = ?'),
    replaceValue: db.prepare('DELETE FROM codings WHERE article_id = ? AND coder_id = ? AND variable_id = ? AND start IS NULL'),
    actor: db.prepare('SELECT id FROM actors WHERE name = ?').pluck(),
    target: db.prepare('SELECT id FROM targets WHERE name = ?').pluck(),
    addTarget: db.prepare('INSERT INTO targets (guid, name) VALUES (?, ?)'),
  };
  const actorId = (name: string, kind: unknown) => {
    const found = statements.actor.get(name) as number | undefined;
    if (found !== undefined) return found;
    report.outcome('added', `actor "${name}"`);
    return insertActor(ctx, { name, kind: ACTOR_KINDS.find((k) => k === kind) ?? 'person' });
  };
  const targetId = (name: string) => {
    const found = statements.target.get(name) as number | undefined;
    if (found !== undefined) return found;
    report.outcome('added', `target "${name}"`);
    return Number(statements.addTarget.run(newGuid(), name).lastInsertRowid);
  };
  const coderOf = (user: string | undefined) => {
    const name = user ? plan.users.get(user) : undefined;
    if (!name) report.unmap(`codings without a known user were given to the coder "${IMPORT_CODER}"`);
    return coderId(name ?? IMPORT_CODER);
  };

  const addCoding = (c: PlannedCoding, articleId: number, length: number, start: number | null, end: number | null) => {
    const draft = c.codeGuid ? plan.codebook.valueByCodeGuid.get(c.codeGuid) : undefined;
    const codeId = draft ? applied.values.get(draft) : undefined;
    if (codeId === undefined) return skip(`on a code the file's codebook does not define`);
    const info = codeInfo.get(codeId) as CodeInfo;
    if (start === null && info.unit === 'span') [start, end] = [0, length];
    if (start !== null && info.unit === 'article') return skip(`of "${info.variable}", which codes whole articles, on a selection`);
    if (c.guid && statements.guidTaken.get(c.guid)) return skip('already in the project');
    const { text, data } = splitMarker([notesText(c.noteGuids), c.description ?? ''].filter(Boolean).join('\n\n'));
    const actor = typeof data?.actor === 'string' ? actorId(data.actor, data.actorKind) : null;
    const target = typeof data?.target === 'string' ? targetId(data.target) : null;
    if (info.kind === 'stance' && (actor === null || target === null)) return skip(`of the stance variable "${info.variable}" without actor and target`);
    const coder = coderOf(c.user);
    if (start !== null && statements.sameSpan.get(articleId, coder, codeId, start, end)) return skip('already in the project');
    if (start === null) statements.replaceValue.run(articleId, coder, info.variableId);
    const createdAt = c.createdAt && !Number.isNaN(Date.parse(c.createdAt)) ? c.createdAt : now;
    const updatedAt = c.updatedAt && !Number.isNaN(Date.parse(c.updatedAt)) ? c.updatedAt : createdAt;
    insert({ guid: c.guid ?? newGuid(), articleId, coderId: coder, variableId: info.variableId, codeId, start, end, actorId: actor, targetId: target, memo: text, createdAt, updatedAt });
    added.set(info.variable, (added.get(info.variable) ?? 0) + 1);
  };

  const articleIds = new Map<string, number>();
  for (const source of plan.sources) {
    const articleId = articles.articleFor(source);
    const codings = source.selections.reduce((n, s) => n + s.codings.length, source.wholeCodings.length);
    if (articleId === undefined) {
      for (let i = 0; i < codings; i++) skip(`in sources that were not imported`);
      continue;
    }
    articleIds.set(source.guid, articleId);
    const text = source.text!;
    const offset = toUtf16(text);
    for (const selection of source.selections) {
      const [start, end] = [offset(selection.start), offset(selection.end)];
      const fits = Number.isInteger(selection.start) && start !== undefined && end !== undefined && end > start;
      for (const coding of selection.codings) fits ? addCoding(coding, articleId, text.length, start, end) : skip(`on a selection outside its source's text or empty`);
    }
    for (const coding of source.wholeCodings) addCoding(coding, articleId, text.length, null, null);
    appendMemo(ctx, articleId, notesText(source.noteGuids), latest(plan, source.noteGuids) ?? now, report, `article "${source.name}"`);
  }
  articles.addStories(plan.stories, articleIds);
  appendMemo(ctx, null, notesText(plan.projectNoteGuids), latest(plan, plan.projectNoteGuids) ?? now, report, 'the project');
  for (const [guid, note] of plan.notes) if (!usedNotes.has(guid)) report.unmap(`note "${note.name}" is not attached to a source, a coding or the project; not imported`);
  for (const [variable, n] of added) report.outcome('added', `${plural(n, 'coding')} of "${variable}"`, undefined, n);
  for (const [reason, n] of skipped) report.outcome('skipped', `${plural(n, 'coding')} ${reason}`, undefined, n);
}

/** The latest creation time of some notes, if they have valid ones. */
function latest(plan: ProjectPlan, guids: string[]): string | undefined {
  const times = guids.flatMap((g) => plan.notes.get(g)?.createdAt ?? []).filter((t) => !Number.isNaN(Date.parse(t)));
  return times.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}

/** Notes on a source (or the project) join its memo; a memo that already says the same is left alone. */
function appendMemo(ctx: ProjectContext, articleId: number | null, text: string, time: string, report: ReportBuilder, what: string) {
  if (!text.trim()) return;
  const current = (ctx.db.prepare('SELECT text FROM memos WHERE coalesce(article_id, 0) = ?').pluck().get(articleId ?? 0) as string | undefined) ?? '';
  if (current === text || current.includes(text)) return;
  ctx.db
    .prepare(
      `INSERT INTO memos (article_id, text, updated_at) VALUES (?, ?, ?)
       ON CONFLICT(coalesce(article_id, 0)) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
    )
    .run(articleId, current ? `${current}\n\n${text}` : text, current ? ctx.now().toISOString() : time);
  report.outcome(current ? 'updated' : 'added', `memo of ${what}`);
}
