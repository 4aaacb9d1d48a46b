// What the export and exchange-import dialogs offer: the kinds with their names and file endings, and the
// file names suggested next to the project file.
import type { ExportKind, ImportKind } from '../../../shared/exchange/types';

export interface ExportChoice {
  kind: ExportKind;
  label: string;
  /** Appended to the project's base name for the suggested file, e.g. "-codebook.csv". */
  suffix: string;
  description: string;
  csv: boolean;
}

/** In the order the dialog lists them. */
export const EXPORT_CHOICES: ExportChoice[] = [
  { kind: 'codebook', label: 'Codebook CSV', suffix: '-codebook.csv', csv: true, description: 'One row per value: definitions, numeric codes, colours.' },
  { kind: 'qdc', label: 'Codebook REFI-QDA (.qdc)', suffix: '-codebook.qdc', csv: false, description: 'The codebook for MAXQDA, ATLAS.ti, NVivo and other QDA tools.' },
  { kind: 'segments', label: 'Coded segments CSV', suffix: '-segments.csv', csv: true, description: 'One row per coding, with its text, coder, actor and memo.' },
  { kind: 'matrix', label: 'Article data matrix CSV', suffix: '-matrix.csv', csv: true, description: 'One row per article and coder, for SPSS and R.' },
  { kind: 'long', label: 'Long format CSV for R', suffix: '-codings-long.csv', csv: true, description: 'One row per coding: article, coder, variable, value, code.' },
  { kind: 'qdpx', label: 'Whole project REFI-QDA (.qdpx)', suffix: '.qdpx', csv: false, description: 'Articles, codebook, codings, memos and stories in one file.' },
];

export interface ImportChoice {
  kind: ImportKind;
  label: string;
  /** One short line on the choice itself. */
  description: string;
  /** What the import does, shown under the choices for the chosen one. */
  hint: string;
  csv: boolean;
  placeholder: string;
}

export const IMPORT_CHOICES: ImportChoice[] = [
  {
    kind: 'codebook',
    label: 'Codebook CSV',
    description: 'A codebook exported from Framebench, or made by hand.',
    csv: true,
    placeholder: '/path/to/codebook.csv',
    hint: 'Merged into this codebook: variables and values are matched by GUID, then by name; nothing is deleted.',
  },
  {
    kind: 'qdc',
    label: 'Codebook REFI-QDA (.qdc)',
    description: 'A codebook from MAXQDA, ATLAS.ti, NVivo or Framebench.',
    csv: false,
    placeholder: '/path/to/codebook.qdc',
    hint: 'Merged into this codebook by GUID, then by name; parts Framebench cannot hold are listed in the report.',
  },
  {
    kind: 'codings',
    label: 'Codings CSV',
    description: 'The long format, or the coded segments export.',
    csv: true,
    placeholder: '/path/to/codings.csv',
    hint: 'Rows are matched to articles, coders, variables and values. One row that does not match and nothing is imported.',
  },
  {
    kind: 'qdpx',
    label: 'REFI-QDA project (.qdpx)',
    description: 'Texts, codebook, codings and memos from a QDA tool.',
    csv: false,
    placeholder: '/path/to/project.qdpx',
    hint: 'Text sources become articles (texts already here are reused); the codebook, codings, memos and sets (as stories) come along.',
  },
];

export const FORMULA_GUARD_HINT = "Cells starting with = + - @ tab or CR get a leading ' so spreadsheets do not run them as formulas.";

/** The folder part of a path, with its trailing separator ('' when there is none). */
export function folderOf(path: string | undefined): string {
  if (!path) return '';
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

/** The name part of a path. */
export function fileNameOf(path: string): string {
  return path.slice(folderOf(path).length);
}

/** The file next to the project file: "/data/study.framebench" and "-codebook.csv" give "/data/study-codebook.csv". */
export function suggestedExportPath(projectPath: string | undefined, kind: ExportKind): string {
  const folder = folderOf(projectPath);
  const base = projectPath ? projectPath.slice(folder.length).replace(/\.framebench$/i, '') : 'framebench';
  return `${folder}${base || 'framebench'}${EXPORT_CHOICES.find((c) => c.kind === kind)!.suffix}`;
}

const ENDING = /\.(csv|qdc|qdpx)$/i;

/** The path for a newly chosen kind: the suggestion if the old path was the old suggestion, else the same name with the right ending. */
export function pathForKind(path: string, from: ExportKind, to: ExportKind, projectPath: string | undefined): string {
  if (!path.trim() || path === suggestedExportPath(projectPath, from)) return suggestedExportPath(projectPath, to);
  const ending = EXPORT_CHOICES.find((c) => c.kind === to)!.suffix.replace(/^.*(\.[a-z]+)$/, '$1');
  return ENDING.test(path) ? path.replace(ENDING, ending) : path;
}

/** Where the matrix's value labels go: FILE-labels.csv beside it (the backend's naming). */
export function labelsPathOf(path: string): string {
  return path.replace(/(\.[^./\\]*)?$/, (ext) => `-labels${ext || '.csv'}`);
}
