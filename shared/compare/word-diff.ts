// What one version changed relative to another, word by word (jsdiff diffWords), with offsets in both texts.
import { diffWords } from 'diff';
import type { WordEdit } from './types';

/**
 * Moves from `pos` in `text` past `value`, which jsdiff may give with different white space (for unchanged
 * parts it reports the new text's spacing): non-space characters are matched one for one, spaces skipped.
 */
function advance(text: string, pos: number, value: string): number {
  for (const char of value) {
    if (/\s/.test(char)) {
      if (pos < text.length && /\s/.test(text[pos])) while (pos < text.length && /\s/.test(text[pos])) pos++;
      continue;
    }
    while (pos < text.length && /\s/.test(text[pos]) && text[pos] !== char) pos++;
    pos++;
  }
  return Math.min(pos, text.length);
}

function trimmedSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Edits turning `base` into `other`: a removal followed by an addition is one replace. */
export function wordEdits(base: string, other: string): WordEdit[] {
  const edits: WordEdit[] = [];
  let basePos = 0;
  let otherPos = 0;
  let pending: { before: string; baseStart: number; baseEnd: number } | null = null;
  const flush = (after: string, start: number, end: number) => {
    if (!pending && !after.trim()) return;
    const [bs, be] = pending ? trimmedSpan(base, pending.baseStart, pending.baseEnd) : [basePos, basePos];
    const [os, oe] = after ? trimmedSpan(other, start, end) : [start, start];
    edits.push({
      kind: pending && after.trim() ? 'replace' : pending ? 'delete' : 'insert',
      before: base.slice(bs, be),
      after: other.slice(os, oe),
      baseStart: bs,
      baseEnd: be,
      start: os,
      end: oe,
    });
    pending = null;
  };
  for (const change of diffWords(base, other)) {
    if (change.removed) {
      const end = advance(base, basePos, change.value);
      pending = { before: change.value, baseStart: basePos, baseEnd: end };
      basePos = end;
    } else if (change.added) {
      const end = advance(other, otherPos, change.value);
      flush(change.value, otherPos, end);
      otherPos = end;
    } else {
      if (pending) flush('', otherPos, otherPos);
      basePos = advance(base, basePos, change.value);
      otherPos = advance(other, otherPos, change.value);
    }
  }
  if (pending) flush('', otherPos, otherPos);
  return edits.filter((e) => e.before.trim() || e.after.trim());
}

export function countWordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
