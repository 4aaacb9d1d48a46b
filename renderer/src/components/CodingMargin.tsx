// The margin beside the text: the article's span codings in text order; ↑/↓ move, Enter shows, m memo, Delete removes.
import { useEffect, useRef, type KeyboardEvent, type Ref } from 'react';
import type { Coding } from '../../../shared/domain/coding';
import type { CodingLook } from './ArticleText';
import { CodingMemo } from './CodingMemo';
import { Icon } from './Icon';

interface CodingMarginProps {
  codings: Coding[];
  body: string;
  lookOf(coding: Coding): CodingLook;
  actorName(id: number | null): string | null;
  targetName(id: number | null): string | null;
  activeId: number | null;
  memoOpenId: number | null;
  listRef: Ref<HTMLDivElement>;
  onSelect(id: number | null): void;
  onShow(id: number): void;
  onDelete(id: number): void;
  onMemo(id: number | null): void;
  onMemoSaved(): void;
  onExit(): void;
}

function snippet(body: string, c: Coding): string {
  const text = body.slice(c.start ?? 0, c.end ?? 0).replace(/\s+/g, ' ').trim();
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}

export function CodingMargin(props: CodingMarginProps) {
  const { codings, body, lookOf, actorName, targetName, activeId, memoOpenId, onSelect } = props;
  const itemsRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    if (activeId === null) return;
    itemsRef.current?.querySelector(`[data-coding-id="${activeId}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    const at = codings.findIndex((c) => c.id === activeId);
    if (e.key === 'ArrowDown' || e.key === 'j') onSelect(codings[Math.min(codings.length - 1, at + 1)]?.id ?? null);
    else if (e.key === 'ArrowUp' || e.key === 'k') onSelect(codings[Math.max(0, at - 1)]?.id ?? null);
    else if (e.key === 'Home') onSelect(codings[0]?.id ?? null);
    else if (e.key === 'End') onSelect(codings[codings.length - 1]?.id ?? null);
    else if (e.key === 'Enter' && activeId !== null) props.onShow(activeId);
    else if ((e.key === 'Delete' || e.key === 'Backspace') && activeId !== null) props.onDelete(activeId);
    else if (e.key === 'm' && activeId !== null) props.onMemo(activeId);
    else if (e.key === 'Escape' || e.key === 'ArrowLeft') props.onExit();
    else return;
    e.preventDefault();
  };

  return (
    <div
      ref={props.listRef}
      className="coding-margin"
      role="listbox"
      aria-label="Codings"
      tabIndex={0}
      aria-activedescendant={activeId !== null ? `coding-${activeId}` : undefined}
      data-testid="coding-margin"
      onKeyDown={onKeyDown}
      onFocus={(e) => {
        if (e.target === e.currentTarget && activeId === null && codings[0]) onSelect(codings[0].id);
      }}
    >
      <div className="margin-head">
        <span>Codings</span>
        <span className="count">{codings.length}</span>
      </div>
      {codings.length === 0 ? (
        <p className="margin-empty">No codings yet. Select text and press a code’s key.</p>
      ) : (
        <ol className="margin-list" ref={itemsRef}>
          {codings.map((c) => {
            const look = lookOf(c);
            const actor = actorName(c.actorId);
            const target = targetName(c.targetId);
            const active = c.id === activeId;
            return (
              <li
                key={c.id}
                id={`coding-${c.id}`}
                role="option"
                aria-selected={active}
                data-coding-id={c.id}
                data-testid="margin-item"
                className={`margin-item${active ? ' is-active' : ''}`}
                style={{ borderLeftColor: look.color }}
                onMouseDown={(e) => {
                  if ((e.target as HTMLElement).closest('textarea, button')) return;
                  e.preventDefault();
                }}
                onClick={() => onSelect(c.id)}
                onDoubleClick={() => props.onShow(c.id)}
              >
                <div className="margin-line">
                  <span className="margin-label">{look.label}</span>
                  {c.memo && (
                    <span className="memo-flag" title={c.memo} aria-label="Has a memo" data-testid="memo-flag">
                      <Icon name="note" size={12} />
                    </span>
                  )}
                </div>
                {(actor || target) && (
                  <div className="margin-actor">
                    {actor ?? '—'}
                    {target && <> → {target}</>}
                  </div>
                )}
                <div className="margin-snippet">{snippet(body, c)}</div>
                {active && (
                  <div className="margin-actions">
                    <button type="button" className="link-button" onClick={() => props.onMemo(memoOpenId === c.id ? null : c.id)}>
                      Memo <kbd>M</kbd>
                    </button>
                    <button type="button" className="link-button danger" onClick={() => props.onDelete(c.id)}>
                      Remove <kbd>Del</kbd>
                    </button>
                  </div>
                )}
                {memoOpenId === c.id && <CodingMemo coding={c} onSaved={props.onMemoSaved} onClose={() => props.onMemo(null)} />}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
