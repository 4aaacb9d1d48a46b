// The coding side panel (not a modal): the selection and its tone hint, span variables, the article's own variables,
// memo and tone; a second tab holds the suggestions.
import { useEffect, useRef, type ReactNode } from 'react';
import type { Code, Coding, ToneHint, Variable } from '../../../shared/domain/coding';
import type { TextRange } from '../lib/paragraphs';
import { plural } from '../lib/format';
import { MemoBox } from './MemoBox';
import { ToneHintView } from './ToneHintView';
import { VariableBlock } from './VariableBlock';

export type PanelTab = 'code' | 'suggestions';

interface CodingPanelProps {
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  articleId: number;
  body: string;
  version: number;
  selection: TextRange | null;
  selectionHint: ToneHint | null;
  onAcceptTone?(): void;
  acceptToneLabel?: string;
  variables: Variable[];
  activeVariableId: number | null;
  onActivate(variableId: number): void;
  onApply(variable: Variable, code: Code): void;
  /** Codes already on exactly this selection, by variable. */
  appliedHere: Map<number, Set<number>>;
  articleValues: Map<number, Coding>;
  composer: ReactNode;
  articleTone: ToneHint | null;
  suggestions: ReactNode;
  pendingSuggestions: number | null;
  onMemoEscape(): void;
  /** Other coders' codings of the article (read-only), below the article's own variables. */
  team?: ReactNode;
}

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

export function CodingPanel(props: CodingPanelProps) {
  const { tab, variables, activeVariableId, selection, body } = props;
  const spanVars = variables.filter((v) => v.unit === 'span');
  const articleVars = variables.filter((v) => v.unit === 'article');
  const selected = selection ? body.slice(selection.start, selection.end) : '';
  const EMPTY = new Set<number>();
  const scrollRef = useRef<HTMLDivElement>(null);

  // [ and ] may move to a variable below the fold; while its top fits under the selection, the selection stays in view.
  useEffect(() => {
    const box = scrollRef.current;
    const block = box?.querySelector<HTMLElement>('.var-block.is-active');
    if (!box || !block) return;
    const top = block.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    if (top + 120 < box.clientHeight) box.scrollTop = 0;
    else block.scrollIntoView({ block: 'nearest' });
  }, [activeVariableId, tab]);

  const block = (v: Variable) => {
    const value = props.articleValues.get(v.id);
    const valueLabel = v.unit === 'article' ? (value ? (v.codes.find((c) => c.id === value.codeId)?.label ?? '?') : null) : undefined;
    const applied = v.unit === 'article' ? new Set(value?.codeId ? [value.codeId] : []) : (props.appliedHere.get(v.id) ?? EMPTY);
    return (
      <VariableBlock
        key={v.id}
        variable={v}
        active={v.id === activeVariableId}
        applied={applied}
        value={valueLabel}
        disabled={v.unit === 'span' && !selection}
        onActivate={() => props.onActivate(v.id)}
        onApply={(code) => props.onApply(v, code)}
      >
        {v.id === activeVariableId && props.composer}
      </VariableBlock>
    );
  };

  return (
    <aside className="coding-panel" aria-label="Coding panel" data-testid="coding-panel">
      <div className="panel-tabs" role="tablist" aria-label="Panel">
        <button type="button" role="tab" className="tab" aria-selected={tab === 'code'} onClick={() => props.onTab('code')}>
          Code
        </button>
        <button type="button" role="tab" className="tab" aria-selected={tab === 'suggestions'} onClick={() => props.onTab('suggestions')} title="Suggestions (S)">
          Suggestions
          {props.pendingSuggestions ? <span className="tab-count">{props.pendingSuggestions}</span> : null}
        </button>
      </div>
      {tab === 'suggestions' ? (
        <div className="panel-scroll">{props.suggestions}</div>
      ) : (
        <div className="panel-scroll" ref={scrollRef}>
          <section className="panel-section" aria-label="Selection" data-testid="selection-section">
            <h2 className="panel-heading">Selection</h2>
            {selection ? (
              <>
                <p className="selection-quote" data-testid="selection-text">
                  “{selected.length > 160 ? `${selected.slice(0, 100)}…${selected.slice(-40)}` : selected}”
                </p>
                <p className="selection-meta">
                  {plural(wordsIn(selected), 'word')} · {selection.start}–{selection.end}
                </p>
                <ToneHintView hint={props.selectionHint} onAccept={props.onAcceptTone} acceptLabel={props.acceptToneLabel} />
              </>
            ) : (
              <p className="panel-empty">
                Select text with the mouse, or press <kbd>J</kbd>/<kbd>↓</kbd> for the next sentence.
              </p>
            )}
          </section>
          {spanVars.length > 0 && (
            <section className="panel-section" aria-label="Span variables">
              <h2 className="panel-heading">
                Code the selection <span className="heading-hint">[ ] switch</span>
              </h2>
              {spanVars.map(block)}
            </section>
          )}
          <section className="panel-section" aria-label="Article" data-testid="article-section">
            <h2 className="panel-heading">Article</h2>
            {articleVars.map(block)}
            <MemoBox articleId={props.articleId} version={props.version} label="Article memo" placeholder="Notes on this article, saved as you type." rows={3} onEscape={props.onMemoEscape} testId="article-memo" />
            <div className="article-tone">
              <h3 className="panel-subhead">Article tone (AFINN)</h3>
              <ToneHintView hint={props.articleTone} compact testId="article-tone" />
            </div>
          </section>
          {props.team}
          {variables.length === 0 && (
            <p className="panel-empty">The codebook is empty. Load a template or add variables in the Codebook view (Ctrl+3).</p>
          )}
        </div>
      )}
    </aside>
  );
}
