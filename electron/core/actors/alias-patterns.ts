// Turns an actor name or alias into a whole-word pattern: capitals must match, lower-case letters match either case.
// So "Trump" never matches the verb "trump", while "the press secretary" also matches "The press secretary".

const compiled = new Map<string, RegExp>();

function letterPattern(char: string): string {
  if (/\s/.test(char)) return '\\s+';
  if (char === "'" || char === '’') return "['’]";
  const upper = char.toUpperCase();
  if (char !== upper) return `[${char}${upper}]`;
  return char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A global, Unicode pattern matching `alias` as whole words; null for an alias with no letters or digits. */
export function aliasPattern(alias: string): RegExp | null {
  const clean = alias.trim().replace(/\s+/g, ' ');
  if (!/[\p{L}\p{N}]/u.test(clean)) return null;
  let pattern = compiled.get(clean);
  if (!pattern) {
    const body = Array.from(clean, letterPattern).join('').replace(/(?:\\s\+)+/g, '\\s+');
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'gu');
    compiled.set(clean, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

/** The actor's name followed by its aliases, trimmed, without blanks or case-insensitive repeats. */
export function namesOf(actor: { name: string; aliases: string[] }): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const raw of [actor.name, ...actor.aliases]) {
    const name = raw.trim();
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}
