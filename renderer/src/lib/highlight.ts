// Splits text carrying HIGHLIGHT_START/END markers into plain and marked parts (no HTML ever involved).
import { HIGHLIGHT_END, HIGHLIGHT_START } from '../../../shared/domain/types';

export interface TextPart {
  text: string;
  marked: boolean;
}

export function splitHighlights(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let marked = false;
  let current = '';
  for (const ch of text) {
    if (ch === HIGHLIGHT_START || ch === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, marked });
      current = '';
      marked = ch === HIGHLIGHT_START;
    } else current += ch;
  }
  if (current) parts.push({ text: current, marked });
  return parts;
}

/** The words of a search query worth highlighting in a body: no operators, no NEAR groups. */
export function queryTerms(query: string): { term: string; prefix: boolean }[] {
  const terms: { term: string; prefix: boolean }[] = [];
  for (const [raw] of query.matchAll(/"[^"]*"?\*?|[^\s()"]+/g)) {
    if (/^(AND|OR|NOT)$/.test(raw) || raw.startsWith('NEAR')) continue;
    const prefix = raw.endsWith('*');
    const term = raw.replace(/\*$/, '').replace(/^"/, '').replace(/"$/, '').trim();
    if (/[\p{L}\p{N}]/u.test(term)) terms.push({ term, prefix });
  }
  return terms;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Marks whole-word (or prefix) occurrences of the query's terms, case-insensitively. */
export function markTerms(text: string, query: string): TextPart[] {
  const terms = queryTerms(query);
  if (!terms.length) return [{ text, marked: false }];
  const alternatives = terms
    .sort((a, b) => b.term.length - a.term.length)
    .map(({ term, prefix }) => escapeRegExp(term).replace(/\s+/g, '\\s+') + (prefix ? '[\\p{L}\\p{N}]*' : ''));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start), marked: false });
    parts.push({ text: match[0], marked: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
