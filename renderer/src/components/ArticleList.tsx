// The virtualized article list (a listbox): renders only visible rows, asks for pages as they scroll into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useImperativeHandle, useLayoutEffect, useRef, useState, type RefObject, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import type { ArticleSummary, SearchHit } from '../../../shared/domain/types';
import { ArticleRow } from './ArticleRow';

export interface ArticleListHandle {
  focus(): void;
}

type Item = ArticleSummary | SearchHit;

interface ArticleListProps {
  total: number;
  hits: boolean;
  /** Changes whenever the cached pages are replaced, so visible pages are asked for again. */
  generation: object;
  row(index: number): Item | undefined;
  ensure(start: number, end: number): void;
  openId: number | null;
  onOpen(id: number): void;
  onSelectionChange(ids: number[]): void;
  onFocusReader(): void;
  handleRef: Ref<ArticleListHandle>;
  /** Set while a list that had focus is replaced by the next one (new query or filter), so focus carries over. */
  focusCarry: RefObject<boolean>;
}

export const ROW_HEIGHT = 62;
export const HIT_ROW_HEIGHT = 112;

export function ArticleList({ total, hits, generation, row, ensure, openId, onOpen, onSelectionChange, onFocusReader, handleRef, focusCarry }: ArticleListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [cursor, setCursor] = useState(-1);
  const [anchor, setAnchor] = useState(-1);
  // null: the selection is just the cursor row; otherwise an explicit multi-selection (ids).
  const [explicit, setExplicit] = useState<number[] | null>(null);
  // The cursor ring is for keyboard users; after a click the selected row's background says enough.
  const [keyboardMode, setKeyboardMode] = useState(false);
  const rowHeight = hits ? HIT_ROW_HEIGHT : ROW_HEIGHT;

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });

  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? 0;
  const last = visible[visible.length - 1]?.index ?? -1;
  useEffect(() => {
    if (last >= 0) ensure(first, last);
  }, [first, last, generation, ensure]);

  const cursorId = cursor >= 0 ? row(cursor)?.id : undefined;
  const selection = explicit ?? (cursorId !== undefined ? [cursorId] : []);
  const selectionKey = selection.join(',');
  useEffect(() => {
    onSelectionChange(selectionKey ? selectionKey.split(',').map(Number) : []);
  }, [selectionKey, onSelectionChange]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (focusCarry.current) {
      focusCarry.current = false;
      element?.focus();
    }
    return () => {
      if (element?.contains(document.activeElement)) focusCarry.current = true;
    };
  }, [focusCarry]);

  useImperativeHandle(
    handleRef,
    () => ({
      focus: () => {
        setKeyboardMode(true);
        scrollRef.current?.focus();
      },
    }),
    [],
  );

  useEffect(() => {
    if (cursor >= total) setCursor(total - 1);
  }, [cursor, total]);

  const loadedIds = (from: number, to: number) => {
    const ids: number[] = [];
    for (let i = Math.min(from, to); i <= Math.max(from, to); i++) {
      const id = row(i)?.id;
      if (id !== undefined) ids.push(id);
    }
    return ids;
  };

  const moveTo = (index: number, extend: boolean) => {
    if (total === 0) return;
    const to = Math.max(0, Math.min(total - 1, index));
    setCursor(to);
    virtualizer.scrollToIndex(to, { align: 'auto' });
    if (extend) {
      const from = anchor >= 0 ? anchor : Math.max(cursor, 0);
      setAnchor(from);
      setExplicit(loadedIds(from, to));
    } else {
      setAnchor(to);
      setExplicit(null);
    }
  };

  const toggle = (index: number) => {
    const id = row(index)?.id;
    if (id === undefined) return;
    const current = new Set(selection);
    if (current.has(id)) current.delete(id);
    else current.add(id);
    setExplicit([...current]);
    setCursor(index);
    setAnchor(index);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    setKeyboardMode(true);
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight) / rowHeight) - 1);
    const at = cursor < 0 ? -1 : cursor;
    switch (e.key) {
      case 'ArrowDown':
        moveTo(at + 1, e.shiftKey);
        break;
      case 'ArrowUp':
        moveTo(at < 0 ? 0 : at - 1, e.shiftKey);
        break;
      case 'PageDown':
        moveTo(at + pageRows, e.shiftKey);
        break;
      case 'PageUp':
        moveTo(at - pageRows, e.shiftKey);
        break;
      case 'Home':
        moveTo(0, e.shiftKey);
        break;
      case 'End':
        moveTo(total - 1, e.shiftKey);
        break;
      case 'Enter': {
        const id = cursor >= 0 ? row(cursor)?.id : undefined;
        if (id !== undefined) onOpen(id);
        break;
      }
      case ' ':
        if (cursor >= 0) toggle(cursor);
        break;
      case 'ArrowRight':
        onFocusReader();
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const onRowClick = (e: MouseEvent, index: number) => {
    const id = row(index)?.id;
    if (id === undefined) return;
    if (e.metaKey || e.ctrlKey) toggle(index);
    else if (e.shiftKey) {
      const from = anchor >= 0 ? anchor : index;
      setExplicit(loadedIds(from, index));
      setCursor(index);
    } else {
      setCursor(index);
      setAnchor(index);
      setExplicit(null);
      onOpen(id);
    }
  };

  const selected = new Set(selection);
  return (
    <div
      ref={scrollRef}
      className={`article-list${keyboardMode ? ' is-keyboard' : ''}`}
      role="listbox"
      aria-label="Articles"
      aria-multiselectable="true"
      aria-activedescendant={cursor >= 0 && cursor < total ? `article-row-${cursor}` : undefined}
      tabIndex={0}
      data-testid="article-list"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target !== e.currentTarget || cursor >= 0 || total === 0) return;
        let start = 0;
        for (const item of visible) if (row(item.index)?.id === openId) start = item.index;
        setCursor(start);
        setAnchor(start);
      }}
    >
      <div className="article-list-inner" style={{ height: virtualizer.getTotalSize() }}>
        {visible.map((item) => {
          const article = row(item.index);
          const isSelected = article !== undefined && selected.has(article.id);
          return (
            <div
              key={item.key}
              id={`article-row-${item.index}`}
              role="option"
              aria-selected={isSelected}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              aria-busy={article ? undefined : true}
              data-testid="article-row"
              data-article-id={article?.id}
              className={[
                'article-row',
                hits ? 'is-hit' : '',
                isSelected ? 'is-selected' : '',
                item.index === cursor ? 'is-cursor' : '',
                article && article.id === openId ? 'is-open' : '',
              ].join(' ')}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onMouseDown={(e) => {
                // Keep focus on the listbox (rows are not focusable), and no text selection on shift-click.
                e.preventDefault();
                setKeyboardMode(false);
                scrollRef.current?.focus({ preventScroll: true });
              }}
              onClick={(e) => onRowClick(e, item.index)}
            >
              <ArticleRow item={article} hit={hits} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
