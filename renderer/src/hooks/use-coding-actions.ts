// The Code view's coding actions: applying a code to the selection or the article (stance and quote codes through
// the composer), removing a coding, accepting the tone hint, and accepting an armed quote suggestion with the span
// selected for it.
import { useEffect, useState } from 'react';
import type { Code, Coding, QuoteSuggestion, ToneHint, Variable } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { errorMessage } from '../components/FormError';
import type { ComposerResult } from '../components/StanceComposer';
import type { TextRange } from '../lib/paragraphs';
import { signed } from '../lib/tone-format';
import type { AnalysisState } from './use-analysis';
import type { CodingLookups } from './use-coding-lookups';
import type { ReaderSelection } from './use-reader-selection';

interface Composer {
  variable: Variable;
  code: Code;
  range: TextRange;
  actorId: number | null;
}

interface CodingActionsArgs {
  articleId: number | null;
  selection: ReaderSelection;
  lookups: CodingLookups;
  analysis: AnalysisState;
  selectionHint: ToneHint | null;
  setActiveVarId(id: number): void;
  focusReader(): void;
  say(text: string, tone?: 'info' | 'error'): void;
  onChanged(): void;
  onCodingsChanged(): void;
}

export function useCodingActions(args: CodingActionsArgs) {
  const { articleId, selection, lookups, analysis, selectionHint, setActiveVarId, focusReader, say } = args;
  const { range, activeCodingId, setActiveCodingId } = selection;
  const { spanCodings, articleValues, toneVariable } = lookups;
  const api = useApi();
  const [composer, setComposer] = useState<Composer | null>(null);
  const [armed, setArmed] = useState<QuoteSuggestion | null>(null);
  const [lastTargetId, setLastTargetId] = useState<number | null>(null);

  useEffect(() => {
    setComposer(null);
    setArmed(null);
  }, [articleId]);

  const createCoding = async (variable: Variable, code: Code, extra: { start?: number; end?: number; actorId?: number | null; targetId?: number | null }) => {
    if (articleId === null) return;
    try {
      const created = await api.call('codings.create', { articleId, variableId: variable.id, codeId: code.id, ...extra });
      if (created.start !== null) setActiveCodingId(created.id);
      args.onCodingsChanged();
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const removeCoding = async (c: Coding) => {
    try {
      await api.call('codings.delete', { id: c.id });
      if (activeCodingId === c.id) setActiveCodingId(null);
      selection.setMemoOpenId(null);
      args.onCodingsChanged();
      say(`Removed ${lookups.lookOf(c).label}. Ctrl+Z brings it back.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const apply = (variable: Variable, code: Code) => {
    setActiveVarId(variable.id);
    if (variable.unit === 'article') {
      const current = articleValues.get(variable.id);
      if (current?.codeId === code.id) void removeCoding(current);
      else void createCoding(variable, code, {});
      return;
    }
    if (!range) {
      say('Select text first: J or ↓ selects the next sentence.');
      return;
    }
    if (variable.kind === 'stance' || variable.kind === 'quote') {
      const inside = analysis.analysis?.mentions.find((m) => m.start >= range.start && m.end <= range.end);
      setComposer({ variable, code, range, actorId: inside?.actorId ?? null });
      return;
    }
    const existing = spanCodings.find((c) => c.variableId === variable.id && c.codeId === code.id && c.start === range.start && c.end === range.end);
    if (existing) void removeCoding(existing);
    else void createCoding(variable, code, range);
  };

  const finishComposer = (result: ComposerResult) => {
    if (!composer) return;
    const { variable, code, range: r } = composer;
    setComposer(null);
    if (result.targetId !== null) setLastTargetId(result.targetId);
    void createCoding(variable, code, { ...r, actorId: result.actorId, targetId: result.targetId });
    focusReader();
  };

  const acceptTone = (): boolean => {
    if (!toneVariable || !range || !selectionHint) return false;
    const code = toneVariable.codes.find((c) => c.numericCode === selectionHint.suggested.value);
    if (!code) {
      say(`“${toneVariable.name}” has no code for ${signed(selectionHint.suggested.value)}.`, 'error');
      return true;
    }
    void createCoding(toneVariable, code, range);
    return true;
  };

  const jumpToQuote = (q: QuoteSuggestion) => {
    selection.show(q);
    setArmed(q.status === 'accepted' ? null : q);
    focusReader();
  };

  const confirmArmed = (): boolean => {
    if (!armed || !range || articleId === null) return false;
    const q = armed;
    setArmed(null);
    api.call('quotes.accept', { articleId, key: q.key, start: range.start, end: range.end }).then(
      () => {
        args.onChanged();
        say('Accepted the quote with this span.');
      },
      (err: unknown) => say(errorMessage(err), 'error'),
    );
    return true;
  };

  return {
    composer,
    lastTargetId,
    finishComposer,
    cancelComposer: () => {
      setComposer(null);
      focusReader();
    },
    armed,
    disarm: () => setArmed(null),
    apply,
    removeCoding,
    acceptTone,
    jumpToQuote,
    confirmArmed,
  };
}

export type CodingActions = ReturnType<typeof useCodingActions>;
