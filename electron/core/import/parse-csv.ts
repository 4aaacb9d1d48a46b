// Parses CSV/TSV article tables (one article per row, header row first) with papaparse.
import Papa from 'papaparse';
import { withNewlines } from './decode';
import { BODY_ALIASES, readMetadata, readTextField } from './parse-json';
import { ImportError, type ParsedArticle } from './types';

interface Row {
  fields: string[];
  /** 1-based line in the file where the row starts (rows can span lines inside quotes). */
  line: number;
  errors: Papa.ParseError[];
}

/** Articles in a CSV file; the delimiter is guessed among comma, semicolon and tab unless given. */
export function parseCsv(text: string, delimiter?: string): ParsedArticle[] {
  const rows = readRows(withNewlines(text), delimiter);
  const header = rows.shift();
  if (!header) throw new ImportError('no articles in file');
  throwOnMalformed(header, header.fields.length);

  const columns = header.fields.map((name) => name.trim().toLowerCase());
  if (!columns.some((name) => BODY_ALIASES.includes(name))) {
    throw new ImportError(`CSV has no body column (expected one of: ${BODY_ALIASES.join(', ')})`);
  }

  const articles = rows.map((row) => {
    throwOnMalformed(row, columns.length);
    const values = new Map<string, unknown>();
    columns.forEach((name, i) => {
      if (!values.has(name)) values.set(name, row.fields[i]);
    });
    const where = `row ${row.line}`;
    const body = readTextField(values, BODY_ALIASES, where);
    if (body === undefined) throw new ImportError(`${where}: empty body`);
    return { body, ...readMetadata(values, where) };
  });
  if (articles.length === 0) throw new ImportError('no articles in file');
  return articles;
}

function readRows(text: string, delimiter: string | undefined): Row[] {
  const rows: Row[] = [];
  const lineOfRowAt = rowLineFinder(text);
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: [',', ';', '\t'],
    newline: '\n',
    // Greedy also skips rows like ",,," and keeps blank lines from spoiling the delimiter guess.
    skipEmptyLines: 'greedy',
    step: (result) => {
      const line = lineOfRowAt(rowStart, result.meta.delimiter);
      rows.push({ fields: result.data, line, errors: result.errors });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}

/**
 * Maps the offset where papaparse resumed to the line where the next row really starts,
 * passing over the blank rows it skipped; offsets must not decrease between calls.
 */
function rowLineFinder(text: string): (offset: number, delimiter: string) => number {
  let countedTo = 0;
  let line = 1;
  return (offset, delimiter) => {
    let start = offset;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      if (!isBlankRow(text.slice(start, end), delimiter)) break;
      start = end + 1;
    }
    for (; countedTo < start; countedTo++) if (text.charCodeAt(countedTo) === 0x0a) line++;
    return line;
  };
}

function isBlankRow(line: string, delimiter: string): boolean {
  return line.split(delimiter).every((field) => /^\s*(?:""\s*)?$/.test(field));
}

function throwOnMalformed(row: Row, expectedFields: number): void {
  const quoteError = row.errors.find((error) => error.type === 'Quotes');
  if (quoteError) throw new ImportError(`malformed CSV at line ${row.line}: ${describeQuoteError(quoteError)}`);
  if (row.fields.length !== expectedFields) {
    throw new ImportError(
      `malformed CSV at line ${row.line}: expected ${expectedFields} fields, found ${row.fields.length}`,
    );
  }
}

function describeQuoteError(error: Papa.ParseError): string {
  if (error.code === 'MissingQuotes') return 'unclosed quote';
  if (error.code === 'InvalidQuotes') return 'stray quote after a quoted field';
  return error.message.charAt(0).toLowerCase() + error.message.slice(1);
}
