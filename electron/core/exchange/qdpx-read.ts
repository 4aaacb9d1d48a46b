// Reads a .qdpx (zip) into a plan of what can be imported: users, codebook, text sources with their
// selections and codings, notes, sets; everything Framebench cannot hold is listed in the report.
import { unzipSync } from 'fflate';
import type { ReadCodebook } from './qda-codebook';
import { readCodeElements } from './qda-codebook';
import { normalizeGuid } from './guid';
import type { ReportBuilder } from './report';
import { attr, childText, children, parseQdaXml, unknownParts, XmlFileError, type XmlElement } from './xml';

export interface PlannedCoding {
  guid?: string;
  codeGuid?: string;
  user?: string;
  createdAt?: string;
  updatedAt?: string;
  noteGuids: string[];
  /** Text attached to the selection itself (its Description). */
  description?: string;
}

export interface PlannedSelection {
  start: number;
  end: number;
  codings: PlannedCoding[];
}

export interface PlannedSource {
  guid: string;
  name: string;
  text?: string;
  createdAt?: string;
  values: Map<string, string>;
  selections: PlannedSelection[];
  wholeCodings: PlannedCoding[];
  noteGuids: string[];
}

export interface ProjectPlan {
  name: string;
  users: Map<string, string>;
  codebook: ReadCodebook;
  sources: PlannedSource[];
  notes: Map<string, { name: string; text: string; createdAt?: string }>;
  projectNoteGuids: string[];
  /** Sets of sources, which become stories. */
  stories: { name: string; description?: string; sourceGuids: string[] }[];
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string | undefined {
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

export function unzipQdpx(bytes: Uint8Array): { xml: string; files: Map<string, Uint8Array> } {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes);
  } catch (error) {
    throw new XmlFileError(`not a .qdpx file: it is not a zip archive (${(error as Error).message})`);
  }
  const files = new Map(Object.entries(entries).map(([name, data]) => [name.replace(/\\/g, '/').replace(/^\.\//, '').toLowerCase(), data]));
  const main = files.get('project.qdpx') ?? [...files].find(([name]) => !name.includes('/') && name.endsWith('.qdpx'))?.[1];
  if (!main) throw new XmlFileError('not a .qdpx file: the archive holds no project.qdpx');
  const xml = decode(main);
  if (xml === undefined) throw new XmlFileError('project.qdpx is not UTF-8 text');
  return { xml, files };
}

/** The plain text of a TextSource (inline, or a file inside the archive); undefined, with a reason reported, if unreadable. */
function sourceText(source: XmlElement, files: Map<string, Uint8Array>, name: string, report: ReportBuilder): string | undefined {
  const inline = childText(source, 'PlainTextContent');
  if (inline !== undefined) return inline;
  const where = attr(source, 'plainTextPath');
  if (!where) {
    report.unmap(`source "${name}" has no plain text (${attr(source, 'richTextPath') ? 'only rich text' : 'no text at all'}); not imported`);
    return undefined;
  }
  if (!where.startsWith('internal://')) {
    report.unmap(`source "${name}" keeps its text outside the .qdpx (${where}); not imported`);
    return undefined;
  }
  const file = where.slice('internal://'.length).replace(/^\/+/, '').toLowerCase();
  const bytes = files.get(`sources/${file}`) ?? files.get(file);
  if (!bytes) {
    report.unmap(`source "${name}": sources/${file} is missing from the .qdpx; not imported`);
    return undefined;
  }
  const text = decode(bytes);
  if (text === undefined) report.unmap(`source "${name}": sources/${file} is not UTF-8 text; not imported`);
  return text;
}

function plannedCoding(coding: XmlElement, fallbackUser: string | undefined, where: string, report: ReportBuilder): PlannedCoding {
  const codeRefs = children(coding, 'CodeRef');
  for (const part of unknownParts(coding, ['@guid', '@creatingUser', '@creationDateTime', 'CodeRef', 'NoteRef'])) report.unmap(`${part} of a coding in ${where} not imported`);
  return {
    guid: normalizeGuid(attr(coding, 'guid')),
    codeGuid: normalizeGuid(attr(codeRefs[0], 'targetGUID')),
    user: normalizeGuid(attr(coding, 'creatingUser')) ?? fallbackUser,
    createdAt: attr(coding, 'creationDateTime'),
    noteGuids: children(coding, 'NoteRef').flatMap((n) => normalizeGuid(attr(n, 'targetGUID')) ?? []),
  };
}

function plannedSource(source: XmlElement, files: Map<string, Uint8Array>, variables: Map<string, string>, report: ReportBuilder): PlannedSource {
  const name = attr(source, 'name') ?? attr(source, 'guid') ?? 'Untitled source';
  const where = `source "${name}"`;
  const known = ['@guid', '@name', '@plainTextPath', '@richTextPath', '@creatingUser', '@creationDateTime', '@modifyingUser', '@modifiedDateTime', 'Description', 'PlainTextContent', 'PlainTextSelection', 'Coding', 'NoteRef', 'VariableValue'];
  for (const part of unknownParts(source, known)) report.unmap(`${part} of ${where} not imported`);
  if (childText(source, 'Description')) report.unmap(`the description of ${where} not imported`);
  const values = new Map<string, string>();
  for (const value of children(source, 'VariableValue')) {
    const variable = variables.get(normalizeGuid(attr(value.VariableRef as XmlElement, 'targetGUID')) ?? '');
    const text = ['TextValue', 'DateValue', 'DateTimeValue', 'IntegerValue', 'FloatValue', 'BooleanValue'].map((k) => childText(value, k)).find((v) => v !== undefined);
    if (variable && text !== undefined) values.set(variable, text);
  }
  const selections = children(source, 'PlainTextSelection').map((s) => {
    const user = normalizeGuid(attr(s, 'creatingUser'));
    const description = childText(s, 'Description');
    const codings = children(s, 'Coding').map((c) => ({ ...plannedCoding(c, user, where, report), updatedAt: attr(s, 'modifiedDateTime'), description }));
    for (const c of codings) c.noteGuids.push(...children(s, 'NoteRef').flatMap((n) => normalizeGuid(attr(n, 'targetGUID')) ?? []));
    if (!codings.length) report.unmap(`a selection without codings in ${where} not imported`);
    return { start: Number(attr(s, 'startPosition')), end: Number(attr(s, 'endPosition')), codings };
  });
  return {
    guid: normalizeGuid(attr(source, 'guid')) ?? name,
    name,
    text: sourceText(source, files, name, report),
    createdAt: attr(source, 'creationDateTime'),
    values,
    selections,
    wholeCodings: children(source, 'Coding').map((c) => plannedCoding(c, normalizeGuid(attr(source, 'creatingUser')), where, report)),
    noteGuids: children(source, 'NoteRef').flatMap((n) => normalizeGuid(attr(n, 'targetGUID')) ?? []),
  };
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function readQdpx(bytes: Uint8Array, report: ReportBuilder): ProjectPlan {
  const { xml, files } = unzipQdpx(bytes);
  const root = parseQdaXml(xml, 'Project');
  const known = ['@name', '@origin', '@creatingUserGUID', '@creationDateTime', '@modifyingUserGUID', '@modifiedDateTime', '@basePath', 'Users', 'CodeBook', 'Variables', 'Cases', 'Sources', 'Notes', 'Links', 'Sets', 'Graphs', 'Description', 'NoteRef'];
  for (const part of unknownParts(root, known)) report.unmap(`${part} of the project not imported`);
  const users = new Map(children(root.Users as XmlElement, 'User').map((u) => [normalizeGuid(attr(u, 'guid')) ?? '', attr(u, 'name') || attr(u, 'id') || `User ${(attr(u, 'guid') ?? '').slice(0, 8)}`]));
  const codebook = readCodeElements(children((root.CodeBook as XmlElement | undefined)?.Codes as XmlElement, 'Code'), report);
  const variables = new Map(children(root.Variables as XmlElement, 'Variable').map((v) => [normalizeGuid(attr(v, 'guid')) ?? '', attr(v, 'name') ?? '']));
  const sourcesElement = root.Sources as XmlElement | undefined;
  for (const kind of ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource']) {
    const n = children(sourcesElement, kind).length;
    if (n) report.unmap(`${count(n, kind)} not imported: Framebench holds text sources only`);
  }
  const notes = new Map(
    children(root.Notes as XmlElement, 'Note').map((n) => [
      normalizeGuid(attr(n, 'guid')) ?? '',
      { name: attr(n, 'name') ?? 'Note', text: sourceText(n, files, attr(n, 'name') ?? 'note', report) ?? '', createdAt: attr(n, 'creationDateTime') },
    ]),
  );
  const cases = children(root.Cases as XmlElement, 'Case').length;
  if (cases) report.unmap(`${count(cases, 'case')} not imported: Framebench has no cases`);
  const links = children(root.Links as XmlElement, 'Link').length;
  if (links) report.unmap(`${count(links, 'link')} not imported: Framebench has no links`);
  const graphs = children(root.Graphs as XmlElement, 'Graph').length;
  if (graphs) report.unmap(`${count(graphs, 'graph')} not imported: Framebench has no graphs`);
  if (childText(root, 'Description')) report.unmap('the project description not imported');
  const stories = children(root.Sets as XmlElement, 'Set').map((set) => {
    const name = attr(set, 'name') ?? 'Unnamed set';
    const codes = children(set, 'MemberCode').length + children(set, 'MemberNote').length;
    if (codes) report.unmap(`set "${name}": its ${count(codes, 'code or note member')} not imported (a set of sources becomes a story)`);
    return { name, description: childText(set, 'Description'), sourceGuids: children(set, 'MemberSource').flatMap((m) => normalizeGuid(attr(m, 'targetGUID')) ?? []) };
  });
  return {
    name: attr(root, 'name') ?? 'QDPX project',
    users,
    codebook,
    sources: children(sourcesElement, 'TextSource').map((s) => plannedSource(s, files, variables, report)),
    notes,
    projectNoteGuids: children(root, 'NoteRef').flatMap((n) => normalizeGuid(attr(n, 'targetGUID')) ?? []),
    stories: stories.filter((s) => s.sourceGuids.length),
  };
}
