// Streams rows into a CSV file through csv-stringify with backpressure, in a dialect; the file appears complete or not at all.
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { UserError } from '../../../shared/api/errors';
import { DELIMITERS, RECORD_DELIMITER, type CsvDialect } from '../../../shared/exchange/dialect';
import { guardCell } from '../../../shared/exchange/formula-guard';
import type { WrittenFile } from '../../../shared/exchange/types';

/** A cell: text (guarded), a number (never guarded), or empty. */
export type Cell = string | number | null | undefined;

/** Checks the target folder before any work starts, so a typo fails with one line and no partial file. */
export function assertWritable(file: string) {
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new UserError(`cannot write ${file}: the folder ${dir} does not exist`);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UserError(`cannot write ${file}: it is a folder`);
}

/** Writes to FILE.part and renames it over FILE when done, so a failed export never leaves half a file. */
export async function writeAtomically(file: string, write: (partFile: string) => Promise<void>): Promise<number> {
  assertWritable(file);
  const part = `${path.resolve(file)}.part`;
  try {
    await write(part);
    fs.renameSync(part, file);
  } catch (error) {
    fs.rmSync(part, { force: true });
    throw error;
  }
  return fs.statSync(file).size;
}

function csvOptions(dialect: CsvDialect) {
  return {
    delimiter: DELIMITERS[dialect.delimiter],
    record_delimiter: RECORD_DELIMITER,
    bom: dialect.bom,
    // RFC 4180 quoting. csv-stringify quotes a field holding the delimiter, a quote or the whole record
    // delimiter (CRLF), but not a lone \n or \r: those are forced here, or readers would split the row.
    quoted_match: /[\r\n]/,
    cast: { number: (n: number) => (Number.isFinite(n) ? String(n) : '') },
  };
}

/** Streams `header` then `rows` to `file`. Rows are pulled one at a time; the loop waits whenever the file is behind. */
export async function writeCsv(file: string, dialect: CsvDialect, header: readonly string[], rows: Iterable<Cell[]>): Promise<WrittenFile> {
  const prepare = (cells: readonly Cell[]) => cells.map((c) => (typeof c === 'string' && dialect.formulaGuard ? guardCell(c) : (c ?? null)));
  let count = 0;
  const bytes = await writeAtomically(file, async (part) => {
    const csv = stringify(csvOptions(dialect));
    const done = pipeline(csv, fs.createWriteStream(part));
    // Surfaces a write error while the loop is waiting for 'drain'.
    const failed = done.then(() => new Promise<never>(() => {}));
    failed.catch(() => {});
    try {
      csv.write(prepare(header));
      for (const row of rows) {
        count++;
        if (!csv.write(prepare(row))) await Promise.race([once(csv, 'drain'), failed]);
      }
      csv.end();
      await done;
    } catch (error) {
      csv.destroy();
      await done.catch(() => {});
      throw error;
    }
  });
  return { path: path.resolve(file), rows: count, bytes };
}
