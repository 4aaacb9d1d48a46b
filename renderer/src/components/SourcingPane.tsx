// Sourcing: who each outlet quotes, how often and at what length, directly or reported, and where in the article;
// per outlet (cards), or speakers × outlets. A speaker's row opens the quotes themselves. Export CSV saves it long.
import { Fragment, useMemo, useState } from 'react';
import type { SourcingCell, SourcingQuote, StoryComparison } from '../../../shared/compare/types';
import { downloadText, slug, toCsv, type CsvCell } from '../lib/csv';
import { plural } from '../lib/format';

interface SourcingPaneProps {
  comparison: StoryComparison;
  say(text: string, tone?: 'info' | 'error'): void;
}

type Layout = 'outlets' | 'matrix';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const round = (x: number) => Math.round(x * 10000) / 10000;

function PositionCounts({ cell }: { cell: SourcingCell }) {
  return (
    <span className="src-positions">
      {cell.positions.headline > 0 && (
        <span className="cov-pos pos-headline" title={`${cell.positions.headline} repeated in the headline`}>
          H<sup>{cell.positions.headline}</sup>
        </span>
      )}
      {cell.positions.lead > 0 && (
        <span className="cov-pos pos-lead" title={`${cell.positions.lead} in the lead`}>
          L<sup>{cell.positions.lead}</sup>
        </span>
      )}
      {cell.positions.body > 0 && (
        <span className="cov-pos pos-body" title={`${cell.positions.body} in the body`}>
          B<sup>{cell.positions.body}</sup>
        </span>
      )}
    </span>
  );
}

function DirectBar({ direct, reported }: { direct: number; reported: number }) {
  const total = Math.max(1, direct + reported);
  return (
    <span className="src-direct" title={`${direct} direct, ${reported} reported`}>
      <span className="src-direct-bar" aria-hidden="true">
        <span className="is-direct" style={{ width: `${(direct / total) * 100}%` }} />
        <span className="is-reported" style={{ width: `${(reported / total) * 100}%` }} />
      </span>
      <span className="src-direct-n">
        {direct} / {reported}
      </span>
    </span>
  );
}

export function sourcingCsvRows(comparison: StoryComparison): CsvCell[][] {
  const { sourcing } = comparison;
  const header = ['Outlet', 'Speaker', 'Quotes', 'Words', 'Direct', 'Reported', 'Headline', 'Lead', 'Body', 'Quote share', 'Word share'];
  const rows: CsvCell[][] = [];
  for (const outlet of sourcing.outlets) {
    for (const speaker of sourcing.speakers) {
      const c = speaker.cells.find((x) => x.outletId === outlet.id);
      if (!c || c.quotes === 0) continue;
      rows.push([outlet.name, speaker.name, c.quotes, c.words, c.direct, c.reported, c.positions.headline, c.positions.lead, c.positions.body, round(c.quoteShare), round(c.wordShare)]);
    }
  }
  return [header, ...rows];
}

export function SourcingPane({ comparison, say }: SourcingPaneProps) {
  const { sourcing } = comparison;
  const [layout, setLayout] = useState<Layout>('outlets');
  const [open, setOpen] = useState<string | null>(null);
  const quotesOf = useMemo(() => {
    const map = new Map<string, SourcingQuote[]>();
    for (const q of sourcing.quotes) {
      const key = `${q.outletId}|${q.speakerKey}`;
      (map.get(key) ?? map.set(key, []).get(key)!).push(q);
    }
    return map;
  }, [sourcing.quotes]);
  const titles = useMemo(() => new Map(comparison.articles.map((a) => [a.id, a.title])), [comparison.articles]);
  const maxShare = Math.max(0.01, ...sourcing.speakers.flatMap((s) => s.cells.map((c) => c.quoteShare)));

  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`sourcing-${slug(comparison.story.name)}-${date}.csv`, toCsv(sourcingCsvRows(comparison)));
    say('Exported the sourcing table.');
  };

  return (
    <div className="cmp-pane" data-testid="sourcing-pane">
      <div className="cmp-toolbar">
        <div className="cmp-segmented" role="radiogroup" aria-label="Layout">
          {(
            [
              ['outlets', 'Per outlet'],
              ['matrix', 'Speakers × outlets'],
            ] as const
          ).map(([id, label]) => (
            <button key={id} type="button" role="radio" aria-checked={layout === id} className="cmp-seg" onClick={() => setLayout(id)}>
              {label}
            </button>
          ))}
        </div>
        <span className="cmp-toolbar-text">
          {plural(sourcing.quotes.length, 'quote')} from {plural(sourcing.speakers.length, 'speaker')} in {plural(sourcing.outlets.length, 'outlet')}
        </span>
        <span className="rel-toolbar-spacer" />
        <button type="button" className="button button-small" onClick={exportCsv}>
          Export CSV
        </button>
      </div>
      <div className="cmp-scroll">
        {sourcing.quotes.length === 0 ? (
          <div className="cmp-empty">
            <p className="empty-title">No quotations found in this story.</p>
          </div>
        ) : layout === 'outlets' ? (
          <div className="src-grid">
            {sourcing.outlets.map((outlet) => {
              const speakers = sourcing.speakers
                .map((s) => ({ s, c: s.cells.find((c) => c.outletId === outlet.id)! }))
                .filter(({ c }) => c && c.quotes > 0)
                .sort((a, b) => b.c.quotes - a.c.quotes || b.c.words - a.c.words);
              const direct = speakers.reduce((n, { c }) => n + c.direct, 0);
              return (
                <section key={outlet.id} className="src-card" data-testid="sourcing-outlet" data-outlet={outlet.name} aria-label={`Sourcing of ${outlet.name}`}>
                  <header className="src-card-head">
                    <h3 className="src-card-title">{outlet.name}</h3>
                    <span className="src-card-meta">
                      {plural(outlet.quotes, 'quote')} · {plural(outlet.words, 'word')} · {outlet.quotes ? pct(direct / outlet.quotes) : '—'} direct
                      {outlet.articleIds.length > 1 ? ` · ${outlet.articleIds.length} articles` : ''}
                    </span>
                  </header>
                  <table className="src-table">
                    <thead>
                      <tr>
                        <th>Speaker</th>
                        <th className="num">Quotes</th>
                        <th className="num">Words</th>
                        <th title="Direct / reported">Direct / reported</th>
                        <th>Position</th>
                      </tr>
                    </thead>
                    <tbody>
                      {speakers.map(({ s, c }) => {
                        const key = `${outlet.id}|${s.key}`;
                        const expanded = open === key;
                        return (
                          <Fragment key={s.key}>
                            <tr className={`src-row${expanded ? ' is-open' : ''}`} data-testid="sourcing-speaker" data-speaker={s.name}>
                              <td>
                                <button type="button" className="src-speaker" aria-expanded={expanded} onClick={() => setOpen(expanded ? null : key)}>
                                  {s.name}
                                </button>
                              </td>
                              <td className="num" data-testid="sourcing-quotes">
                                {c.quotes}
                              </td>
                              <td className="num">{c.words}</td>
                              <td>
                                <DirectBar direct={c.direct} reported={c.reported} />
                              </td>
                              <td>
                                <PositionCounts cell={c} />
                              </td>
                            </tr>
                            {expanded && (
                              <tr className="src-quotes-row">
                                <td colSpan={5}>
                                  <ul className="src-quotes">
                                    {(quotesOf.get(key) ?? []).map((q) => (
                                      <li key={`${q.articleId}:${q.start}`}>
                                        <span className={`badge ${q.kind === 'direct' ? 'badge-kind' : ''}`}>{q.kind}</span>{' '}
                                        <span className="badge">{q.inHeadline ? 'headline' : q.position}</span> <q className="src-quote">{q.text}</q>
                                        {outlet.articleIds.length > 1 && <span className="src-quote-article"> — {titles.get(q.articleId)}</span>}
                                      </li>
                                    ))}
                                  </ul>
                                </td>
                              </tr>
                            )}
                          </Fragment>
                        );
                      })}
                    </tbody>
                  </table>
                </section>
              );
            })}
          </div>
        ) : (
          <table className="src-matrix" data-testid="sourcing-matrix">
            <thead>
              <tr>
                <th>Speaker</th>
                {sourcing.outlets.map((o) => (
                  <th key={o.id} className="num">
                    {o.name}
                  </th>
                ))}
                <th className="num">All</th>
              </tr>
            </thead>
            <tbody>
              {sourcing.speakers.map((s) => (
                <tr key={s.key}>
                  <th scope="row">{s.name}</th>
                  {sourcing.outlets.map((o) => {
                    const c = s.cells.find((x) => x.outletId === o.id);
                    return (
                      <td
                        key={o.id}
                        className={`num src-mcell${!c || c.quotes === 0 ? ' is-zero' : ''}`}
                        style={c && c.quotes ? { background: `rgba(58, 91, 217, ${0.06 + 0.3 * (c.quoteShare / maxShare)})` } : undefined}
                        title={c && c.quotes ? `${c.quotes} quotes, ${c.words} words (${pct(c.quoteShare)} of the outlet's quotes); ${c.direct} direct, ${c.reported} reported` : 'not quoted'}
                      >
                        {c && c.quotes ? (
                          <>
                            {c.quotes}
                            <span className="src-mwords">{c.words}w</span>
                          </>
                        ) : (
                          '·'
                        )}
                      </td>
                    );
                  })}
                  <td className="num src-mtotal">
                    {s.quotes}
                    <span className="src-mwords">{s.words}w</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="cmp-foot">
          Quotes as the story analysis finds them (direct quotations and reported speech with a named speaker). Direct / reported: quoted words vs paraphrased
          attributions. Position: L lead (first two sentences or first paragraph), B body; H counts quotes whose words the headline repeats.
        </p>
      </div>
    </div>
  );
}
