// Highlight segments: one sweep over the sorted boundaries of all marks, never a pass per character.
import { withAlpha } from './color';
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

const MAX_LANES = 4;
const LANE_PX = 3;

export type CodedSegmentStyle = {
  backgroundImage: string;
  backgroundSize: string;
  backgroundPosition: string;
  backgroundColor: string;
  paddingBottom: string | undefined;
};

/**
 * The look of a segment under codings (`coded`, sorted by lane): a 2px underline in each coding's colour, a lane
 * apart (the first MAX_LANES lanes only), and a tint of the colour of `top` at `alpha`.
 */
export function codedSegmentStyle<T extends { id: number }>(coded: T[], lanes: Map<number, number>, colorOf: (c: T) => string, top: T, alpha: number): CodedSegmentStyle {
  const shown = coded.filter((c) => (lanes.get(c.id) ?? 0) < MAX_LANES);
  const maxLane = Math.max(...shown.map((c) => lanes.get(c.id) ?? 0), 0);
  const images = shown.map((c) => {
    const color = colorOf(c);
    return `linear-gradient(${color}, ${color})`;
  });
  return {
    backgroundImage: images.join(', '),
    backgroundSize: images.map(() => '100% 2px').join(', '),
    backgroundPosition: shown.map((c) => `0 calc(100% - ${(lanes.get(c.id) ?? 0) * LANE_PX}px)`).join(', '),
    backgroundColor: withAlpha(colorOf(top), alpha),
    paddingBottom: maxLane ? `${maxLane * LANE_PX}px` : undefined,
  };
}
