// Reads a CSV file row by row with csv-parse: delimiter detected from the header, BOM dropped, formula guard
// undone, and each row's line number (where the row starts; the header is line 1).
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import iconv from 'iconv-lite';
import { UserError } from '../../../shared/api/errors';
import { DELIMITERS, detectDelimiter } from '../../../shared/exchange/dialect';
import { unguardCell } from '../../../shared/exchange/formula-guard';

export interface CsvRow {
  line: number;
  /** Cell of a column (header names are compared lower-cased and trimmed); undefined if there is no such column. */
  get(column: string): string | undefined;
  /** Set when the row itself is malformed (more cells than the header). */
  problem?: string;
}

export interface CsvFile {
  columns: string[];
  rows: AsyncGenerator<CsvRow>;
  /** 'windows-1252' when the file was not UTF-8 (Excel's plain "CSV" format on Windows). */
  encoding: 'utf-8' | 'windows-1252';
}

/** A file that is not readable CSV at all; it stops the import with its line number. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export const NOT_UTF8_WARNING = 'the file is not UTF-8, so it was read as Windows-1252 (Excel\'s plain "CSV" format); save it as "CSV UTF-8" to keep non-Latin text';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The one-line error for a file the imports cannot read. */
export function unreadableFile(file: string, error: unknown): UserError {
  return new UserError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
}

/** The file as UTF-8 bytes: a file that is not valid UTF-8 is read as Windows-1252 and re-encoded. */
function readFile(file: string): { buffer: Buffer; encoding: CsvFile['encoding'] } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw unreadableFile(file, error);
  }
  try {
    utf8.decode(bytes);
    return { buffer: bytes, encoding: 'utf-8' };
  } catch {
    return { buffer: Buffer.from(iconv.decode(bytes, 'win1252'), 'utf8'), encoding: 'windows-1252' };
  }
}

function* chunks(buffer: Buffer, size = 1 << 16) {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

/**
 * Records with the line each starts on. csv-parse's own line count drifts after a CRLF inside a quoted
 * cell (it counts CR and LF apart), so lines are counted here from the byte offset where each record ends.
 */
async function* records(buffer: Buffer, delimiter: string): AsyncGenerator<{ cells: string[]; line: number }> {
  const parser = Readable.from(chunks(buffer)).pipe(
    parse({ bom: true, delimiter, info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, record_delimiter: ['\r\n', '\n', '\r'] }),
  );
  let cursor = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; cursor < to; cursor++) {
      const byte = buffer[cursor];
      if (byte === 0x0a || (byte === 0x0d && buffer[cursor + 1] !== 0x0a)) line++;
    }
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { bytes: number } }>) {
      let start = cursor;
      while (buffer[start] === 0x0d || buffer[start] === 0x0a) start++;
      advance(start);
      const first = line;
      advance(info.bytes);
      yield { cells: record, line: first };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    advance(Math.min(buffer.length, (error as CsvError & { bytes?: number }).bytes ?? 0));
    throw new CsvSyntaxError(line, `not valid CSV: ${error.message.replace(/ at line \d+/, '')}`);
  }
}

/** Opens a CSV file; the header must be its first row. `formulaGuard` strips the export guard's leading quote. */
export async function openCsv(file: string, { formulaGuard = true } = {}): Promise<CsvFile> {
  const { buffer, encoding } = readFile(file);
  const head = buffer.toString('utf8', 0, Math.min(buffer.length, 65536));
  if (!head.replace(/^\uFEFF/, '').trim()) throw new CsvSyntaxError(1, 'the file is empty');
  const iterator = records(buffer, DELIMITERS[detectDelimiter(head)]);
  const first = await iterator.next();
  if (first.done) throw new CsvSyntaxError(1, 'the file is empty');
  const columns = first.value.cells.map((c) => c.trim().toLowerCase());
  const seen = columns.findIndex((c, i) => c && columns.indexOf(c) !== i);
  if (seen >= 0) throw new CsvSyntaxError(first.value.line, `column "${columns[seen]}" appears twice in the header`);
  const index = new Map(columns.map((c, i) => [c, i]));
  async function* rows(): AsyncGenerator<CsvRow> {
    for await (const { cells, line } of iterator) {
      if (cells.every((c) => c.trim() === '')) continue;
      const extra = cells.length > columns.length && cells.slice(columns.length).some((c) => c.trim() !== '');
      const problem = extra ? `${cells.length} cells, but the header has ${columns.length} columns` : undefined;
      const values = formulaGuard ? cells.map(unguardCell) : cells;
      yield { line, problem, get: (column) => (index.has(column) ? (values[index.get(column)!] ?? '') : undefined) };
    }
  }
  return { columns, rows: rows(), encoding };
}
