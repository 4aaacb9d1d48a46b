// The article body with coding highlights: paragraphs of segments, each carrying its body offsets (data-start/end).
import { memo, useMemo, type MouseEvent, type Ref } from 'react';
import type { Coding, Mention } from '../../../shared/domain/coding';
import { NEUTRAL } from '../lib/color';
import { markTerms } from '../lib/highlight';
import { paragraphRanges, type TextRange } from '../lib/paragraphs';
import { assignLanes, buildSegments, codedSegmentStyle, type Mark } from '../lib/segments';

export interface CodingLook {
  color: string;
  label: string;
}

interface ArticleTextProps {
  body: string;
  codings: Coding[];
  lookOf(coding: Coding): CodingLook;
  activeCodingId: number | null;
  selection: TextRange | null;
  /** Draws the eye to the selection for a moment (just after landing on it from another view). */
  flashSelection?: boolean;
  suggestion: TextRange | null;
  mentions: Mention[];
  actorName(id: number): string;
  query: string;
  bodyRef?: Ref<HTMLDivElement>;
  onMouseUp?(e: MouseEvent<HTMLDivElement>): void;
}

interface SegmentView {
  start: number;
  end: number;
  className: string;
  style?: { backgroundImage?: string; backgroundSize?: string; backgroundPosition?: string; backgroundColor?: string; paddingBottom?: string };
  title?: string;
  mark: boolean;
  codingIds?: string;
}

const Paragraph = memo(function Paragraph({ body, segments }: { body: string; segments: SegmentView[]; sig: string }) {
  return (
    <p>
      {segments.map((s) => {
        const Tag = s.mark ? 'mark' : 'span';
        return (
          <Tag key={s.start} className={s.className} style={s.style} title={s.title} data-start={s.start} data-end={s.end} data-codings={s.codingIds}>
            {body.slice(s.start, s.end)}
          </Tag>
        );
      })}
    </p>
  );
}, (a, b) => a.sig === b.sig && a.body === b.body);

export function ArticleText(props: ArticleTextProps) {
  const { body, codings, lookOf, activeCodingId, selection, suggestion, mentions, actorName, query } = props;
  const paragraphs = useMemo(() => paragraphRanges(body), [body]);
  const spans = useMemo(() => codings.filter((c) => c.start !== null && c.end !== null) as (Coding & { start: number; end: number })[], [codings]);
  const lanes = useMemo(() => assignLanes(spans), [spans]);
  const byKey = useMemo(() => new Map(spans.map((c) => [`c${c.id}`, c])), [spans]);

  const terms = useMemo(() => {
    if (!query) return [] as Mark[];
    const out: Mark[] = [];
    for (const p of paragraphs) {
      let at = p.start;
      for (const part of markTerms(body.slice(p.start, p.end), query)) {
        if (part.marked) out.push({ key: `t${out.length}`, start: at, end: at + part.text.length });
        at += part.text.length;
      }
    }
    return out;
  }, [body, paragraphs, query]);

  const rendered = useMemo(() => {
    const marks: Mark[] = [
      ...spans.map((c) => ({ key: `c${c.id}`, start: c.start, end: c.end })),
      ...mentions.map((m, i) => ({ key: `m${i}`, start: m.start, end: m.end })),
      ...terms,
    ];
    if (selection && selection.end > selection.start) marks.push({ key: 's', ...selection });
    if (suggestion && suggestion.end > suggestion.start) marks.push({ key: 'q', ...suggestion });
    return paragraphs.map((p) => {
      const segments: SegmentView[] = buildSegments(p, marks).map((seg) => {
        const coded = seg.keys.filter((k) => k.startsWith('c')).map((k) => byKey.get(k)!);
        coded.sort((a, b) => (lanes.get(a.id) ?? 0) - (lanes.get(b.id) ?? 0));
        const classes = ['seg'];
        const titles: string[] = [];
        let style: SegmentView['style'];
        if (coded.length) {
          classes.push('is-coded');
          const top = coded.find((c) => c.id === activeCodingId) ?? coded[coded.length - 1]!;
          const active = coded.some((c) => c.id === activeCodingId);
          if (active) classes.push('is-active');
          style = codedSegmentStyle(coded, lanes, (c) => lookOf(c).color || NEUTRAL, top, active ? 0.3 : 0.13);
          for (const c of coded) titles.push(lookOf(c).label);
        }
        const mention = seg.keys.find((k) => k.startsWith('m'));
        if (mention) {
          classes.push('is-mention');
          titles.push(actorName(mentions[Number(mention.slice(1))]!.actorId));
        }
        if (seg.keys.includes('s')) classes.push('is-selected');
        if (seg.keys.includes('q')) classes.push('is-suggested');
        return {
          start: seg.start,
          end: seg.end,
          className: classes.join(' '),
          style,
          title: titles.length ? titles.join('\n') : undefined,
          mark: seg.keys.some((k) => k.startsWith('t')),
          codingIds: coded.length ? coded.map((c) => c.id).join(' ') : undefined,
        };
      });
      const sig = JSON.stringify(segments);
      return { p, segments, sig };
    });
  }, [spans, mentions, terms, selection, suggestion, paragraphs, byKey, lanes, lookOf, activeCodingId, actorName]);

  return (
    <div className={props.flashSelection ? 'reader-body is-arriving' : 'reader-body'} data-testid="reader-body" ref={props.bodyRef} onMouseUp={props.onMouseUp}>
      {rendered.map(({ p, segments, sig }) => (
        <Paragraph key={p.start} body={body} segments={segments} sig={sig} />
      ))}
    </div>
  );
}
