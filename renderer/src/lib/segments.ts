// Highlight segments: one sweep over the sorted boundaries of all marks, never a pass per character.
import type { TextRange } from './paragraphs';

export interface Mark extends TextRange {
  /** Unique per mark; segments list the marks that cover them. */
  key: string;
}

export interface Segment extends TextRange {
  /** Keys of the marks covering this segment, in the order the marks were given. */
  keys: string[];
}

/**
 * Cuts [range.start, range.end) at every mark boundary inside it. Runs in O((m + b) log b) for m marks and
 * b boundaries: marks are bucketed by start, and the active set changes only at boundaries.
 */
export function buildSegments(range: TextRange, marks: Mark[]): Segment[] {
  const inside = marks.filter((m) => m.end > range.start && m.start < range.end && m.end > m.start);
  const points = new Set<number>([range.start, range.end]);
  for (const m of inside) {
    points.add(Math.max(range.start, m.start));
    points.add(Math.min(range.end, m.end));
  }
  const cuts = [...points].sort((a, b) => a - b);
  const opens = new Map<number, number[]>();
  const closes = new Map<number, number[]>();
  inside.forEach((m, i) => {
    const s = Math.max(range.start, m.start);
    const e = Math.min(range.end, m.end);
    opens.set(s, [...(opens.get(s) ?? []), i]);
    closes.set(e, [...(closes.get(e) ?? []), i]);
  });
  const active = new Set<number>();
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const at = cuts[i]!;
    for (const m of closes.get(at) ?? []) active.delete(m);
    for (const m of opens.get(at) ?? []) active.add(m);
    const keys = [...active].sort((a, b) => a - b).map((m) => inside[m]!.key);
    segments.push({ start: at, end: cuts[i + 1]!, keys });
  }
  return segments;
}

/** Gives each span a lane so overlapping spans never share one (greedy interval colouring, by start). */
export function assignLanes<T extends TextRange & { id: number }>(spans: T[]): Map<number, number> {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end || a.id - b.id);
  const laneEnds: number[] = [];
  const lanes = new Map<number, number>();
  for (const s of sorted) {
    let lane = laneEnds.findIndex((end) => end <= s.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.end;
    lanes.set(s.id, lane);
  }
  return lanes;
}
