// Per-article suggestions: attributed quotes and proposed entities, walked with ↑/↓ and decided with a / e / r / Enter.
import { useEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import type { Actor, EntityProposal, QuoteSuggestion } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import type { AnalysisState } from '../hooks/use-analysis';
import type { TextRange } from '../lib/paragraphs';
import { errorMessage } from './FormError';
import { QuoteItem } from './QuoteItem';
import { EntityItem, ENTITY_KINDS } from './EntityItem';

interface SuggestionsPanelProps {
  articleId: number;
  analysis: AnalysisState;
  actors: Actor[];
  listRef: Ref<HTMLDivElement>;
  onHighlight(range: TextRange | null): void;
  onJump(quote: QuoteSuggestion): void;
  onChanged(): void;
  onExit(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

type Item = { kind: 'quote'; quote: QuoteSuggestion } | { kind: 'entity'; entity: EntityProposal };

export function SuggestionsPanel({ articleId, analysis, actors, listRef, onHighlight, onJump, onChanged, onExit, say }: SuggestionsPanelProps) {
  const api = useApi();
  const [active, setActive] = useState(0);
  const [editing, setEditing] = useState<string | null>(null);
  const boxRef = useRef<HTMLDivElement | null>(null);
  const items: Item[] = [
    ...(analysis.analysis?.quotes ?? []).map((quote) => ({ kind: 'quote' as const, quote })),
    ...(analysis.analysis?.proposals ?? []).map((entity) => ({ kind: 'entity' as const, entity })),
  ];
  const at = Math.min(active, Math.max(0, items.length - 1));
  const current = items[at];
  const currentQuote = current?.kind === 'quote' ? current.quote : null;

  useEffect(() => {
    onHighlight(currentQuote ? { start: currentQuote.start, end: currentQuote.end } : null);
  }, [currentQuote?.start, currentQuote?.end, onHighlight]); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => () => onHighlight(null), [onHighlight]);
  useEffect(() => {
    boxRef.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const run = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      onChanged();
      say(done);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const accept = (q: QuoteSuggestion, speakerActorId?: number | null) =>
    run(
      () => api.call('quotes.accept', { articleId, key: q.key, ...(speakerActorId !== undefined ? { speakerActorId } : {}) }),
      `Accepted the quote${speakerActorId ? ` by ${actors.find((a) => a.id === speakerActorId)?.name ?? ''}` : ''}.`,
    );
  const reject = (q: QuoteSuggestion) => run(() => api.call('quotes.reject', { articleId, key: q.key }), 'Rejected the quote suggestion.');
  const acceptEntity = (e: EntityProposal, kind: EntityProposal['kind']) =>
    run(() => api.call('entities.accept', { text: e.text, kind }), `Added “${e.text}” to the actors.`);
  const dismiss = (e: EntityProposal) => run(() => api.call('entities.dismiss', { text: e.text }), `Dismissed “${e.text}”.`);

  const focusList = () => boxRef.current?.focus();

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (e.key === 'ArrowDown' || key === 'j') setActive(Math.min(items.length - 1, at + 1));
    else if (e.key === 'ArrowUp' || key === 'k') setActive(Math.max(0, at - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(items.length - 1);
    else if (e.key === 'Escape' || e.key === 'ArrowLeft') onExit();
    else if (current?.kind === 'quote') {
      const settled = current.quote.status === 'accepted';
      if ((key === 'a' || key === 'r' || key === 'e') && settled) say('This quote is coded already: Ctrl+Z or removing its coding takes it back.');
      else if (key === 'a') void accept(current.quote);
      else if (key === 'r') void reject(current.quote);
      else if (key === 'e') setEditing(current.quote.key);
      else if (e.key === 'Enter') onJump(current.quote);
      else return;
    } else if (current?.kind === 'entity') {
      const kind = ENTITY_KINDS.find((k) => k.key === e.key)?.kind;
      if (key === 'a') void acceptEntity(current.entity, current.entity.kind);
      else if (kind) void acceptEntity(current.entity, kind);
      else if (key === 'r' || key === 'd') void dismiss(current.entity);
      else return;
    } else return;
    e.preventDefault();
  };

  let body;
  if (analysis.error) {
    body = (
      <p className="panel-empty" data-testid="suggestions-unavailable">
        Suggestions are not available: {errorMessage(analysis.error)}
      </p>
    );
  } else if (!analysis.analysis) {
    body = <p className="panel-empty">Reading the article…</p>;
  } else if (!items.length) {
    body = <p className="panel-empty">No quotes or new names found in this article.</p>;
  } else {
    const firstEntity = items.findIndex((i) => i.kind === 'entity');
    body = (
      <ol className="suggestion-list">
        {items.map((item, i) => (
          <li key={item.kind === 'quote' ? item.quote.key : `e:${item.entity.text}`} data-index={i}>
            {i === 0 && item.kind === 'quote' && <h3 className="panel-subhead">Quotes</h3>}
            {i === firstEntity && <h3 className="panel-subhead">New names</h3>}
            {item.kind === 'quote' ? (
              <QuoteItem
                domId={`suggestion-${i}`}
                quote={item.quote}
                active={i === at}
                actors={actors}
                editing={editing === item.quote.key}
                onActivate={() => {
                  setActive(i);
                  focusList();
                }}
                onAccept={() => void accept(item.quote)}
                onReject={() => void reject(item.quote)}
                onEdit={() => setEditing(item.quote.key)}
                onJump={() => onJump(item.quote)}
                onPickSpeaker={(id) => {
                  setEditing(null);
                  focusList();
                  void accept(item.quote, id);
                }}
                onCancelEdit={() => {
                  setEditing(null);
                  focusList();
                }}
              />
            ) : (
              <EntityItem
                domId={`suggestion-${i}`}
                entity={item.entity}
                active={i === at}
                onActivate={() => {
                  setActive(i);
                  focusList();
                }}
                onAccept={(kind) => void acceptEntity(item.entity, kind)}
                onDismiss={() => void dismiss(item.entity)}
              />
            )}
          </li>
        ))}
      </ol>
    );
  }

  return (
    <div
      ref={(el) => {
        boxRef.current = el;
        if (typeof listRef === 'function') listRef(el);
        else if (listRef) (listRef as { current: HTMLDivElement | null }).current = el;
      }}
      className="suggestions"
      role="listbox"
      aria-label="Suggestions"
      tabIndex={0}
      aria-activedescendant={current ? `suggestion-${at}` : undefined}
      data-testid="suggestions"
      onKeyDown={onKeyDown}
    >
      {body}
      <p className="panel-foot">
        <kbd>↑</kbd>
        <kbd>↓</kbd> move · <kbd>A</kbd> accept · <kbd>E</kbd> speaker · <kbd>R</kbd> reject · <kbd>Enter</kbd> show in text · <kbd>Esc</kbd> back
      </p>
    </div>
  );
}
