// Entry point of file import: decodes one file, picks its parser and returns clean article records.
import { normalizeDate } from './dates';
import { decodeText, withNewlines } from './decode';
import { parseCsv } from './parse-csv';
import { parseHtml } from './parse-html';
import { parseJson } from './parse-json';
import { parseText } from './parse-text';
import { ImportError, type ImportSource, type ParsedArticle } from './types';

type Format = 'text' | 'markdown' | 'html' | 'json' | 'csv' | 'tsv';

const FORMAT_BY_EXTENSION: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
};

/** Every article in one file; throws ImportError with a one-line reason when the file is refused. */
export function parseSource(src: ImportSource): ParsedArticle[] {
  try {
    const text = decodeText(src.bytes, src.name);
    return parseAs(formatOf(src.name, text), text, src.name).map(cleanArticle);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(`could not read file: ${message.split('\n')[0].trim()}`);
  }
}

function formatOf(fileName: string, text: string): Format {
  const dot = fileName.lastIndexOf('.');
  const extension = dot === -1 ? '' : fileName.slice(dot + 1).toLowerCase();
  if (Object.hasOwn(FORMAT_BY_EXTENSION, extension)) return FORMAT_BY_EXTENSION[extension];
  const start = text.trimStart();
  if (start.startsWith('<') && /<html|<body/i.test(start)) return 'html';
  if (start.startsWith('[') || start.startsWith('{')) return 'json';
  return 'text';
}

function parseAs(format: Format, text: string, fileName: string): ParsedArticle[] {
  switch (format) {
    case 'text':
    case 'markdown':
      // parseText tells Markdown from plain text by the same extensions.
      return [parseText(text, fileName)];
    case 'html':
      return [parseHtml(text)];
    case 'json':
      return parseJson(text);
    case 'csv':
      return parseCsv(text);
    case 'tsv':
      return parseCsv(text, '\t');
  }
}

/** Trimmed strings, no empty optional fields, a YYYY-MM-DD date; an empty body is refused, never returned. */
function cleanArticle(article: ParsedArticle, index: number, all: ParsedArticle[]): ParsedArticle {
  const body = withNewlines(article.body).trim();
  if (body === '') {
    throw new ImportError(all.length === 1 ? 'no article text found' : `article ${index + 1}: no body text`);
  }
  const clean: ParsedArticle = { body };
  const title = article.title?.trim();
  const outlet = article.outlet?.trim();
  const author = article.author?.trim();
  const publishedAt = normalizeDate(article.publishedAt);
  const url = article.url?.trim();
  const language = article.language?.trim();
  if (title) clean.title = title;
  if (outlet) clean.outlet = outlet;
  if (author) clean.author = author;
  if (publishedAt) clean.publishedAt = publishedAt;
  if (url) clean.url = url;
  if (language) clean.language = language;
  return clean;
}
