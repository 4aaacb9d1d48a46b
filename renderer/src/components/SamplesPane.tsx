// Reliability samples: the articles every coder codes. Listed with how they were made (a seeded random draw and its
// filter, or picked by hand); new ones are drawn at random (n, seed, optional outlet, story and date filter) or picked
// from the library selection or a searchable checklist.
import { useEffect, useMemo, useState } from 'react';
import type { ReliabilitySample } from '../../../shared/domain/reliability';
import type { ArticleFilter, ArticleSummary, Outlet, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { formatDate, plural } from '../lib/format';
import { newSeed } from '../lib/reliability';
import { ConfirmDialog } from './ConfirmDialog';
import { FormError } from './FormError';
import { Icon } from './Icon';

interface SamplesPaneProps {
  samples: ReliabilitySample[];
  outlets: Outlet[];
  stories: Story[];
  librarySelection: number[];
  version: number;
  onChanged(): Promise<void>;
  onUse(sample: ReliabilitySample): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

type Mode = 'draw' | 'pick';

const PAGE = 1000;

/** Every article's summary, for titles and the checklist (paged through the API's limit). */
function useAllArticles(version: number): ArticleSummary[] | null {
  const api = useApi();
  const [articles, setArticles] = useState<ArticleSummary[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const all: ArticleSummary[] = [];
      try {
        for (let offset = 0; ; offset += PAGE) {
          const page = await api.call('articles.list', { filter: {}, offset, limit: PAGE });
          all.push(...page.items);
          if (all.length >= page.total || !page.items.length) break;
        }
      } catch {
        // The titles are a convenience; the samples still list their sizes.
      }
      if (!cancelled) setArticles(all);
    })();
    return () => {
      cancelled = true;
    };
  }, [api, version]);
  return articles;
}

function describeFilter(filter: ArticleFilter | null, outlets: Outlet[], stories: Story[]): string[] {
  if (!filter) return [];
  const parts: string[] = [];
  if (filter.outletIds?.length) parts.push(filter.outletIds.map((id) => outlets.find((o) => o.id === id)?.name ?? `outlet ${id}`).join(', '));
  if (filter.storyId !== undefined) parts.push(`story “${stories.find((s) => s.id === filter.storyId)?.name ?? filter.storyId}”`);
  if (filter.dateFrom || filter.dateTo) parts.push(`${filter.dateFrom ? formatDate(filter.dateFrom) : '…'} – ${filter.dateTo ? formatDate(filter.dateTo) : '…'}`);
  return parts;
}

function uniqueName(base: string, samples: ReliabilitySample[]): string {
  const taken = new Set(samples.map((s) => s.name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

export function SamplesPane(props: SamplesPaneProps) {
  const { samples, outlets, stories, say } = props;
  const api = useApi();
  const articles = useAllArticles(props.version);
  const byId = useMemo(() => new Map((articles ?? []).map((a) => [a.id, a])), [articles]);
  const [mode, setMode] = useState<Mode>('draw');
  const [name, setName] = useState('');
  const [n, setN] = useState('10');
  const [seed, setSeed] = useState(() => String(newSeed()));
  const [outletIds, setOutletIds] = useState<number[]>([]);
  const [storyId, setStoryId] = useState<number | null>(null);
  const [dateFrom, setDateFrom] = useState('');
  const [dateTo, setDateTo] = useState('');
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [needle, setNeedle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<ReliabilitySample | null>(null);
  const [openIds, setOpenIds] = useState<Set<number>>(new Set());

  const q = needle.trim().toLowerCase();
  const shown = (articles ?? []).filter((a) => !q || a.title.toLowerCase().includes(q) || a.outlet.toLowerCase().includes(q));
  const nValue = Number(n);
  const seedValue = Number(seed);
  const drawValid = Number.isInteger(nValue) && nValue >= 1 && seed.trim() !== '' && Number.isSafeInteger(seedValue);
  const canCreate = mode === 'draw' ? drawValid : picked.size > 0;

  const create = async () => {
    if (!canCreate || busy) return;
    setBusy(true);
    setError(null);
    const filter: ArticleFilter = {};
    if (outletIds.length) filter.outletIds = [...outletIds].sort((a, b) => a - b);
    if (storyId !== null) filter.storyId = storyId;
    if (dateFrom) filter.dateFrom = dateFrom;
    if (dateTo) filter.dateTo = dateTo;
    const finalName = name.trim() || uniqueName(mode === 'draw' ? `Random ${nValue} · seed ${seedValue}` : `Hand-picked ${picked.size}`, samples);
    try {
      const sample = await api.call(
        'samples.create',
        mode === 'draw' ? { name: finalName, draw: { filter, n: nValue, seed: seedValue } } : { name: finalName, articleIds: [...picked].sort((a, b) => a - b) },
      );
      await props.onChanged();
      setName('');
      setOpenIds((o) => new Set([...o, sample.id]));
      say(`Created sample “${sample.name}” (${plural(sample.articleIds.length, 'article')}).`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const toggleOpen = (id: number) => setOpenIds((o) => new Set(o.has(id) ? [...o].filter((x) => x !== id) : [...o, id]));

  return (
    <div className="rel-pane">
      <div className="rel-samples">
        <section className="rel-samples-list" aria-label="Samples">
          {samples.length === 0 ? (
            <div className="rel-empty">
              <p className="empty-title">No samples yet.</p>
              <p>A reliability sample is the set of articles every coder codes, so their codings can be compared. Draw one at random or pick articles on the right.</p>
            </div>
          ) : (
            <table className="rel-table rel-sample-table" data-testid="samples-table">
              <thead>
                <tr>
                  <th>Sample</th>
                  <th className="num">Articles</th>
                  <th>Made by</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {samples.map((s) => {
                  const open = openIds.has(s.id);
                  const filter = describeFilter(s.filter, outlets, stories);
                  return (
                    <tr key={s.id} data-testid="sample-row" data-name={s.name} className={open ? 'is-open' : undefined}>
                      <td>
                        <button type="button" className="rel-expand" aria-expanded={open} aria-label={`Articles of ${s.name}`} onClick={() => toggleOpen(s.id)}>
                          <Icon name="chevronDown" size={12} />
                        </button>
                        <span className="rel-var-name">{s.name}</span>
                        {open && (
                          <ol className="rel-sample-articles" data-testid="sample-articles">
                            {s.articleIds.map((id) => {
                              const a = byId.get(id);
                              return (
                                <li key={id} data-testid="sample-article">
                                  {a ? (
                                    <>
                                      <span className="rel-sample-title">{a.title}</span> <span className="muted">{a.outlet}</span>
                                    </>
                                  ) : (
                                    `Article ${id}`
                                  )}
                                </li>
                              );
                            })}
                          </ol>
                        )}
                      </td>
                      <td className="num" data-testid="sample-size">
                        {s.articleIds.length}
                      </td>
                      <td className="rel-sample-how">
                        {s.seed !== null ? (
                          <>
                            Random draw of {s.size ?? s.articleIds.length} · seed <span className="mono" data-testid="sample-seed">{s.seed}</span>
                            {filter.length > 0 && <div className="muted">from {filter.join(' · ')}</div>}
                            {filter.length === 0 && <div className="muted">from all articles</div>}
                          </>
                        ) : (
                          'Picked by hand'
                        )}
                      </td>
                      <td className="rel-row-actions">
                        <button type="button" className="button button-small" onClick={() => props.onUse(s)}>
                          Report
                        </button>
                        <button type="button" className="icon-button small" aria-label={`Delete sample ${s.name}`} title="Delete sample" onClick={() => setConfirm(s)}>
                          <Icon name="trash" size={14} />
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>

        <aside className="rel-samples-new" aria-label="New sample">
          <h2 className="rel-card-title">New sample</h2>
          <div className="tabs rel-mode" role="tablist" aria-label="How to make the sample">
            <button type="button" role="tab" className="tab" aria-selected={mode === 'draw'} onClick={() => setMode('draw')}>
              Draw at random
            </button>
            <button type="button" role="tab" className="tab" aria-selected={mode === 'pick'} onClick={() => setMode('pick')}>
              Pick articles
            </button>
          </div>
          <form
            className="rel-form"
            onSubmit={(e) => {
              e.preventDefault();
              void create();
            }}
          >
            <label className="field">
              <span className="field-label">Name</span>
              <input className="input input-small" aria-label="Sample name" placeholder="Named after the draw if left empty" value={name} onChange={(e) => setName(e.target.value)} />
            </label>
            {mode === 'draw' ? (
              <>
                <div className="rel-form-row">
                  <label className="field">
                    <span className="field-label">Articles</span>
                    <input className="input input-small" type="number" min={1} step={1} aria-label="Number of articles" value={n} onChange={(e) => setN(e.target.value)} />
                  </label>
                  <label className="field">
                    <span className="field-label">Seed</span>
                    <span className="rel-seed-row">
                      <input className="input input-small" type="number" step={1} aria-label="Seed" value={seed} onChange={(e) => setSeed(e.target.value)} />
                      <button type="button" className="button button-small" onClick={() => setSeed(String(newSeed()))} title="Another random seed">
                        New seed
                      </button>
                    </span>
                  </label>
                </div>
                <p className="field-hint">The same seed and filter draw the same articles again; note the seed in your method section.</p>
                <fieldset className="rel-fieldset">
                  <legend className="field-label">Only from these outlets (none checked: all)</legend>
                  <div className="rel-outlets">
                    {outlets.map((o) => (
                      <label key={o.id} className="check-row inline">
                        <input
                          type="checkbox"
                          checked={outletIds.includes(o.id)}
                          onChange={() => setOutletIds((ids) => (ids.includes(o.id) ? ids.filter((x) => x !== o.id) : [...ids, o.id]))}
                        />
                        <span className="check-label">{o.name}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className="rel-form-row">
                  <label className="field">
                    <span className="field-label">Story</span>
                    <select className="input input-small" aria-label="Story" value={storyId ?? ''} onChange={(e) => setStoryId(e.target.value ? Number(e.target.value) : null)}>
                      <option value="">Any story</option>
                      {stories.map((s) => (
                        <option key={s.id} value={s.id}>
                          {s.name}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span className="field-label">Published from</span>
                    <input className="input input-small" type="date" aria-label="Published from" value={dateFrom} max={dateTo || undefined} onChange={(e) => setDateFrom(e.target.value)} />
                  </label>
                  <label className="field">
                    <span className="field-label">to</span>
                    <input className="input input-small" type="date" aria-label="Published to" value={dateTo} min={dateFrom || undefined} onChange={(e) => setDateTo(e.target.value)} />
                  </label>
                </div>
              </>
            ) : (
              <>
                <div className="rel-pick-bar">
                  <button
                    type="button"
                    className="button button-small"
                    disabled={props.librarySelection.length === 0}
                    title={props.librarySelection.length ? undefined : 'Select articles in the Library first (Shift or Ctrl + click, or Space)'}
                    onClick={() => setPicked(new Set([...picked, ...props.librarySelection]))}
                  >
                    Add the library selection ({props.librarySelection.length})
                  </button>
                  <button type="button" className="link-button" onClick={() => setPicked(new Set([...picked, ...shown.map((a) => a.id)]))} disabled={!shown.length}>
                    Check all shown
                  </button>
                  <button type="button" className="link-button" onClick={() => setPicked(new Set())} disabled={!picked.size}>
                    Clear
                  </button>
                  <span className="count">{picked.size} picked</span>
                </div>
                <div className="search-box">
                  <Icon name="search" className="search-icon" />
                  <input type="search" aria-label="Search articles to pick" placeholder="Filter by title or outlet" value={needle} onChange={(e) => setNeedle(e.target.value)} />
                </div>
                <ul className="rel-checklist" data-testid="pick-list">
                  {articles === null && <li className="muted">Loading articles…</li>}
                  {shown.map((a) => (
                    <li key={a.id}>
                      <label className="check-row">
                        <input
                          type="checkbox"
                          checked={picked.has(a.id)}
                          aria-label={a.title}
                          onChange={() =>
                            setPicked((p) => {
                              const next = new Set(p);
                              if (next.has(a.id)) next.delete(a.id);
                              else next.add(a.id);
                              return next;
                            })
                          }
                        />
                        <span className="rel-pick-text">
                          <span className="check-label">{a.title}</span>
                          <span className="rel-pick-meta">
                            {a.outlet} · {formatDate(a.publishedAt)}
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
                  {articles !== null && shown.length === 0 && <li className="muted">No article matches.</li>}
                </ul>
              </>
            )}
            <FormError error={error} />
            <div className="rel-form-actions">
              <button type="submit" className="button button-primary" disabled={!canCreate || busy}>
                <Icon name="plus" />
                {mode === 'draw' ? 'Draw sample' : `Create sample of ${plural(picked.size, 'article')}`}
              </button>
            </div>
          </form>
        </aside>
      </div>
      {confirm && (
        <ConfirmDialog
          title="Delete sample"
          confirmLabel="Delete sample"
          onClose={() => setConfirm(null)}
          onConfirm={async () => {
            await api.call('samples.delete', { id: confirm.id });
            setConfirm(null);
            await props.onChanged();
            say(`Deleted sample “${confirm.name}”. Its articles and codings stay.`);
          }}
        >
          <p>
            Delete “<strong>{confirm.name}</strong>”? Its {plural(confirm.articleIds.length, 'article')} and their codings stay in the project.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
