// Aggregates per outlet: frames (share of spans or articles per code), tone (coded beside AFINN), the stance matrix
// (actors × outlets for one target: distribution, mean, n; a cell lists the codings behind it) and quote share.
// Scope: this story, all stories or the whole project, a date range, outlets, coders. Each table comes with a chart;
// the table exports as CSV, the chart as SVG or PNG.
import { useEffect, useState } from 'react';
import type { Target, Variable } from '../../../shared/domain/coding';
import type { Outlet, Story } from '../../../shared/domain/types';
import { useAggregateResult } from '../hooks/use-aggregate-result';
import type { AggregateSettings } from '../lib/aggregate-settings';
import { stanceVariableOf } from '../lib/aggregate-stance';
import type { TextRange } from '../lib/paragraphs';
import { AggregateCellCodings, type CellPick } from './AggregateCellCodings';
import { AggregateMeasureBar } from './AggregateMeasureBar';
import { AggregateScopeBar } from './AggregateScopeBar';
import { AggregateTableBlock } from './AggregateTableBlock';
import { errorMessage } from './FormError';

interface AggregatesPaneProps {
  settings: AggregateSettings;
  onSettings(next: AggregateSettings): void;
  storyId: number | null;
  storyName: string | null;
  stories: Story[];
  outlets: Outlet[];
  variables: Variable[];
  targets: Target[];
  version: number;
  /** Opens the article in the Code view, at the coding's span when it has one. */
  onOpenArticle(articleId: number, span?: TextRange): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function AggregatesPane(props: AggregatesPaneProps) {
  const { settings, onSettings, variables, say } = props;
  const { coders, scope, scopeArgs, result, error, loading, requestKey } = useAggregateResult(settings, props);
  const [pick, setPick] = useState<CellPick | null>(null);
  const set = (patch: Partial<AggregateSettings>) => onSettings({ ...settings, ...patch });

  useEffect(() => setPick(null), [requestKey]);

  return (
    <div className="cmp-pane agg-pane" data-testid="aggregates-pane">
      <AggregateMeasureBar settings={settings} onChange={set} variables={variables} targets={props.targets} />
      <AggregateScopeBar
        settings={settings}
        onChange={set}
        scope={scope}
        storyId={props.storyId}
        storyName={props.storyName}
        stories={props.stories}
        outlets={props.outlets}
        coders={coders}
        loading={loading}
      />
      <div className={`cmp-scroll${loading && result ? ' is-stale' : ''}`} data-testid="aggregates-result">
        {error && !loading ? (
          <div className="cmp-empty">
            <p className="empty-title">No table for this choice.</p>
            <p>{errorMessage(error)}</p>
          </div>
        ) : !result ? (
          <p className="cmp-empty-line">Computing…</p>
        ) : (
          result.tables.map((table) => (
            <AggregateTableBlock
              key={table.id}
              measure={result.measure}
              table={table}
              variables={variables}
              pick={pick}
              onPick={setPick}
              say={say}
              detail={
                pick?.tableId === table.id ? (
                  <AggregateCellCodings
                    table={table}
                    pick={pick}
                    scope={scopeArgs}
                    variable={stanceVariableOf(table, variables)}
                    coders={coders}
                    onOpenArticle={props.onOpenArticle}
                    onClose={() => setPick(null)}
                  />
                ) : null
              }
            />
          ))
        )}
      </div>
    </div>
  );
}
