// The Codebook view: variables and codes, the actor registry, stance targets and the project memo, as sibling tabs.
import { useState, type Ref } from 'react';
import type { CodingData } from '../hooks/use-coding-data';
import { ActorsPane } from './ActorsPane';
import { CodebookPane } from './CodebookPane';
import { MemoBox } from './MemoBox';
import { TargetsPane } from './TargetsPane';

type Tab = 'codebook' | 'actors' | 'targets' | 'memo';

interface CodebookViewProps {
  data: CodingData;
  version: number;
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
  searchRef: Ref<HTMLInputElement>;
}

const TABS: { id: Tab; label: string }[] = [
  { id: 'codebook', label: 'Variables & codes' },
  { id: 'actors', label: 'Actors' },
  { id: 'targets', label: 'Targets' },
  { id: 'memo', label: 'Project memo' },
];

export function CodebookView({ data, version, onChanged, say, searchRef }: CodebookViewProps) {
  const [tab, setTab] = useState<Tab>('codebook');
  return (
    <main className="codebook-view" aria-label="Codebook view">
      <div className="tabs cb-tabs" role="tablist" aria-label="Codebook sections">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" className="tab" aria-selected={tab === t.id} onClick={() => setTab(t.id)}>
            {t.label}
            {t.id === 'actors' && <span className="tab-count">{data.actors.length}</span>}
            {t.id === 'targets' && <span className="tab-count">{data.targets.length}</span>}
          </button>
        ))}
      </div>
      {tab === 'codebook' && <CodebookPane version={version} onChanged={onChanged} say={say} searchRef={searchRef} />}
      {tab === 'actors' && <ActorsPane actors={data.actors} onChanged={onChanged} say={say} />}
      {tab === 'targets' && <TargetsPane targets={data.targets} onChanged={onChanged} say={say} />}
      {tab === 'memo' && (
        <div className="project-memo">
          <MemoBox articleId={null} version={version} label="Project memo" placeholder="Decisions, coding rules agreed with co-coders, what “pro” means for this issue… Saved as you type." rows={18} testId="project-memo" />
        </div>
      )}
    </main>
  );
}
