// The reader's coding keys: sentence and word moves, variable switching, code keys, memo, delete, suggestions, articles.
import type { KeyboardEvent } from 'react';
import type { Code, Variable } from '../../../shared/domain/coding';
import { codeKeys } from './code-keys';

export interface CodingKeyActions {
  hasSelection: boolean;
  activeVariable: Variable | null;
  moveSentence(dir: 1 | -1, extend: boolean): void;
  moveWord(dir: 1 | -1, extend: boolean): void;
  cycleVariable(dir: 1 | -1): void;
  apply(variable: Variable, code: Code): void;
  acceptTone(): boolean;
  openMemo(): boolean;
  deleteCoding(): boolean;
  openSuggestions(): void;
  confirmArmed(): boolean;
  nextArticle(dir: 1 | -1): void;
  /** Steps back one level; false when there was nothing to step back from. */
  escape(): boolean;
}

/** The code a plain key applies right now, if any: a code key wins over the reader's letter commands. */
function codeFor(e: KeyboardEvent, a: CodingKeyActions): Code | undefined {
  const v = a.activeVariable;
  if (!v || e.key.length !== 1) return undefined;
  if (v.unit === 'span' && !a.hasSelection) return undefined;
  return codeKeys(v).byKey.get(e.key.toLowerCase());
}

export function handleCodingKey(e: KeyboardEvent<HTMLElement>, a: CodingKeyActions) {
  if (e.defaultPrevented || e.target !== e.currentTarget) return;
  const mod = e.ctrlKey || e.metaKey;
  const { key, shiftKey: shift, altKey: alt } = e;
  const lower = key.toLowerCase();
  let handled = true;

  if (!mod && !alt && !shift) {
    const code = codeFor(e, a);
    if (code && a.activeVariable) {
      a.apply(a.activeVariable, code);
      e.preventDefault();
      return;
    }
  }

  if (key === 'Escape') handled = a.escape();
  else if (key === 'Enter' && !mod && !alt) handled = a.confirmArmed();
  else if (alt && !mod && (key === 'ArrowDown' || key === 'ArrowUp')) a.nextArticle(key === 'ArrowDown' ? 1 : -1);
  else if ((alt || mod) && (key === 'ArrowRight' || key === 'ArrowLeft')) a.moveWord(key === 'ArrowRight' ? 1 : -1, shift);
  else if (mod || alt) handled = false;
  else if (key === 'ArrowDown' || lower === 'j') a.moveSentence(1, shift);
  else if (key === 'ArrowUp' || lower === 'k') a.moveSentence(-1, shift);
  else if (shift) handled = lower === 't' ? a.acceptTone() : false;
  else if (key === ']') a.cycleVariable(1);
  else if (key === '[') a.cycleVariable(-1);
  else if (key === 'n') a.nextArticle(1);
  else if (key === 'p') a.nextArticle(-1);
  else if (key === 'm') handled = a.openMemo();
  else if (key === 's') a.openSuggestions();
  else if (key === 't') handled = a.acceptTone();
  else if (key === 'Delete' || key === 'Backspace') handled = a.deleteCoding();
  else handled = false;

  if (handled) e.preventDefault();
}
