// One row of the library list: title, then outlet, date and word count; a placeholder while its page loads.
import type { ArticleSummary, SearchHit } from '../../../shared/domain/types';
import { formatCount, formatDate } from '../lib/format';
import { splitHighlights } from '../lib/highlight';
import { Highlighted } from './Highlighted';

interface ArticleRowProps {
  item: ArticleSummary | SearchHit | undefined;
  hit: boolean;
}

export function ArticleRow({ item, hit }: ArticleRowProps) {
  if (!item) {
    return (
      <div className="row-body row-loading" aria-hidden="true">
        <span className="skeleton skeleton-title" />
        {hit && <span className="skeleton skeleton-snippet" />}
        <span className="skeleton skeleton-meta" />
      </div>
    );
  }
  const searchHit = hit && 'snippet' in item ? item : null;
  return (
    <div className="row-body">
      <div className="row-title" data-testid="row-title">
        {searchHit ? <Highlighted parts={splitHighlights(searchHit.titleHighlighted)} /> : item.title}
      </div>
      {searchHit && (
        <div className="row-snippet" data-testid="row-snippet">
          <Highlighted parts={splitHighlights(searchHit.snippet)} />
        </div>
      )}
      <div className="row-meta">
        <span className="row-outlet" data-testid="row-outlet">
          {item.outlet}
        </span>
        <span className="row-sep" aria-hidden="true">
          ·
        </span>
        <span className="row-date">{formatDate(item.publishedAt)}</span>
        <span className="row-words">{formatCount(item.wordCount)} words</span>
      </div>
    </div>
  );
}
