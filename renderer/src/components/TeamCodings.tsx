// Other coders' codings of the open article, read-only, at the foot of the coding panel. The API decides what is
// visible: in blind mode 'codings.list' returns only the current coder's codings, and this section says so.
import { useEffect, useMemo, useState } from 'react';
import type { Coder, Coding, Variable } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { NEUTRAL } from '../lib/color';
import type { TextRange } from '../lib/paragraphs';
import '../styles/reliability.css';

interface TeamCodingsProps {
  articleId: number;
  body: string;
  variables: Variable[];
  /** The data version: codings, coders or blind mode changed. */
  version: number | string;
  onShow(range: TextRange): void;
}

interface Loaded {
  key: string;
  blind: boolean;
  coder: Coder;
  coders: Coder[];
  codings: Coding[];
}

function snippet(body: string, c: Coding): string {
  const text = body.slice(c.start ?? 0, c.end ?? 0).replace(/\s+/g, ' ').trim();
  return text.length > 70 ? `${text.slice(0, 68)}…` : text;
}

export function TeamCodings({ articleId, body, variables, version, onShow }: TeamCodingsProps) {
  const api = useApi();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const key = `${articleId}:${version}`;

  useEffect(() => {
    let cancelled = false;
    Promise.all([api.call('team.state'), api.call('codings.list', { articleId })]).then(
      ([team, codings]) => !cancelled && setLoaded({ key, ...team, codings }),
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [api, articleId, key]);

  const codeIndex = useMemo(() => {
    const map = new Map<number, { label: string; color: string; variable: string }>();
    for (const v of variables) for (const c of v.codes) map.set(c.id, { label: c.label, color: c.color, variable: v.name });
    return map;
  }, [variables]);
  const variableName = useMemo(() => new Map(variables.map((v) => [v.id, v.name])), [variables]);

  if (!loaded || loaded.key.split(':')[0] !== String(articleId)) return null;
  const others = loaded.codings.filter((c) => c.coderId !== loaded.coder.id);
  const byCoder = loaded.coders.map((coder) => ({ coder, codings: others.filter((c) => c.coderId === coder.id) })).filter((g) => g.codings.length);

  return (
    <section className="panel-section team-codings" aria-label="Other coders" data-testid="team-codings">
      <h2 className="panel-heading">Other coders</h2>
      {loaded.blind ? (
        <p className="panel-empty" data-testid="team-codings-blind">
          <span className="badge badge-warn">Blind</span> Blind mode is on: you see only your own codings.
        </p>
      ) : byCoder.length === 0 ? (
        <p className="panel-empty">No other coder has coded this article.</p>
      ) : (
        byCoder.map(({ coder, codings }) => (
          <div key={coder.id} className="team-coder" data-testid="team-coder-codings" data-coder={coder.name}>
            <div className="team-coder-name">
              <span className="coder-dot" style={{ background: coder.color }} aria-hidden="true" />
              {coder.name}
              <span className="count">{codings.length}</span>
            </div>
            <ul className="team-coding-list">
              {codings.map((c) => {
                const code = c.codeId !== null ? codeIndex.get(c.codeId) : undefined;
                const label = `${code?.variable ?? variableName.get(c.variableId) ?? 'Variable'}: ${code?.label ?? 'archived code'}`;
                const span = c.start !== null && c.end !== null;
                return (
                  <li key={c.id} className="team-coding" style={{ borderLeftColor: code?.color ?? NEUTRAL }} data-testid="team-coding">
                    {span ? (
                      <button type="button" className="team-coding-show" title="Select this text in the reader" onClick={() => onShow({ start: c.start!, end: c.end! })}>
                        <span className="team-coding-label">{label}</span>
                        <span className="team-coding-snippet">{snippet(body, c)}</span>
                      </button>
                    ) : (
                      <span className="team-coding-label">{label}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
