// REFI-QDA project export (.qdpx): a zip with project.qdpx (urn:QDA-XML:project:1.0) and each article's text
// as sources/<GUID>.txt. Coders are Users, the codebook is the CodeBook, articles are TextSources with
// outlet/date/author/url/language VariableValues, span codings are PlainTextSelections with a Coding,
// article-level codings are Codings on the whole TextSource, memos are Notes, stories are Sets of sources.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { Zip, ZipDeflate } from 'fflate';
import type { ExportResult } from '../../../shared/exchange/types';
import { getCodebook } from '../coding/codebook';
import type { ProjectContext } from '../project/context';
import { writeAtomically } from './csv-writer';
import { articleGuid, coderGuid, derivedGuid } from './guid';
import { codeElementCount, codeElements } from './qda-codebook';
import { withMarker } from './qda-markers';
import { toCodePoints } from './offsets';
import { withReadConnections } from './read-connection';
import { ORIGIN, PROJECT_NS, XML_DECLARATION, xmlBuilder, type XmlElement } from './xml';

/** Article fields exported as REFI-QDA Variables, with their fixed GUIDs. */
export const ARTICLE_VARIABLES = [
  { name: 'outlet', column: 'outlet', type: 'Text', description: 'The outlet that published the article.' },
  { name: 'date', column: 'published_at', type: 'Date', description: 'Publication date.' },
  { name: 'author', column: 'author', type: 'Text', description: 'Byline.' },
  { name: 'url', column: 'url', type: 'Text', description: 'Address of the article online.' },
  { name: 'language', column: 'language', type: 'Text', description: 'Language code.' },
].map((v) => ({ ...v, guid: derivedGuid('article-variable', v.name) }));

interface ArticleRow {
  id: number;
  title: string;
  body: string;
  hash: string;
  importedAt: string;
  outlet: string;
  [column: string]: unknown;
}

interface CodingRow {
  guid: string;
  start: number | null;
  end: number | null;
  coder: string;
  codeGuid: string | null;
  memo: string;
  createdAt: string;
  updatedAt: string;
  actor: string | null;
  actorKind: string | null;
  target: string | null;
}

const ARTICLES_SQL = `SELECT a.*, a.content_hash AS hash, a.imported_at AS importedAt, o.name AS outlet FROM articles a JOIN outlets o ON o.id = a.outlet_id ORDER BY a.id`;
const CODINGS_SQL = `
  SELECT c.guid, c.start, c.end, k.name AS coder, d.guid AS codeGuid, c.memo, c.created_at AS createdAt, c.updated_at AS updatedAt,
    ac.name AS actor, ac.kind AS actorKind, t.name AS target
  FROM codings c JOIN coders k ON k.id = c.coder_id LEFT JOIN codes d ON d.id = c.code_id
    LEFT JOIN actors ac ON ac.id = c.actor_id LEFT JOIN targets t ON t.id = c.target_id
  WHERE c.article_id = ? ORDER BY c.start IS NOT NULL, c.start, c.end, c.id`;

const note = (guid: string, name: string, text: string, at: string): XmlElement => ({ '@_guid': guid, '@_name': name, '@_creationDateTime': at, PlainTextContent: text });
const ref = (guid: string) => ({ '@_targetGUID': guid });

/** Builds one TextSource; its memo and coding notes are added to `notes`. */
function textSource(a: ArticleRow, guid: string, codings: CodingRow[], memo: { text: string; updated_at: string } | undefined, notes: XmlElement[]): XmlElement {
  const cp = toCodePoints(a.body);
  const codingElement = (c: CodingRow): XmlElement => {
    const element: XmlElement = { '@_guid': c.guid, '@_creatingUser': coderGuid(c.coder), '@_creationDateTime': c.createdAt, CodeRef: ref(c.codeGuid!) };
    const marker = c.actor || c.target ? { ...(c.actor ? { actor: c.actor, actorKind: c.actorKind! } : {}), ...(c.target ? { target: c.target } : {}) } : {};
    const text = withMarker(c.memo, marker);
    if (text) {
      const noteGuid = derivedGuid('coding-note', c.guid);
      notes.push(note(noteGuid, `Coding memo (${c.coder})`, text, c.updatedAt));
      element.NoteRef = [ref(noteGuid)];
    }
    return element;
  };
  const selections = codings.filter((c) => c.start !== null).map((c) => ({
    '@_guid': derivedGuid('selection', c.guid),
    '@_startPosition': cp(c.start!),
    '@_endPosition': cp(c.end!),
    '@_creatingUser': coderGuid(c.coder),
    '@_creationDateTime': c.createdAt,
    '@_modifyingUser': coderGuid(c.coder),
    '@_modifiedDateTime': c.updatedAt,
    Coding: [codingElement(c)],
  }));
  const source: XmlElement = { '@_guid': guid, '@_name': a.title, '@_plainTextPath': `internal://${guid}.txt`, '@_creationDateTime': a.importedAt };
  if (selections.length) source.PlainTextSelection = selections;
  const whole = codings.filter((c) => c.start === null).map(codingElement);
  if (whole.length) source.Coding = whole;
  if (memo) {
    const noteGuid = derivedGuid('article-memo', guid);
    notes.push(note(noteGuid, `Memo: ${a.title}`, memo.text, memo.updated_at));
    source.NoteRef = [ref(noteGuid)];
  }
  const values = ARTICLE_VARIABLES.filter((v) => a[v.column]).map((v) => ({ VariableRef: ref(v.guid), [`${v.type}Value`]: a[v.column] }));
  if (values.length) source.VariableValue = values;
  return source;
}

function stories(db: Database.Database, guids: Map<number, string>): XmlElement[] {
  const rows = db.prepare('SELECT s.id, s.name, s.description FROM stories s ORDER BY s.name COLLATE NOCASE').all() as { id: number; name: string; description: string | null }[];
  const members = db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY article_id').pluck();
  return rows.map((s) => {
    const set: XmlElement = { '@_guid': derivedGuid('story', s.name.toLowerCase()), '@_name': s.name };
    if (s.description) set.Description = s.description;
    const sources = (members.all(s.id) as number[]).map((id) => ref(guids.get(id)!));
    if (sources.length) set.MemberSource = sources;
    return set;
  });
}

export async function exportQdpx(ctx: ProjectContext, file: string): Promise<ExportResult> {
  return withReadConnections(ctx, async (iterating, lookup) => {
    const counts = { users: 0, codes: 0, sources: 0, codings: 0, notes: 0, sets: 0 };
    const bytes = await writeAtomically(file, async (part) => {
      const out = fs.createWriteStream(part);
      const closed = once(out, 'close');
      const zip = new Zip((error, chunk, final) => {
        if (error) out.destroy(error);
        else {
          out.write(chunk);
          if (final) out.end();
        }
      });
      const add = (name: string, text: string) => {
        const entry = new ZipDeflate(name, { level: 6 });
        zip.add(entry);
        entry.push(Buffer.from(text, 'utf8'), true);
      };
      const variables = getCodebook({ ...ctx, db: lookup }, true);
      const users = (lookup.prepare('SELECT name FROM coders ORDER BY name COLLATE NOCASE').pluck().all() as string[]).map((name) => ({ '@_guid': coderGuid(name), '@_name': name }));
      const memoOf = lookup.prepare('SELECT text, updated_at FROM memos WHERE coalesce(article_id, 0) = ?');
      const codingsOf = lookup.prepare(CODINGS_SQL);
      const notes: XmlElement[] = [];
      const sources: XmlElement[] = [];
      const guids = new Map<number, string>();
      for (const a of iterating.prepare(ARTICLES_SQL).iterate() as IterableIterator<ArticleRow>) {
        const guid = articleGuid(a.hash);
        guids.set(a.id, guid);
        const codings = (codingsOf.all(a.id) as CodingRow[]).filter((c) => c.codeGuid);
        counts.codings += codings.length;
        sources.push(textSource(a, guid, codings, memoOf.get(a.id) as { text: string; updated_at: string } | undefined, notes));
        add(`sources/${guid}.txt`, a.body);
        if (out.writableNeedDrain) await once(out, 'drain');
      }
      const project: XmlElement = { '@_xmlns': PROJECT_NS, '@_name': path.basename(ctx.path, path.extname(ctx.path)), '@_origin': ORIGIN };
      if (users.length) project.Users = { User: users };
      if (variables.length) project.CodeBook = { Codes: { Code: codeElements(variables) } };
      if (sources.length) {
        project.Variables = { Variable: ARTICLE_VARIABLES.map((v) => ({ '@_guid': v.guid, '@_name': v.name, '@_typeOfVariable': v.type, Description: v.description })) };
        project.Sources = { TextSource: sources };
      }
      const projectMemo = memoOf.get(0) as { text: string; updated_at: string } | undefined;
      if (projectMemo) notes.push(note(derivedGuid('project-memo', 'project'), 'Project memo', projectMemo.text, projectMemo.updated_at));
      if (notes.length) project.Notes = { Note: notes };
      const sets = stories(lookup, guids);
      if (sets.length) project.Sets = { Set: sets };
      if (projectMemo) project.NoteRef = [ref(derivedGuid('project-memo', 'project'))];
      add('project.qdpx', XML_DECLARATION + (xmlBuilder.build({ Project: project }) as string));
      zip.end();
      await closed;
      Object.assign(counts, { users: users.length, codes: codeElementCount(variables), sources: sources.length, notes: notes.length, sets: sets.length });
    });
    return { kind: 'qdpx', path: path.resolve(file), rows: counts.codings, bytes, counts, warnings: [] };
  });
}
