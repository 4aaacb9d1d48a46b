// The Code view's input: the reader's keys and mouse (a drag selects whole words, a click walks through overlapping
// highlights), and where the keyboard goes: to the reader on opening an article, back from a memo to where it came from.
import { useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { Variable } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import type { PanelTab } from '../components/CodingPanel';
import { handleCodingKey } from '../lib/coding-keys';
import { selectionToRange } from '../lib/dom-offsets';
import { snapToWords } from '../lib/text-nav';
import type { CodingActions } from './use-coding-actions';
import type { CodingLookups } from './use-coding-lookups';
import type { ReaderSelection } from './use-reader-selection';

interface ReaderInputArgs {
  /** The Code view is open; the Read view takes no coding input. */
  coding: boolean;
  article: Article | null;
  selection: ReaderSelection;
  lookups: CodingLookups;
  actions: CodingActions;
  activeVariable: Variable | null;
  setActiveVarId(id: number): void;
  setTab(tab: PanelTab): void;
  suggestionsRef: RefObject<HTMLDivElement | null>;
  focusReader(): void;
  onStep(dir: 1 | -1): void;
}

export function useReaderInput({ coding, article, selection, lookups, actions, activeVariable, setActiveVarId, setTab, suggestionsRef, focusReader, onStep }: ReaderInputArgs) {
  const { sel, setSel, range, bodyRef, activeCodingId, setActiveCodingId, memoOpenId, setMemoOpenId } = selection;
  const { ordered, spanCodings } = lookups;
  const articleId = article?.id ?? null;
  const marginRef = useRef<HTMLDivElement>(null);
  const memoReturn = useRef<'reader' | 'margin'>('reader');

  const openMemo = (id: number | null) => {
    if (id !== null) memoReturn.current = marginRef.current?.contains(document.activeElement) ? 'margin' : 'reader';
    setMemoOpenId(id);
    if (id === null) requestAnimationFrame(() => (memoReturn.current === 'margin' ? marginRef.current?.focus() : focusReader()));
  };

  // Opening the Code view on an article (a reload, a link) gives the reader the keyboard.
  useEffect(() => {
    if (coding && articleId !== null && (document.activeElement === document.body || document.activeElement === null)) focusReader();
  }, [coding, articleId, focusReader]);

  const activeCoding = spanCodings.find((c) => c.id === activeCodingId) ?? null;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (!coding || !article) return;
    handleCodingKey(e, {
      hasSelection: range !== null,
      activeVariable,
      moveSentence: selection.moveSentence,
      moveWord: selection.moveWord,
      cycleVariable: (dir) => {
        if (!ordered.length) return;
        const at = activeVariable ? ordered.indexOf(activeVariable) : -1;
        setActiveVarId(ordered[(at + dir + ordered.length) % ordered.length]!.id);
        setTab('code');
      },
      apply: actions.apply,
      acceptTone: actions.acceptTone,
      openMemo: () => {
        if (!activeCoding) return false;
        openMemo(activeCoding.id);
        return true;
      },
      deleteCoding: () => {
        if (!activeCoding) return false;
        void actions.removeCoding(activeCoding);
        return true;
      },
      openSuggestions: () => {
        setTab('suggestions');
        requestAnimationFrame(() => suggestionsRef.current?.focus());
      },
      confirmArmed: actions.confirmArmed,
      nextArticle: onStep,
      escape: () => {
        if (actions.armed) actions.disarm();
        else if (memoOpenId !== null) setMemoOpenId(null);
        else if (sel) setSel(null);
        else if (activeCodingId !== null) setActiveCodingId(null);
        else return false;
        return true;
      },
    });
  };

  const onMouseUp = (e: MouseEvent<HTMLDivElement>) => {
    if (!coding || !bodyRef.current) return;
    const domSel = window.getSelection();
    const picked = selectionToRange(bodyRef.current, domSel);
    if (picked) {
      const snapped = snapToWords(article?.body ?? '', picked);
      domSel?.removeAllRanges();
      setSel(snapped ? { anchor: snapped.start, focus: snapped.end } : null);
      setActiveCodingId(null);
      setMemoOpenId(null);
    } else {
      const seg = (e.target as HTMLElement).closest<HTMLElement>('[data-codings]');
      const ids = seg?.dataset.codings?.split(' ').map(Number) ?? [];
      if (ids.length) {
        // Repeated clicks on overlapping highlights walk through them.
        const at = activeCodingId !== null ? ids.indexOf(activeCodingId) : -1;
        setActiveCodingId(ids[(at + 1) % ids.length]!);
        setTab('code');
      } else setActiveCodingId(null);
      setSel(null);
    }
    focusReader();
  };

  return { onKeyDown, onMouseUp, openMemo, marginRef };
}
