// Keyboard selection in the reader: move or extend by stored sentence or by word, with an anchor and a focus.
import type { TextRange } from './paragraphs';

export interface TextSelection {
  anchor: number;
  focus: number;
}

export function rangeOf(sel: TextSelection): TextRange {
  return { start: Math.min(sel.anchor, sel.focus), end: Math.max(sel.anchor, sel.focus) };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*/gu;

/** Word ranges of a body (letters and digits, with inner apostrophes and hyphens). */
export function wordRanges(body: string): TextRange[] {
  const words: TextRange[] = [];
  for (const m of body.matchAll(WORD)) {
    let end = m.index + m[0].length;
    while (end > m.index && /['’\-]/.test(body[end - 1]!)) end--;
    words.push({ start: m.index, end });
  }
  return words;
}

/** Moves to the next (+1) or previous (-1) unit. From a selection that is not one unit, goes to the unit it ends in (or starts in). */
export function moveBy(units: TextRange[], sel: TextSelection | null, dir: 1 | -1, enterFirst = false): TextSelection | null {
  if (!units.length) return sel;
  const pick = (u: TextRange | undefined) => (u ? { anchor: u.start, focus: u.end } : sel);
  if (!sel) return pick(dir > 0 ? units[0] : units[0]);
  const r = rangeOf(sel);
  const exact = units.some((u) => u.start === r.start && u.end === r.end);
  if (enterFirst && !exact && r.end - r.start > 0) {
    // Step into a longer selection: its first (or last) unit.
    const inner = dir > 0 ? units.find((u) => u.start >= r.start && u.start < r.end) : [...units].reverse().find((u) => u.end <= r.end && u.end > r.start);
    if (inner) return pick(inner);
  }
  if (dir > 0) return pick(units.find((u) => u.end > r.end) ?? units[units.length - 1]);
  return pick([...units].reverse().find((u) => u.start < r.start) ?? units[0]);
}

/** Moves the focus by one unit boundary, keeping the anchor; crossing the anchor flips to the other side. */
export function extendBy(units: TextRange[], sel: TextSelection | null, dir: 1 | -1): TextSelection | null {
  if (!sel) return moveBy(units, sel, dir);
  const { anchor, focus } = sel;
  if (dir > 0) {
    if (focus >= anchor) {
      const next = units.find((u) => u.end > focus);
      return next ? { anchor, focus: next.end } : sel;
    }
    const start = units.find((u) => u.start > focus);
    if (start && start.start < anchor) return { anchor, focus: start.start };
    const end = units.find((u) => u.end > anchor);
    return end ? { anchor, focus: end.end } : sel;
  }
  if (focus <= anchor) {
    const prev = [...units].reverse().find((u) => u.start < focus);
    return prev ? { anchor, focus: prev.start } : sel;
  }
  const end = [...units].reverse().find((u) => u.end < focus);
  if (end && end.end > anchor) return { anchor, focus: end.end };
  const start = [...units].reverse().find((u) => u.start < anchor);
  return start ? { anchor, focus: start.start } : sel;
}

/** Widens a mouse selection to whole words and drops white space at its ends. */
export function snapToWords(body: string, range: TextRange): TextRange | null {
  let { start, end } = range;
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}\p{M}'’]/u.test(ch);
  // Never split a surrogate pair.
  if (start > 0 && /[\uDC00-\uDFFF]/.test(body[start]!)) start--;
  if (end < body.length && /[\uDC00-\uDFFF]/.test(body[end]!)) end++;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end <= start) return null;
  while (start > 0 && isWord(body[start - 1]) && isWord(body[start])) start--;
  while (end < body.length && isWord(body[end]) && isWord(body[end - 1])) end++;
  return { start, end };
}
