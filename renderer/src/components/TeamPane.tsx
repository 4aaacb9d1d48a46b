// The team: who is coding (switch, or start a new coder), every coder with their colour, blind mode, and merging
// another coder's copy of the project.
import { useState } from 'react';
import type { Coder } from '../../../shared/domain/coding';
import type { MergeReport } from '../../../shared/domain/reliability';
import { desktopShell } from '../api/shell';
import { useApi } from '../api/use-api';
import type { TeamState } from '../hooks/use-team-state';
import { plural } from '../lib/format';
import { isConsensus } from '../lib/reliability';
import { errorMessage, FormError } from './FormError';
import { Icon } from './Icon';

interface TeamPaneProps {
  team: TeamState;
  onCoderSwitched(coder: Coder): void;
  onChanged(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function TeamPane({ team, onCoderSwitched, onChanged, say }: TeamPaneProps) {
  const api = useApi();
  const [name, setName] = useState('');
  const [path, setPath] = useState('');
  const [merging, setMerging] = useState(false);
  const [mergeError, setMergeError] = useState<unknown>(null);
  const [merged, setMerged] = useState<MergeReport | null>(null);
  // The switch follows a click at once; the stored setting catches up (and a failure puts the switch back).
  const [blindPending, setBlindPending] = useState<boolean | null>(null);
  const blind = blindPending ?? team.blind;

  const switchTo = async (to: string) => {
    try {
      const next = await api.call('coders.setCurrent', { name: to });
      setName('');
      onCoderSwitched(next);
      say(`Coding as ${next.name}.`);
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  const setBlind = async (next: boolean) => {
    setBlindPending(next);
    try {
      await api.call('team.setBlind', { blind: next });
      await team.reload();
      onChanged();
      say(next ? 'Blind mode is on: you see only your own codings.' : 'Blind mode is off: every coder’s codings are visible.');
    } catch (err) {
      say(errorMessage(err), 'error');
    } finally {
      setBlindPending(null);
    }
  };

  const merge = async (file: string) => {
    if (!file.trim()) return;
    setMerging(true);
    setMergeError(null);
    try {
      const report = await api.call('reliability.merge', { path: file.trim() });
      setMerged(report);
      await team.reload();
      onChanged();
      say(`Merged ${plural(report.added, 'coding')} from ${report.coders.join(', ') || 'the other copy'}.`);
    } catch (err) {
      setMergeError(err);
    } finally {
      setMerging(false);
    }
  };

  const choose = async () => {
    const picked = await desktopShell?.pickProjectToOpen();
    if (picked) {
      setPath(picked);
      void merge(picked);
    }
  };

  return (
    <div className="rel-pane">
      <div className="rel-scroll rel-team">
        <section className="rel-card" aria-labelledby="rel-coders-heading">
          <h2 id="rel-coders-heading" className="rel-card-title">
            Coders
          </h2>
          <p className="rel-card-text">
            Every coding records who made it. Each coder codes as themselves, in this project or in their own copy (Project › Save project as…) that you
            merge below.
          </p>
          <ul className="rel-coder-list" data-testid="coder-list">
            {team.coders.map((c) => {
              const current = c.id === team.coder?.id;
              const consensus = isConsensus(c);
              return (
                <li key={c.id} className={`rel-coder${current ? ' is-current' : ''}`} data-testid="team-coder" data-name={c.name}>
                  <span className="rel-coder-swatch" style={{ background: c.color }} aria-hidden="true" />
                  <span className="rel-coder-name">{c.name}</span>
                  {current && <span className="badge badge-kind">coding now</span>}
                  {consensus && (
                    <span className="badge" title="Values settled in the review are kept under this coder; the report leaves it out">
                      settled values
                    </span>
                  )}
                  {!current && !consensus && (
                    <button type="button" className="button button-small" onClick={() => void switchTo(c.name)}>
                      Code as {c.name}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
          <form
            className="rel-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void switchTo(name.trim());
            }}
          >
            <input className="input input-small" aria-label="New coder name" placeholder="Another coder’s name" value={name} onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button button-small" disabled={!name.trim()}>
              <Icon name="user" size={14} />
              Code as this coder
            </button>
          </form>
        </section>

        <section className="rel-card" aria-labelledby="rel-blind-heading">
          <h2 id="rel-blind-heading" className="rel-card-title">
            Blind mode
          </h2>
          <label className="rel-switch">
            <input type="checkbox" role="switch" aria-label="Blind mode" checked={blind} onChange={(e) => void setBlind(e.target.checked)} aria-describedby="rel-blind-text" data-testid="blind-toggle" />
            <span className="rel-switch-track" aria-hidden="true">
              <span className="rel-switch-thumb" />
            </span>
            <span className="rel-switch-label">{blind ? 'Blind mode is on' : 'Blind mode is off'}</span>
          </label>
          <p id="rel-blind-text" className="rel-card-text">
            <strong>While on, you see only your own codings</strong> — in the Code view and everywhere codings are listed — so no coder is swayed by
            another’s choices. Switch it on before the reliability coding starts and off when everyone is done, to compare and review. The setting is
            stored in the project; the top bar shows <span className="badge badge-warn">Blind</span> while it is on.
          </p>
        </section>

        <section className="rel-card" aria-labelledby="rel-merge-heading">
          <h2 id="rel-merge-heading" className="rel-card-title">
            Merge another coder’s copy
          </h2>
          <p className="rel-card-text">
            Brings in the codings from another copy of this project as that coder’s. Articles are matched by their text and codes by their codebook
            IDs; nothing here is overwritten, and merging the same file again adds nothing. Ctrl+Z undoes a merge.
            {!desktopShell && ' In the browser, give the path of the file on the computer Framebench runs on.'}
          </p>
          <form
            className="rel-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              void merge(path);
            }}
          >
            <input
              className="input input-small mono"
              aria-label="Project file to merge"
              placeholder="/path/to/their-copy.framebench"
              value={path}
              onChange={(e) => setPath(e.target.value)}
            />
            {desktopShell && (
              <button type="button" className="button button-small" onClick={() => void choose()} disabled={merging}>
                <Icon name="folder" size={14} />
                Choose file…
              </button>
            )}
            <button type="submit" className="button button-small button-primary" disabled={!path.trim() || merging}>
              <Icon name="merge" size={14} />
              {merging ? 'Merging…' : 'Merge'}
            </button>
          </form>
          <FormError error={mergeError} />
          {merged && <MergeReportView report={merged} />}
        </section>
      </div>
    </div>
  );
}

function MergeReportView({ report }: { report: MergeReport }) {
  return (
    <div className="rel-merge-report" data-testid="merge-report">
      <p className="rel-merge-file mono" title={report.file}>
        {report.file}
      </p>
      <dl className="rel-merge-stats">
        <div>
          <dt>Added</dt>
          <dd data-testid="merge-added">{report.added}</dd>
        </div>
        <div>
          <dt>Already present</dt>
          <dd data-testid="merge-present">{report.alreadyPresent}</dd>
        </div>
        <div>
          <dt>"(none)" settlements</dt>
          <dd data-testid="merge-none">{report.noneSettlements}</dd>
        </div>
        <div>
          <dt>Coders</dt>
          <dd data-testid="merge-coders">{report.coders.join(', ') || '—'}</dd>
        </div>
      </dl>
      {report.unmatched.length > 0 ? (
        <table className="rel-mini" data-testid="merge-unmatched">
          <thead>
            <tr>
              <th>Not merged, or merged with a note</th>
              <th className="num">Count</th>
            </tr>
          </thead>
          <tbody>
            {report.unmatched.map((u) => (
              <tr key={u.reason}>
                <td>{u.reason}</td>
                <td className="num">{u.codings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="rel-card-text">Everything matched this project.</p>
      )}
    </div>
  );
}
