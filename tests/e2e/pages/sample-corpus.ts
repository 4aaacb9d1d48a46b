// Reads the sample corpus from resources/sample so tests compute expectations instead of hard-coding them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SampleArticle {
  file: string;
  title: string;
  outlet: string;
  /** YYYY-MM-DD */
  date: string;
  body: string;
}

const dir = fileURLToPath(new URL('../../../resources/sample/articles/', import.meta.url));

function field(frontMatter: string, name: string): string {
  const match = new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(frontMatter);
  if (!match) throw new Error(`sample article without ${name}`);
  return match[1].trim().replace(/^"(.*)"$/, '$1');
}

export function sampleArticles(): SampleArticle[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      if (!frontMatter) throw new Error(`${file} has no front matter`);
      return { file, title: field(frontMatter, 'title'), outlet: field(frontMatter, 'outlet'), date: field(frontMatter, 'date'), body };
    });
}

/** Articles containing the word (case-insensitive, whole word), as FTS5's unicode61 tokenizer would find it. */
export function articlesWithWord(word: string): SampleArticle[] {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'iu');
  return sampleArticles().filter((a) => pattern.test(a.body) || pattern.test(a.title));
}
