// Builds the one-line, human-readable evidence shown next to a suggested speaker.
import type { ResolvedSpeaker } from './speaker-resolution';

const MAX_SNIPPET = 110;

/** body[from, to) on one line, shortened in the middle when long; "…" marks a cut at either end. */
export function snippet(body: string, from: number, to: number, cutStart = false, cutEnd = false): string {
  let text = body.slice(from, to).replace(/\s+/g, ' ').trim();
  if (text.length > MAX_SNIPPET) {
    const half = Math.floor((MAX_SNIPPET - 1) / 2);
    const head = text.slice(0, half).replace(/\s+\S*$/, '');
    const tail = text.slice(-half).replace(/^\S*\s+/, '');
    text = `${head} … ${tail}`;
  }
  return `${cutStart ? '…' : ''}${text}${cutEnd ? '…' : ''}`;
}

/** Start of the word that begins at most `chars` before `position`, but not before `floor`. */
export function wordStartBefore(body: string, position: number, chars: number, floor: number): number {
  let start = Math.max(floor, position - chars);
  while (start > floor && /\S/.test(body[start - 1])) start++;
  return start < position ? start : floor;
}

export function evidenceLine(reason: string, text: string, speaker: ResolvedSpeaker | null): string {
  const note = speaker?.note ? ` (${speaker.note})` : '';
  return `${reason}: ${text}${note}`;
}
