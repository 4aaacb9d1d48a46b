// Words as counted everywhere (import, migrations, views): white-space separated chunks with a letter or digit.

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const SPACE = /\s/;

const isAsciiSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isAsciiWordCharacter = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Same count as splitting on /\s+/ and testing each chunk for [\p{L}\p{N}], in one pass without allocations. */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (isAsciiSpace(c)) counted = false;
      else if (!counted && isAsciiWordCharacter(c)) {
        counted = true;
        n++;
      }
    } else if (SPACE.test(text[i])) counted = false;
    else if (!counted && WORD_CHARACTER.test(String.fromCodePoint(text.codePointAt(i)!))) {
      counted = true;
      n++;
    }
  }
  return n;
}
