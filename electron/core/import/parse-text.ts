// Parses plain-text and Markdown articles (title from front matter or the first line, body from the rest).
import matter from 'gray-matter';
import { withNewlines } from './decode';
import { lowerCaseKeys, readMetadata, type ArticleMetadata } from './parse-json';
import { ImportError, type ParsedArticle } from './types';

/** A first line this long or longer is prose, not a title. */
const MAX_TITLE_LENGTH = 200;
const MARKDOWN_EXTENSIONS = ['.md', '.markdown'];
// Front matter opens and closes with "---" on lines of their own; without the closing line it is prose.
const FRONT_MATTER = /^---[^\n]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** One article from a .txt or .md file, or from pasted text when no file name is given. */
export function parseText(text: string, fileName?: string): ParsedArticle {
  const normalised = withNewlines(text.replace(/^\uFEFF/, '')).normalize('NFC');
  if (normalised.trim() === '') throw new ImportError(fileName === undefined ? 'text is empty' : 'file is empty');
  const isMarkdown = fileName !== undefined && MARKDOWN_EXTENSIONS.some((ext) => fileName.toLowerCase().endsWith(ext));
  const article = isMarkdown ? parseMarkdown(normalised) : parsePlainText(normalised);
  if (article.body === '') throw new ImportError('no article text found in the file');
  return article;
}

function parsePlainText(text: string): ParsedArticle {
  return splitTitle(tidyParagraphs(text.split('\n')), undefined, {});
}

function parseMarkdown(text: string): ParsedArticle {
  const { metadata, content } = readFrontMatter(text);
  const title = metadata.title === undefined ? undefined : cleanInlineMarkdown(metadata.title).trim() || undefined;
  return splitTitle(tidyParagraphs(markdownToPlainLines(content)), title, metadata);
}

/**
 * Uses the first non-empty line as the title unless one is already known; when the known
 * title repeats as the first line (a "# Title" under front matter), that line is dropped.
 */
function splitTitle(lines: string[], knownTitle: string | undefined, metadata: ArticleMetadata): ParsedArticle {
  const first = lines.findIndex((line) => line.trim() !== '');
  const firstLine = first === -1 ? '' : lines[first].trim();
  const rest = tidyParagraphs(lines.slice(first + 1)).join('\n').trim();
  if (knownTitle !== undefined) {
    const body = firstLine === knownTitle && rest !== '' ? rest : lines.join('\n').trim();
    return { ...metadata, title: knownTitle, body };
  }
  // A single short line is the whole article; it is kept as the body, since a body is required.
  if (firstLine.length >= MAX_TITLE_LENGTH || rest === '') return { ...metadata, body: lines.join('\n').trim() };
  return { ...metadata, title: firstLine, body: rest };
}

function readFrontMatter(text: string): { metadata: ArticleMetadata; content: string } {
  if (!FRONT_MATTER.test(text)) return { metadata: {}, content: text };
  let data: unknown;
  let content: string;
  try {
    // Passing options also bypasses gray-matter's unbounded cache keyed by file content.
    ({ data, content } = matter(text, { engines: { javascript: refuseJavaScript } }));
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new ImportError(`malformed front matter: ${message.split('\n')[0].trim().replace(/:$/, '')}`);
  }
  const isRecord = typeof data === 'object' && data !== null && !Array.isArray(data);
  if (!isRecord) return { metadata: {}, content };
  return { metadata: readMetadata(lowerCaseKeys(data as Record<string, unknown>), 'front matter', { lenient: true }), content };
}

// gray-matter would eval "---js" front matter; an imported file must never run code.
function refuseJavaScript(): object {
  throw new ImportError('front matter written in JavaScript is not supported');
}

/** Markdown source lines with the syntax removed that would otherwise pollute text analysis. */
function markdownToPlainLines(markdown: string): string[] {
  const lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (/^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue; // link reference definition
    if (/^ {0,3}(?:[-*_=]\s*){3,}$/.test(line)) continue; // rule or setext heading underline
    lines.push(cleanInlineMarkdown(stripHeadingMarks(line.replace(/^ {0,3}(?:>\s?)+/, ''))));
  }
  return lines;
}

/** "## Title ##" -> "Title"; "#hashtag" is not a heading. */
function stripHeadingMarks(line: string): string {
  const heading = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(line);
  return heading ? (heading[1] ?? '') : line;
}

function cleanInlineMarkdown(line: string): string {
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // inline links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*/g, '$1')
    // Underscores inside words (snake_case) are not emphasis.
    .replace(/(^|[^\w])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?!\w)/g, '$1$2');
}

/** Trailing spaces removed and runs of blank lines collapsed to one, so paragraphs stay one blank line apart. */
function tidyParagraphs(lines: string[]): string[] {
  const tidy: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    if (trimmed === '' && (tidy.length === 0 || tidy[tidy.length - 1] === '')) continue;
    tidy.push(trimmed);
  }
  while (tidy.length > 0 && tidy[tidy.length - 1] === '') tidy.pop();
  return tidy;
}
