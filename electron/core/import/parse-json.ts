// Parses JSON article exports, and maps any keyed record (JSON object, CSV row, front matter) to article fields.
import { normalizeDate } from './dates';
import { ImportError, type ParsedArticle } from './types';

export type ArticleMetadata = Omit<ParsedArticle, 'body'>;
type MetadataField = keyof ArticleMetadata;

/** Accepted key names per field, lower-case; the first one present wins. */
export const METADATA_ALIASES: Record<MetadataField, readonly string[]> = {
  title: ['title'],
  outlet: ['outlet', 'source', 'publication', 'site'],
  author: ['author', 'byline'],
  publishedAt: ['date', 'published', 'published_at', 'publishedat'],
  url: ['url', 'link'],
  language: ['language', 'lang'],
};
export const BODY_ALIASES: readonly string[] = ['body', 'text', 'content'];

export interface RecordOptions {
  /** Accept numbers, booleans, Dates and lists of strings, as YAML front matter produces them. */
  lenient?: boolean;
}

/** A record's values keyed by lower-cased, trimmed key; the first spelling of a key wins. */
export function lowerCaseKeys(record: Record<string, unknown>): Map<string, unknown> {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    const lower = key.trim().toLowerCase();
    if (!byKey.has(lower)) byKey.set(lower, value);
  }
  return byKey;
}

/** The first non-empty value among the aliases, as a string; `where` prefixes error messages. */
export function readTextField(
  values: Map<string, unknown>,
  aliases: readonly string[],
  where: string,
  options: RecordOptions = {},
): string | undefined {
  for (const key of aliases) {
    const text = valueAsText(values.get(key), key, where, options);
    if (text !== undefined && text.trim() !== '') return text.trim();
  }
  return undefined;
}

/** Title, outlet, author, date, URL and language of one record. */
export function readMetadata(
  values: Map<string, unknown>,
  where: string,
  options: RecordOptions = {},
): ArticleMetadata {
  const metadata: ArticleMetadata = {};
  for (const field of Object.keys(METADATA_ALIASES) as MetadataField[]) {
    const aliases = METADATA_ALIASES[field];
    if (field === 'publishedAt') {
      const date = readDate(values, aliases, where, options);
      if (date) metadata.publishedAt = date;
      continue;
    }
    const text = readTextField(values, aliases, where, options);
    if (text !== undefined) metadata[field] = text;
  }
  return metadata;
}

/** Articles in a JSON file: an array of objects, one object, or {"articles": [...]}. */
export function parseJson(text: string): ParsedArticle[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`malformed JSON: ${firstLine(error)}`);
  }
  const entries = articleEntries(data);
  if (entries.length === 0) throw new ImportError('no articles in file');
  return entries.map((entry, index) => articleFromEntry(entry, `article ${index + 1}`));
}

function articleEntries(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (isPlainObject(data)) {
    const articles = lowerCaseKeys(data).get('articles');
    if (articles === undefined) return [data];
    if (Array.isArray(articles)) return articles;
    throw new ImportError(`"articles" must be a list, got ${describeType(articles)}`);
  }
  throw new ImportError(`expected an article object or a list of articles, got ${describeType(data)}`);
}

function articleFromEntry(entry: unknown, where: string): ParsedArticle {
  if (!isPlainObject(entry)) throw new ImportError(`${where}: expected an object, got ${describeType(entry)}`);
  const values = lowerCaseKeys(entry);
  const body = readTextField(values, BODY_ALIASES, where);
  if (body === undefined) throw new ImportError(`${where}: no body text`);
  return { body, ...readMetadata(values, where) };
}

function readDate(
  values: Map<string, unknown>,
  aliases: readonly string[],
  where: string,
  options: RecordOptions,
): string | undefined {
  for (const key of aliases) {
    const value = values.get(key);
    if (value === undefined || value === null || value === '') continue;
    if (options.lenient && value instanceof Date) return normalizeDate(value);
    const text = valueAsText(value, key, where, options);
    if (text !== undefined && text.trim() !== '') return normalizeDate(text);
  }
  return undefined;
}

function valueAsText(value: unknown, key: string, where: string, options: RecordOptions): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (options.lenient) {
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  }
  // News API exports write the outlet as {"id": ..., "name": "The Outlet"}.
  if (isPlainObject(value) && typeof value.name === 'string') return value.name;
  throw new ImportError(`${where}: "${key}" must be text, got ${describeType(value)}`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0].trim();
}
