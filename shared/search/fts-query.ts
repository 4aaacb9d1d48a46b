// Turns what a user types into an FTS5 MATCH expression: operators, phrases, prefixes and groups pass through;
// bare words FTS5 would reject (U.S., Trump's, 9/11) are quoted so they search as typed.

const OPERATORS = new Set(['AND', 'OR', 'NOT']);
const BAREWORD = /^[\p{L}\p{N}_\u0080-\uFFFF]+\*?$/u;

export function toFtsQuery(input: string): string {
  const parts: string[] = [];
  // Quoted phrases (closed or not), parentheses, NEAR(...) and other whitespace-separated tokens.
  const token = /NEAR\([^)]*\)|"[^"]*"?\*?|[()]|[^\s()"]+/g;
  for (const [raw] of input.matchAll(token)) {
    if (raw.startsWith('"') || raw.startsWith('NEAR(') || raw === '(' || raw === ')' || OPERATORS.has(raw) || BAREWORD.test(raw)) {
      parts.push(raw);
      continue;
    }
    const prefix = raw.endsWith('*');
    const word = prefix ? raw.slice(0, -1) : raw;
    if (!/[\p{L}\p{N}]/u.test(word)) continue; // lone punctuation has nothing to match
    parts.push(`"${word.replace(/"/g, '""')}"${prefix ? '*' : ''}`);
  }
  return parts.join(' ');
}
