// The Reliability view: the team (coders, blind mode, merging another coder's copy), reliability samples, the
// agreement report and the review of disagreements, as sibling tabs sharing one scope (sample, coders, seed).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Coder, Variable } from '../../../shared/domain/coding';
import type { ReliabilitySample } from '../../../shared/domain/reliability';
import type { Outlet, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';
import type { TeamState } from '../hooks/use-team-state';
import type { TextRange } from '../lib/paragraphs';
import { isConsensus } from '../lib/reliability';
import '../styles/reliability.css';
import { errorMessage } from './FormError';
import { ReportPane } from './ReportPane';
import { ReviewPane } from './ReviewPane';
import { SamplesPane } from './SamplesPane';
import { TeamPane } from './TeamPane';

export type ReliabilityTab = 'team' | 'samples' | 'report' | 'review';

/** What the report and the review look at: a sample (null: every article two or more coders coded), coders (null: all). */
export interface ReliabilityScope {
  sample: number | null;
  coders: string[] | null;
  seed: number;
}

interface ReliabilityViewProps {
  tab: ReliabilityTab;
  onTab(tab: ReliabilityTab): void;
  team: TeamState;
  variables: Variable[];
  outlets: Outlet[];
  stories: Story[];
  librarySelection: number[];
  projectName: string;
  version: number;
  onCoderSwitched(coder: Coder): void;
  /** Codings changed here (settled, merged) or blind mode was toggled. */
  onChanged(): void;
  onOpenArticle(articleId: number, span?: TextRange): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

const TABS: { id: ReliabilityTab; label: string }[] = [
  { id: 'team', label: 'Team' },
  { id: 'samples', label: 'Samples' },
  { id: 'report', label: 'Report' },
  { id: 'review', label: 'Review' },
];

export function ReliabilityView(props: ReliabilityViewProps) {
  const { tab, onTab, team, say } = props;
  const api = useApi();
  const [samples, setSamples] = useState<ReliabilitySample[]>([]);
  const [scope, setScope] = useState<ReliabilityScope>({ sample: null, coders: null, seed: 1 });
  const [runKey, setRunKey] = useState(0);
  const [reviewVariable, setReviewVariable] = useState<number | null>(null);
  const coders = useMemo(() => team.coders.filter((c) => !isConsensus(c)), [team.coders]);

  const reloadSamples = useCallback(async () => {
    try {
      setSamples(await api.call('samples.list'));
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  }, [api, say]);

  useEffect(() => {
    void reloadSamples();
  }, [reloadSamples, props.version]);

  // A deleted sample, or a coder no longer there, drops out of the scope.
  useEffect(() => {
    setScope((s) => {
      const sample = s.sample !== null && !samples.some((x) => x.id === s.sample) ? null : s.sample;
      const kept = s.coders?.filter((name) => coders.some((c) => c.name === name)) ?? null;
      const codersNext = kept && kept.length === coders.length ? null : kept;
      const same = sample === s.sample && JSON.stringify(codersNext) === JSON.stringify(s.coders);
      return same ? s : { ...s, sample, coders: codersNext };
    });
  }, [samples, coders]);

  return (
    <main className="reliability-view" aria-label="Reliability view" data-testid="reliability-view">
      <div className="tabs rel-tabs" role="tablist" aria-label="Reliability sections">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" className="tab" aria-selected={tab === t.id} onClick={() => onTab(t.id)}>
            {t.label}
            {t.id === 'team' && <span className="tab-count">{coders.length}</span>}
            {t.id === 'samples' && samples.length > 0 && <span className="tab-count">{samples.length}</span>}
          </button>
        ))}
        {team.blind && (
          <span className="rel-tabs-note" data-testid="rel-blind-note">
            <span className="badge badge-warn">Blind</span> You see only your own codings while coding.
          </span>
        )}
      </div>
      {tab === 'team' && <TeamPane team={team} onCoderSwitched={props.onCoderSwitched} onChanged={props.onChanged} say={say} />}
      {tab === 'samples' && (
        <SamplesPane
          samples={samples}
          outlets={props.outlets}
          stories={props.stories}
          librarySelection={props.librarySelection}
          version={props.version}
          onChanged={reloadSamples}
          onUse={(sample) => {
            setScope((s) => ({ ...s, sample: sample.id }));
            onTab('report');
          }}
          say={say}
        />
      )}
      {tab === 'report' && (
        <ReportPane
          scope={scope}
          onScope={setScope}
          samples={samples}
          coders={coders}
          variables={props.variables}
          projectName={props.projectName}
          version={props.version}
          runKey={runKey}
          onRerun={() => setRunKey((k) => k + 1)}
          onReview={(variableId) => {
            setReviewVariable(variableId);
            onTab('review');
          }}
          onTeam={() => onTab('team')}
          say={say}
        />
      )}
      {tab === 'review' && (
        <ReviewPane
          scope={scope}
          onScope={setScope}
          samples={samples}
          coders={coders}
          variables={props.variables}
          variableId={reviewVariable}
          onVariable={setReviewVariable}
          blind={team.blind}
          version={props.version}
          onChanged={props.onChanged}
          onRerun={() => {
            setRunKey((k) => k + 1);
            onTab('report');
          }}
          onOpenArticle={props.onOpenArticle}
          say={say}
        />
      )}
    </main>
  );
}
