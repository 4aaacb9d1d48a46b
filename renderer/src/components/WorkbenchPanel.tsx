// The Code view's coding panel, wired to the workbench: the codebook acting on the selection, the stance composer,
// the team's codings and the suggestions, each handing the keyboard back to the reader when done.
import type { RefObject } from 'react';
import type { ToneHint } from '../../../shared/domain/coding';
import type { Article } from '../../../shared/domain/types';
import type { AnalysisState } from '../hooks/use-analysis';
import type { CodingActions } from '../hooks/use-coding-actions';
import type { CodingData } from '../hooks/use-coding-data';
import type { CodingLookups } from '../hooks/use-coding-lookups';
import type { ReaderSelection } from '../hooks/use-reader-selection';
import type { TextRange } from '../lib/paragraphs';
import { signed } from '../lib/tone-format';
import { CodingPanel, type PanelTab } from './CodingPanel';
import { StanceComposer } from './StanceComposer';
import { SuggestionsPanel } from './SuggestionsPanel';
import { TeamCodings } from './TeamCodings';

interface WorkbenchPanelProps {
  article: Article;
  version: number;
  tab: PanelTab;
  onTab(tab: PanelTab): void;
  selection: ReaderSelection;
  selectionHint: ToneHint | null;
  articleTone: ToneHint | null;
  lookups: CodingLookups;
  actions: CodingActions;
  activeVariableId: number | null;
  onActivate(variableId: number): void;
  data: CodingData;
  analysis: AnalysisState;
  suggestionsRef: RefObject<HTMLDivElement | null>;
  onSuggestionHighlight(range: TextRange | null): void;
  focusReader(): void;
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function WorkbenchPanel(props: WorkbenchPanelProps) {
  const { article, selectionHint, lookups, actions, data, analysis, focusReader } = props;
  const { composer } = actions;
  const pendingSuggestions = analysis.analysis
    ? analysis.analysis.quotes.filter((q) => q.status === 'pending').length + analysis.analysis.proposals.length
    : null;

  return (
    <CodingPanel
      tab={props.tab}
      onTab={props.onTab}
      articleId={article.id}
      body={article.body}
      version={props.version}
      selection={props.selection.range}
      selectionHint={selectionHint}
      onAcceptTone={lookups.toneVariable ? () => void actions.acceptTone() : undefined}
      acceptToneLabel={selectionHint ? `Accept as tone ${signed(selectionHint.suggested.value)}` : undefined}
      variables={lookups.variables}
      activeVariableId={props.activeVariableId}
      onActivate={(id) => {
        props.onActivate(id);
        focusReader();
      }}
      onApply={(v, c) => {
        actions.apply(v, c);
        if (!(v.kind === 'stance' || v.kind === 'quote')) focusReader();
      }}
      appliedHere={lookups.appliedHere}
      articleValues={lookups.articleValues}
      composer={
        composer && (
          <StanceComposer
            key={`${composer.code.id}:${composer.range.start}:${composer.range.end}`}
            variable={composer.variable}
            code={composer.code}
            actors={data.actors}
            targets={data.targets}
            initialActorId={composer.actorId}
            initialTargetId={actions.lastTargetId}
            onDone={actions.finishComposer}
            onCancel={actions.cancelComposer}
          />
        )
      }
      articleTone={props.articleTone}
      pendingSuggestions={pendingSuggestions}
      onMemoEscape={focusReader}
      team={
        <TeamCodings
          articleId={article.id}
          body={article.body}
          variables={lookups.variables}
          version={props.version}
          onShow={(r) => {
            props.selection.show(r);
            focusReader();
          }}
        />
      }
      suggestions={
        <SuggestionsPanel
          articleId={article.id}
          analysis={analysis}
          actors={data.actors}
          listRef={props.suggestionsRef}
          onHighlight={props.onSuggestionHighlight}
          onJump={actions.jumpToQuote}
          onChanged={props.onChanged}
          onExit={focusReader}
          say={props.say}
        />
      }
    />
  );
}
