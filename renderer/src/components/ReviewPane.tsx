// Review: the units where coders differ, each with the article, the sentence (or the whole article) and every coder's
// value side by side; the reviewer picks one of those values, "(none)" or any other code (↑/↓ move, 1–9 pick, Enter
// settle, Del clear). A code is kept as the Consensus coder's coding, which the report leaves out; "(none)" leaves the
// Consensus coder without a coding there.
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Coder, Variable } from '../../../shared/domain/coding';
import type { Disagreement, ReliabilitySample } from '../../../shared/domain/reliability';
import { useApi } from '../api/use-api';
import { NEUTRAL } from '../lib/color';
import { plural } from '../lib/format';
import type { TextRange } from '../lib/paragraphs';
import { pairsOf } from '../lib/reliability';
import { errorMessage, FormError } from './FormError';
import { Icon } from './Icon';
import { ScopeBar } from './ReliabilityScope';
import type { ReliabilityScope } from './ReliabilityView';

interface ReviewPaneProps {
  scope: ReliabilityScope;
  onScope(next: ReliabilityScope): void;
  samples: ReliabilitySample[];
  coders: Coder[];
  variables: Variable[];
  variableId: number | null;
  onVariable(id: number | null): void;
  blind: boolean;
  version: number;
  onChanged(): void;
  onRerun(): void;
  onOpenArticle(articleId: number, span?: TextRange): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export interface Choice {
  /** null for "(none)": no code applies. */
  codeId: number | null;
  label: string;
  color: string;
  /** The coders who gave this value. */
  coders: string[];
}

const NONE = '(none)';

const keyOf = (d: Disagreement) => `${d.variableId}:${d.articleId}:${d.sentence ?? 'a'}`;

/**
 * The values to choose from: the coders' own values first, in the order given ("(none)" among them), then "(none)" if no
 * coder gave it (first, so a number key reaches it however long the codebook), then the variable's other codes.
 */
export function choicesFor(d: Disagreement, variable: Variable | undefined): Choice[] {
  const colorOf = (id: number | null) => (id === null ? NEUTRAL : (variable?.codes.find((c) => c.id === id)?.color ?? NEUTRAL));
  const choices: Choice[] = [];
  for (const v of d.values) {
    const seen = choices.find((c) => c.codeId === v.codeId);
    if (seen) seen.coders.push(v.coder);
    else choices.push({ codeId: v.codeId, label: v.label, color: colorOf(v.codeId), coders: [v.coder] });
  }
  if (!choices.some((c) => c.codeId === null)) choices.push({ codeId: null, label: NONE, color: NEUTRAL, coders: [] });
  for (const code of variable?.codes ?? []) {
    if (!code.archived && !choices.some((c) => c.codeId === code.id)) choices.push({ codeId: code.id, label: code.label, color: code.color, coders: [] });
  }
  return choices;
}

export function ReviewPane(props: ReviewPaneProps) {
  const { scope, coders, variables, variableId, blind, say } = props;
  const api = useApi();
  // A sentence unit opens the article at that sentence; an article-level unit at its top.
  const openUnit = (d: Disagreement) =>
    props.onOpenArticle(d.articleId, d.start !== null && d.end !== null ? { start: d.start, end: d.end } : undefined);
  const [pair, setPair] = useState('');
  const [items, setItems] = useState<Disagreement[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [active, setActive] = useState(0);
  const [picks, setPicks] = useState<Map<string, number | null>>(new Map());
  const [busy, setBusy] = useState(false);
  const [tick, setTick] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);
  const pairs = useMemo(() => pairsOf((scope.coders ?? coders.map((c) => c.name)).filter((n) => coders.some((c) => c.name === n))), [scope.coders, coders]);
  const variableIndex = useMemo(() => new Map(variables.map((v) => [v.id, v])), [variables]);
  const coderColor = useMemo(() => new Map(coders.map((c) => [c.name, c.color])), [coders]);

  const pairCoders = pair ? (pair.split('\u0000') as [string, string]) : null;
  const pairValid = !pairCoders || pairs.some(([a, b]) => a === pairCoders[0] && b === pairCoders[1]);

  useEffect(() => {
    if (blind) return;
    let cancelled = false;
    const codersArg = pairCoders && pairValid ? pairCoders : (scope.coders ?? undefined);
    api
      .call('reliability.disagreements', {
        ...(variableId !== null ? { variableId } : {}),
        ...(codersArg ? { coders: codersArg } : {}),
        ...(scope.sample !== null ? { sample: scope.sample } : {}),
      })
      .then(
        (next) => {
          if (cancelled) return;
          setItems(next);
          setError(null);
        },
        (err: unknown) => !cancelled && setError(err),
      );
    return () => {
      cancelled = true;
    };
  }, [api, blind, variableId, pair, pairValid, scope.coders, scope.sample, props.version, tick]); // eslint-disable-line react-hooks/exhaustive-deps

  const list = items ?? [];
  const at = Math.min(active, Math.max(0, list.length - 1));
  const current = list[at];
  const settledCount = list.filter((d) => d.consensus).length;

  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${at}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [at]);

  const pickedFor = (d: Disagreement, choices: Choice[]) => {
    const key = keyOf(d);
    return picks.has(key) ? (choices.find((c) => c.codeId === picks.get(key)) ?? null) : null;
  };

  const pick = (d: Disagreement, choice: Choice) => setPicks((m) => new Map(m).set(keyOf(d), choice.codeId));

  const settle = async (index: number) => {
    const d = list[index];
    if (!d || busy) return;
    const choices = choicesFor(d, variableIndex.get(d.variableId));
    const choice = pickedFor(d, choices);
    if (!choice) {
      say(d.consensus ? `Settled as “${d.consensus.label}”. Pick another value (1–9) to change it, or Del to clear it.` : 'Pick a value first: 1–9, or click one.');
      return;
    }
    setBusy(true);
    try {
      const result = await api.call('reliability.settle', { variableId: d.variableId, articleId: d.articleId, sentence: d.sentence, codeId: choice.codeId });
      // Show the settled value at once; the refetch that follows confirms it.
      setItems((xs) => xs?.map((x, i) => (i === index ? { ...x, consensus: { codeId: result.codeId, label: result.label } } : x)) ?? xs);
      setPicks((m) => {
        const next = new Map(m);
        next.delete(keyOf(d));
        return next;
      });
      say(`Settled ${d.variable}: ${result.label}.`);
      // On to the next unit not settled yet, if any.
      const nextOpen = list.findIndex((x, i) => i > index && !x.consensus);
      if (nextOpen >= 0) setActive(nextOpen);
      props.onChanged();
    } catch (err) {
      say(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  /** Takes the unit back to unsettled; the cursor stays on it. */
  const unsettle = async (index: number) => {
    const d = list[index];
    if (!d || busy) return;
    if (!d.consensus) {
      say('This unit is not settled.');
      return;
    }
    setBusy(true);
    try {
      await api.call('reliability.unsettle', { variableId: d.variableId, articleId: d.articleId, sentence: d.sentence });
      setItems((xs) => xs?.map((x, i) => (i === index ? { ...x, consensus: null } : x)) ?? xs);
      say(`Cleared the settled value of ${d.variable}.`);
      props.onChanged();
    } catch (err) {
      say(errorMessage(err), 'error');
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey || !list.length) return;
    const key = e.key.toLowerCase();
    if (e.key === 'ArrowDown' || key === 'j') setActive(Math.min(list.length - 1, at + 1));
    else if (e.key === 'ArrowUp' || key === 'k') setActive(Math.max(0, at - 1));
    else if (e.key === 'Home') setActive(0);
    else if (e.key === 'End') setActive(list.length - 1);
    else if (/^[1-9]$/.test(e.key) && current) {
      const choice = choicesFor(current, variableIndex.get(current.variableId))[Number(e.key) - 1];
      if (choice) pick(current, choice);
      else say(`There is no value ${e.key} here.`);
    } else if (e.key === 'Enter') void settle(at);
    else if (e.key === 'Delete' || e.key === 'Backspace') void unsettle(at);
    else if (key === 'o' && current) openUnit(current);
    else return;
    e.preventDefault();
  };

  const filters = (
    <ScopeBar scope={scope} onScope={props.onScope} samples={props.samples} coders={coders}>
      <label className="rel-field">
        <span className="rel-field-label">Variable</span>
        <select className="input input-small" aria-label="Variable" value={variableId ?? ''} onChange={(e) => props.onVariable(e.target.value ? Number(e.target.value) : null)}>
          <option value="">All variables</option>
          {variables
            .filter((v) => v.kind !== 'quote')
            .map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
        </select>
      </label>
      <label className="rel-field">
        <span className="rel-field-label">Coder pair</span>
        <select className="input input-small" aria-label="Coder pair" value={pairValid ? pair : ''} onChange={(e) => setPair(e.target.value)}>
          <option value="">All coders</option>
          {pairs.map(([a, b]) => (
            <option key={`${a}\u0000${b}`} value={`${a}\u0000${b}`}>
              {a} – {b}
            </option>
          ))}
        </select>
      </label>
      <span className="rel-toolbar-spacer" />
      <button type="button" className="button" onClick={props.onRerun} title="Compute the report again with the settled units">
        <Icon name="undo" />
        Re-run report
      </button>
    </ScopeBar>
  );

  if (blind) {
    return (
      <div className="rel-pane">
        {filters}
        <div className="rel-scroll">
          <div className="rel-empty" data-testid="review-blind">
            <p className="empty-title">Blind mode is on.</p>
            <p>The review shows every coder’s values side by side. Turn blind mode off on the Team tab once everyone has finished coding.</p>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="rel-pane">
      {filters}
      <div className="rel-review-head">
        <span data-testid="review-count">
          {items === null ? 'Loading…' : `${plural(list.length, 'disagreement')} · ${settledCount} settled`}
        </span>
        <span className="rel-keys">
          <kbd>↑</kbd>
          <kbd>↓</kbd> move · <kbd>1</kbd>–<kbd>9</kbd> pick a value · <kbd>Enter</kbd> settle · <kbd>Del</kbd> clear · <kbd>O</kbd> open the article
        </span>
      </div>
      <div
        ref={listRef}
        className="rel-scroll rel-review"
        role="listbox"
        aria-label="Disagreements"
        tabIndex={0}
        aria-activedescendant={current ? `disagreement-${at}` : undefined}
        data-testid="disagreements"
        onKeyDown={onKeyDown}
      >
        <FormError error={error} />
        {items !== null && list.length === 0 && (
          <div className="rel-empty" data-testid="review-empty">
            <p className="empty-title">No disagreements.</p>
            <p>Every unit the coders both coded has the same value{variableId !== null ? ' for this variable' : ''}.</p>
          </div>
        )}
        {list.map((d, i) => {
          const variable = variableIndex.get(d.variableId);
          const choices = choicesFor(d, variable);
          const picked = pickedFor(d, choices);
          const isActive = i === at;
          return (
            <div
              key={keyOf(d)}
              id={`disagreement-${i}`}
              role="option"
              aria-selected={isActive}
              data-index={i}
              data-testid="disagreement"
              data-settled={d.consensus ? 'true' : 'false'}
              className={`rel-item${isActive ? ' is-active' : ''}${d.consensus ? ' is-settled' : ''}`}
              onMouseDown={(e) => {
                if ((e.target as HTMLElement).closest('button')) return;
                e.preventDefault();
              }}
              onClick={() => {
                setActive(i);
                listRef.current?.focus();
              }}
            >
              <div className="rel-item-head">
                <span className="badge badge-kind">{d.variable}</span>
                <span className="rel-item-title">{d.title}</span>
                <span className="rel-item-outlet">{d.outlet}</span>
                {d.consensus && (
                  <span className="rel-settled" data-testid="consensus">
                    <Icon name="check" size={12} />
                    Settled: {d.consensus.label}
                  </span>
                )}
              </div>
              {d.sentence === null ? (
                <p className="rel-item-text is-article">
                  <span className="rel-unit">Whole article</span>
                </p>
              ) : (
                <p className="rel-item-text">
                  <span className="rel-unit">Sentence {d.sentence + 1}</span> “{d.text.trim()}”
                </p>
              )}
              <div className="rel-values" aria-label="Coders’ values">
                {d.values.map((v) => {
                  const color = v.codeId === null ? NEUTRAL : (variable?.codes.find((c) => c.id === v.codeId)?.color ?? NEUTRAL);
                  return (
                    <span key={v.coderId} className="rel-value" data-testid="coder-value" style={{ ['--code' as string]: color }}>
                      <span className="rel-value-coder">
                        <span className="coder-dot" style={{ background: coderColor.get(v.coder) ?? NEUTRAL }} aria-hidden="true" />
                        {v.coder}
                      </span>
                      <span className={`rel-value-code${v.codeId === null ? ' is-none' : ''}`}>{v.label}</span>
                    </span>
                  );
                })}
              </div>
              {isActive && (
                <div className="rel-choices" data-testid="choices">
                  {choices.map((c, n) => (
                    <Fragment key={c.codeId ?? 'none'}>
                      {n > 0 && c.coders.length === 0 && choices[n - 1]!.coders.length > 0 && <span className="rel-choice-sep">or</span>}
                      <button
                        type="button"
                        className={`rel-choice${c.coders.length ? '' : ' is-other'}${picked?.codeId === c.codeId ? ' is-picked' : ''}${d.consensus?.codeId === c.codeId ? ' is-consensus' : ''}`}
                        aria-pressed={picked?.codeId === c.codeId}
                        tabIndex={-1}
                        onClick={() => {
                          pick(d, c);
                          listRef.current?.focus();
                        }}
                      >
                        {n < 9 && <kbd>{n + 1}</kbd>}
                        <span className={`swatch${c.codeId === null ? ' is-none' : ''}`} style={{ background: c.codeId === null ? undefined : c.color }} aria-hidden="true" />
                        <span className={c.codeId === null ? 'rel-choice-none' : undefined}>{c.label}</span>
                        {c.coders.length > 0 && <span className="rel-choice-who">{c.coders.join(', ')}</span>}
                      </button>
                    </Fragment>
                  ))}
                  <span className="rel-choice-actions">
                    <button type="button" className="button button-small button-primary" tabIndex={-1} disabled={!picked || busy} onClick={() => void settle(i)}>
                      Settle <kbd>Enter</kbd>
                    </button>
                    {d.consensus && (
                      <button type="button" className="button button-small" tabIndex={-1} disabled={busy} onClick={() => void unsettle(i)} title="Back to unsettled">
                        Clear <kbd>Del</kbd>
                      </button>
                    )}
                    <button type="button" className="button button-small" tabIndex={-1} onClick={() => openUnit(d)}>
                      Open article
                    </button>
                  </span>
                </div>
              )}
            </div>
          );
        })}
        {list.length > 0 && (
          <p className="rel-foot">
            Settled values are kept as the Consensus coder’s codings, and a unit settled as (none) leaves it without one there; the coders’ own codings stay
            as they are, and the report still compares only them.
            <button type="button" className="link-button" onClick={() => setTick((t) => t + 1)}>
              Refresh the list
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
