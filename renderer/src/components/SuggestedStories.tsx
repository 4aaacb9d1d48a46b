// Suggested stories: groups of articles from several outlets that report the same event (stories.suggest), each
// with the evidence for it (shared quotes, names, numbers, terms) and "Accept as story" under a name you can edit.
import { useEffect, useState } from 'react';
import type { StorySuggestion } from '../../../shared/compare/types';
import type { Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import { dateSpan } from '../lib/compare';
import { formatDate, plural } from '../lib/format';
import { errorMessage, FormError } from './FormError';
import { Icon } from './Icon';

interface SuggestedStoriesProps {
  version: number;
  onAccepted(story: Story): void;
  onClose(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

/** Names come lower-cased from the analysis; shown and proposed with capitals ("adam boehler" → "Adam Boehler"). */
const capital = (s: string) => s.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** A first name for a suggestion: its most shared names (or terms), and when. */
export function suggestedName(s: StorySuggestion): string {
  const words = (s.evidence.entities.length ? s.evidence.entities.map((e) => e.text) : s.evidence.topTerms).slice(0, 3).map(capital);

  const when = dateSpan([s.dateFrom, s.dateTo], formatDate);
  return `${words.join(', ') || 'Story'}${when ? ` — ${when}` : ''}`.slice(0, 200);
}

function SuggestionCard({ suggestion, onAccept }: { suggestion: StorySuggestion; onAccept(name: string): Promise<void> }) {
  const [name, setName] = useState(() => suggestedName(suggestion));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [showArticles, setShowArticles] = useState(false);
  const { evidence } = suggestion;
  const when = dateSpan([suggestion.dateFrom, suggestion.dateTo], formatDate);

  return (
    <li className="sug-card" data-testid="story-suggestion">
      <div className="sug-head">
        <span className="sug-score" title="Mean similarity of the articles to the group (0–1)">
          {suggestion.score.toFixed(2)}
        </span>
        <span className="sug-summary">
          {plural(suggestion.articleIds.length, 'article')} · {plural(suggestion.outlets.length, 'outlet')}
          {when ? ` · ${when}` : ''}
        </span>
      </div>
      <dl className="sug-evidence">
        {evidence.quotes.length > 0 && (
          <div>
            <dt>Shared quotes</dt>
            <dd>
              {evidence.quotes.slice(0, 3).map((q) => (
                <span key={q.text} className="sug-quote">
                  “{q.text}” <span className="muted">×{q.articles}</span>
                </span>
              ))}
            </dd>
          </div>
        )}
        {evidence.entities.length > 0 && (
          <div>
            <dt>Names</dt>
            <dd>{evidence.entities.slice(0, 8).map((e) => `${capital(e.text)} (${e.articles})`).join(', ')}</dd>
          </div>
        )}
        {evidence.numbers.length > 0 && (
          <div>
            <dt>Numbers</dt>
            <dd>{evidence.numbers.slice(0, 6).map((e) => `${e.text} (${e.articles})`).join(', ')}</dd>
          </div>
        )}
        {evidence.topTerms.length > 0 && (
          <div>
            <dt>Terms</dt>
            <dd>{evidence.topTerms.slice(0, 10).join(', ')}</dd>
          </div>
        )}
      </dl>
      {suggestion.existingStories.length > 0 && (
        <p className="sug-existing">
          Overlaps {suggestion.existingStories.map((s) => `“${s.name}” (${s.shared} of ${s.articleCount})`).join(', ')}
          {suggestion.newArticleIds.length ? `; ${plural(suggestion.newArticleIds.length, 'article')} in none of them yet.` : '.'}
        </p>
      )}
      <button type="button" className="link-button" aria-expanded={showArticles} onClick={() => setShowArticles((v) => !v)}>
        {showArticles ? 'Hide the articles' : 'Show the articles'}
      </button>
      {showArticles && (
        <ul className="sug-articles">
          {suggestion.articles.map((a) => (
            <li key={a.id}>
              <span className="sug-outlet">{a.outlet}</span> {a.title} <span className="muted">{formatDate(a.publishedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="sug-accept"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          setBusy(true);
          setError(null);
          try {
            await onAccept(name.trim());
          } catch (err) {
            setError(err);
            setBusy(false);
          }
        }}
      >
        <input className="input input-small" aria-label="Story name" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button button-small button-primary" disabled={busy || !name.trim()}>
          Accept as story
        </button>
      </form>
      <FormError error={error} />
    </li>
  );
}

export function SuggestedStories({ version, onAccepted, onClose, say }: SuggestedStoriesProps) {
  const api = useApi();
  const [includeExisting, setIncludeExisting] = useState(false);
  const [windowDays, setWindowDays] = useState(3);
  const [list, setList] = useState<StorySuggestion[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setList(null);
    api.call('stories.suggest', { windowDays, includeExisting }).then(
      (found) => {
        if (cancelled) return;
        setList(found);
        setError(null);
      },
      (err: unknown) => !cancelled && setError(err),
    );
    return () => {
      cancelled = true;
    };
  }, [api, version, includeExisting, windowDays]);

  const accept = async (s: StorySuggestion, name: string) => {
    const story = await api.call('stories.create', { name, articleIds: s.articleIds });
    say(`Created story “${story.name}” with ${plural(s.articleIds.length, 'article')}.`);
    onAccepted(story);
  };

  return (
    <aside className="sug-panel" aria-label="Suggested stories" data-testid="suggested-stories">
      <header className="sug-panel-head">
        <h2>Suggested stories</h2>
        <button type="button" className="icon-button small" aria-label="Close the suggestions" onClick={onClose}>
          <Icon name="x" size={14} />
        </button>
      </header>
      <p className="sug-intro">Articles from several outlets that report the same event, found by shared words, names, numbers and quotes.</p>
      <div className="sug-options">
        <label className="check-row inline">
          <input type="checkbox" checked={includeExisting} onChange={(e) => setIncludeExisting(e.target.checked)} />
          Include groups that are already stories
        </label>
        <label className="cmp-field cmp-field-inline">
          <span className="cmp-field-label">Within</span>
          <select className="input input-small" aria-label="Days apart" value={windowDays} onChange={(e) => setWindowDays(Number(e.target.value))}>
            {[1, 2, 3, 5, 7, 14].map((d) => (
              <option key={d} value={d}>
                {plural(d, 'day')}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      ) : list === null ? (
        <p className="muted sug-status">
          <span className="spinner" /> Looking for stories…
        </p>
      ) : list.length === 0 ? (
        <p className="muted sug-status" data-testid="no-suggestions">
          No new groups found{includeExisting ? '' : ' beyond the existing stories'}.
        </p>
      ) : (
        <ul className="sug-list">
          {list.map((s) => (
            <SuggestionCard key={s.articleIds.join(',')} suggestion={s} onAccept={(name) => accept(s, name)} />
          ))}
        </ul>
      )}
    </aside>
  );
}
