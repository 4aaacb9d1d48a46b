// Words as counted everywhere (import, migrations, views): white-space separated chunks with a letter or digit.

const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let n = 0;
  for (const chunk of text.split(/\s+/)) if (HAS_WORD_CHARACTER.test(chunk)) n++;
  return n;
}
