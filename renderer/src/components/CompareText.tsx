// One article body in a Compare column: the Code view's segment rendering (lib/segments, the same coding tints and
// lane underlines) plus aligned passages, the linked passage of the active group, and the word diff against the wire.
import { Fragment, memo, useMemo, type MouseEvent } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import type { ColumnPassage } from '../lib/compare';
import { NEUTRAL } from '../lib/color';
import { paragraphRanges, type TextRange } from '../lib/paragraphs';
import { assignLanes, buildSegments, codedSegmentStyle, type Mark } from '../lib/segments';
import type { CodingLook } from './ArticleText';

export interface WordDiff {
  /** Words this article has that the base has not (ranges in this body). */
  inserted: TextRange[];
  /** Words of the base this article left out, shown where they would have been. */
  deleted: { at: number; text: string }[];
}

interface CompareTextProps {
  body: string;
  codings: Coding[];
  lookOf(coding: Coding): CodingLook;
  passages: ColumnPassage[];
  /** Passages of this article linked to the active one (its counterparts here), highlighted. */
  linked: TextRange[];
  /** The passage selected, hovered or jumped to in this column. */
  current: TextRange | null;
  diff: WordDiff | null;
  onPointPassage?(passage: ColumnPassage | null, e: MouseEvent<HTMLElement>): void;
  onPickPassage?(passage: ColumnPassage | null, e: MouseEvent<HTMLElement>): void;
  pick(candidates: ColumnPassage[], offset: number | null): ColumnPassage | null;
}

interface SegmentView {
  start: number;
  end: number;
  className: string;
  style?: Record<string, string | undefined>;
  title?: string;
  passages?: string;
  deletedBefore?: string[];
}

const Paragraph = memo(
  function Paragraph({ body, segments, trailing }: { body: string; segments: SegmentView[]; trailing: string[]; sig: string }) {
    return (
      <p>
        {segments.map((s) => (
          <Fragment key={s.start}>
            {s.deletedBefore?.map((text, i) => (
              <del key={i} className="cmp-del" title="Left out of this version (in the wire base)">
                {text}
              </del>
            ))}
            <span className={s.className} style={s.style} title={s.title} data-start={s.start} data-end={s.end} data-passages={s.passages}>
              {body.slice(s.start, s.end)}
            </span>
          </Fragment>
        ))}
        {trailing.map((text, i) => (
          <del key={`t${i}`} className="cmp-del" title="Left out of this version (in the wire base)">
            {text}
          </del>
        ))}
      </p>
    );
  },
  (a, b) => a.sig === b.sig && a.body === b.body,
);

export function CompareText(props: CompareTextProps) {
  const { body, codings, lookOf, passages, linked, current, diff } = props;
  const paragraphs = useMemo(() => paragraphRanges(body), [body]);
  const spans = useMemo(() => codings.filter((c) => c.start !== null && c.end !== null) as (Coding & { start: number; end: number })[], [codings]);
  const lanes = useMemo(() => assignLanes(spans), [spans]);
  const codingByKey = useMemo(() => new Map(spans.map((c) => [`c${c.id}`, c])), [spans]);
  const passageByKey = useMemo(() => new Map(passages.map((p, i) => [`a${i}`, p])), [passages]);

  // Deletions go with the paragraph they fall in (or the one before, between paragraphs).
  const deletions = useMemo(() => {
    const byParagraph = new Map<number, { at: number; text: string }[]>();
    for (const d of diff?.deleted ?? []) {
      let index = 0;
      paragraphs.forEach((p, i) => {
        if (p.start <= d.at) index = i;
      });
      const list = byParagraph.get(index) ?? byParagraph.set(index, []).get(index)!;
      list.push(d);
    }
    return byParagraph;
  }, [diff, paragraphs]);

  const rendered = useMemo(() => {
    const marks: Mark[] = [
      ...spans.map((c) => ({ key: `c${c.id}`, start: c.start, end: c.end })),
      ...passages.map((p, i) => ({ key: `a${i}`, start: p.start, end: p.end })),
      ...(diff?.inserted ?? []).map((r, i) => ({ key: `i${i}`, ...r })),
      ...linked.map((r, i) => ({ key: `l${i}`, start: r.start, end: r.end })),
    ];
    if (current && current.end > current.start) marks.push({ key: 'cur', ...current });
    return paragraphs.map((p, pi) => {
      const dels = (deletions.get(pi) ?? []).map((d) => ({ ...d, at: Math.max(p.start, d.at) }));
      // A cut wherever a deletion sits, so it can be drawn before the segment starting there.
      for (const [i, d] of dels.entries()) if (d.at > p.start && d.at < p.end) marks.push({ key: `d${pi}-${i}`, start: d.at, end: p.end });
      const segments: SegmentView[] = buildSegments(p, marks).map((seg) => {
        const classes = ['seg'];
        const titles: string[] = [];
        let style: SegmentView['style'];
        const coded = seg.keys.filter((k) => k.startsWith('c') && k !== 'cur').map((k) => codingByKey.get(k)!).filter(Boolean);
        if (coded.length) {
          coded.sort((a, b) => (lanes.get(a.id) ?? 0) - (lanes.get(b.id) ?? 0));
          classes.push('is-coded');
          style = codedSegmentStyle(coded, lanes, (c) => lookOf(c).color || NEUTRAL, coded[coded.length - 1]!, 0.13);
          for (const c of coded) titles.push(lookOf(c).label);
        }
        const aligned = seg.keys.filter((k) => k.startsWith('a')).map((k) => passageByKey.get(k)!);
        if (aligned.length) {
          classes.push('is-aligned');
          if (aligned.some((a) => a.quoteStart !== undefined && seg.start >= a.quoteStart && seg.end <= a.quoteEnd!)) classes.push('is-quote');
        }
        if (seg.keys.some((k) => k.startsWith('l'))) classes.push('is-linked');
        if (seg.keys.includes('cur')) classes.push('is-current');
        if (seg.keys.some((k) => k.startsWith('i'))) classes.push('is-inserted');
        const before = dels.filter((d) => d.at === seg.start).map((d) => d.text);
        return {
          start: seg.start,
          end: seg.end,
          className: classes.join(' '),
          style,
          title: titles.length ? titles.join('\n') : undefined,
          passages: aligned.length ? aligned.map((a) => a.id).join(' ') : undefined,
          deletedBefore: before.length ? before : undefined,
        };
      });
      const trailing = dels.filter((d) => d.at >= p.end).map((d) => d.text);
      return { p, segments, trailing, sig: JSON.stringify([segments, trailing]) };
    });
  }, [spans, passages, diff, current, paragraphs, deletions, codingByKey, passageByKey, lanes, lookOf, linked]);

  const byId = useMemo(() => new Map(passages.map((p) => [p.id, p])), [passages]);
  const resolve = (e: MouseEvent<HTMLElement>): ColumnPassage | null => {
    const seg = (e.target as HTMLElement).closest<HTMLElement>('[data-passages]');
    if (!seg) return null;
    const candidates = (seg.dataset.passages ?? '').split(' ').map((id) => byId.get(id)!).filter(Boolean);
    return props.pick(candidates, Number(seg.dataset.start));
  };

  return (
    <div
      className="reader-body cmp-body"
      data-testid="compare-body"
      onMouseOver={props.onPointPassage ? (e) => props.onPointPassage!(resolve(e), e) : undefined}
      onClick={props.onPickPassage ? (e) => props.onPickPassage!(resolve(e), e) : undefined}
    >
      {rendered.map(({ p, segments, trailing, sig }) => (
        <Paragraph key={p.start} body={body} segments={segments} trailing={trailing} sig={sig} />
      ))}
    </div>
  );
}
