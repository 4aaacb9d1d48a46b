// REFI-QDA counts text positions in Unicode characters (code points); Framebench offsets are JavaScript
// string indices (UTF-16 code units). They differ only after characters outside the BMP (emoji, rare CJK).

const ASTRAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]/;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Maps UTF-16 offsets of `text` to code point offsets. */
export function toCodePoints(text: string): (offset: number) => number {
  if (!ASTRAL.test(text)) return (offset) => offset;
  const prefix = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    prefix[i] = cp;
    // A high surrogate and the low one after it are one character: count it once, at the low half.
    if (!(isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1)))) cp++;
  }
  prefix[text.length] = cp;
  return (offset) => prefix[offset];
}

/** Maps code point offsets of `text` to UTF-16 offsets; undefined past the end. */
export function toUtf16(text: string): (position: number) => number | undefined {
  if (!ASTRAL.test(text)) return (position) => (position >= 0 && position <= text.length ? position : undefined);
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    if (isHigh(text.charCodeAt(i)) && isLow(text.charCodeAt(i + 1))) i++;
  }
  starts.push(text.length);
  return (position) => (position >= 0 && position < starts.length ? starts[position] : undefined);
}
