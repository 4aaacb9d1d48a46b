// CSV built in the renderer (RFC 4180) and handed to the browser as a download.
//
// Quoting (RFC 4180, section 2): records end with CRLF; a field is enclosed in double quotes when it contains a comma,
// a double quote, CR or LF, and a double quote inside it is doubled. Other fields are written as they are.
//
// Formula injection: a spreadsheet opening the file runs a text cell that starts with = + - or @ as a formula
// (OWASP "CSV Injection"). Text cells, which carry names people typed (variables, codes, coders, samples), are
// neutralised by prefixing a single quote, so they show as text; tab and carriage return, which some spreadsheets
// also strip before parsing a formula, are treated the same way. Numbers the report computed (an alpha of −0.125)
// are passed as numbers, not text, and written plainly: they cannot carry a formula, and quoting them would turn
// them into text in the spreadsheet.

import { downloadBlob } from './download';

export type CsvCell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutralise(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Saves text as a file through a Blob and a temporary <a download>; a UTF-8 BOM lets Excel read the accents. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  downloadBlob(fileName, new Blob(['\uFEFF', text], { type }));
}

/** A file-name-safe slug: letters, digits and dashes. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'report'
  );
}
