// The reader: one article's metadata, stories and body in comfortable reading typography (the body may come coded).
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import type { Article } from '../../../shared/domain/types';
import { formatCount, formatDate } from '../lib/format';
import { markTerms } from '../lib/highlight';
import { errorMessage } from './FormError';
import { Highlighted } from './Highlighted';
import { StoryChips } from './StoryChips';
import { ToneMeter } from './ToneMeter';

interface ReaderProps {
  article: Article | null;
  loading: boolean;
  error: unknown;
  query: string;
  onAddToStory(): void;
  onRemoveFromStory(storyId: number, name: string): void;
  onBack(): void;
  readerRef: Ref<HTMLElement>;
  /** The body as rendered by the coding layer; plain paragraphs when absent. */
  body?: ReactNode;
  /** A slim bar above the article (position in the list, coding hints). */
  toolbar?: ReactNode;
  /** Keys for the coding layer; runs before the reader's own. */
  onKeyDown?(e: KeyboardEvent<HTMLElement>): void;
  className?: string;
}

function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function Reader({ article, loading, error, query, onAddToStory, onRemoveFromStory, onBack, readerRef, body, toolbar, onKeyDown, className }: ReaderProps) {
  let content;
  if (error) {
    content = (
      <div className="empty-state">
        <p className="empty-title">This article could not be opened</p>
        <p>{errorMessage(error)}</p>
      </div>
    );
  } else if (loading) {
    content = (
      <div className="reader-loading" aria-busy="true">
        <span className="skeleton skeleton-meta" />
        <span className="skeleton skeleton-heading" />
        <span className="skeleton skeleton-line" />
        <span className="skeleton skeleton-line" />
        <span className="skeleton skeleton-line short" />
      </div>
    );
  } else if (!article) {
    content = (
      <div className="empty-state reader-empty">
        <p className="empty-title">No article open</p>
        <p>
          Choose an article in the list, or move with <kbd>↑</kbd> <kbd>↓</kbd> and press <kbd>Enter</kbd>.
        </p>
      </div>
    );
  } else {
    content = (
      <article className="reader-article" aria-labelledby="reader-title" data-article-id={article.id}>
        <header className="reader-header">
          <p className="reader-kicker">
            <span className="reader-outlet" data-testid="reader-outlet">
              {article.outlet}
            </span>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.publishedAt ?? undefined}>{formatDate(article.publishedAt)}</time>
          </p>
          <h1 id="reader-title" className="reader-title" data-testid="reader-title">
            {article.title}
          </h1>
          <p className="reader-byline">
            {article.author ? <span data-testid="reader-author">By {article.author}</span> : <span className="muted">No author</span>}
            <span aria-hidden="true"> · </span>
            <span>{formatCount(article.wordCount)} words</span>
            <ToneMeter sentences={article.sentences} />
          </p>
          {article.url && (
            <p className="reader-url" data-testid="reader-url" title="Source address (not opened from here)">
              {article.url}
            </p>
          )}
          <StoryChips stories={article.stories} onAdd={onAddToStory} onRemove={onRemoveFromStory} />
        </header>
        {body ?? (
          <div className="reader-body" data-testid="reader-body">
            {paragraphs(article.body).map((p, i) => (
              <p key={i}>{query ? <Highlighted parts={markTerms(p, query)} /> : p}</p>
            ))}
          </div>
        )}
      </article>
    );
  }

  return (
    <section
      ref={readerRef}
      className={className ? `reader ${className}` : 'reader'}
      aria-label="Reader"
      tabIndex={0}
      data-testid="reader"
      onKeyDown={(e) => {
        onKeyDown?.(e);
        if (e.defaultPrevented) return;
        if (e.key === 'ArrowLeft' && !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.target === e.currentTarget) {
          e.preventDefault();
          onBack();
        }
      }}
    >
      {article && toolbar}
      {content}
    </section>
  );
}
