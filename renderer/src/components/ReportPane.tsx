// The reliability report: variables × coefficients over the scope, α coloured against Krippendorff's thresholds,
// a row opened shows the coincidence matrix, the coder pairs and unitizing α; Export CSV saves the table.
import { Fragment, useEffect, useState } from 'react';
import type { Coder, Variable } from '../../../shared/domain/coding';
import type { ReliabilityReport, ReliabilitySample, VariableReliability } from '../../../shared/domain/reliability';
import { useApi } from '../api/use-api';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { downloadText, slug, toCsv, type CsvCell } from '../lib/csv';
import { plural } from '../lib/format';
import { alphaBand, BAND_LABEL, coef, percent } from '../lib/reliability';
import { FormError } from './FormError';
import { Icon } from './Icon';
import { ScopeBar } from './ReliabilityScope';
import type { ReliabilityScope } from './ReliabilityView';
import { ReportDetail } from './ReportDetail';

interface ReportPaneProps {
  scope: ReliabilityScope;
  onScope(next: ReliabilityScope): void;
  samples: ReliabilitySample[];
  coders: Coder[];
  variables: Variable[];
  projectName: string;
  version: number;
  runKey: number;
  onRerun(): void;
  onReview(variableId: number): void;
  onTeam(): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

// Why a kappa is null: the report returns the value only, so the reason is read off what the report does say
// (the number of coders, pairable units, alpha's reason), mirroring shared/stats/kappa.ts.
function cohenReason(v: VariableReliability, coders: number): string | null {
  if (v.cohensKappa !== null) return null;
  if (coders !== 2) return `two coders only (${coders} here)`;
  if (v.alpha.units === 0) return 'no unit coded by both coders';
  return 'one category only: expected agreement is 1';
}

function fleissReason(v: VariableReliability): string | null {
  if (v.fleissKappa !== null) return null;
  if (v.alpha.units === 0) return 'no unit coded by two or more coders';
  if (v.alpha.reason) return 'every value is the same category';
  return 'units carry different numbers of values';
}

function agreementReason(v: VariableReliability, coders: number): string | null {
  if (v.percentAgreement !== null) return null;
  return coders < 2 ? 'fewer than two coders' : 'no unit coded by two or more coders';
}

function ci(v: VariableReliability): string {
  const { lower, upper } = v.bootstrap;
  return lower === null || upper === null ? '—' : `${coef(lower)} – ${coef(upper)}`;
}

const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));

/** The table as CSV rows: one per variable, with the scope in every row so the file stands alone. */
export function reportCsvRows(report: ReliabilityReport): CsvCell[][] {
  const header = [
    'Variable', 'Unit', 'Level', 'Units', 'Pairable units', 'Percent agreement', "Cohen's kappa", "Fleiss' kappa",
    "Krippendorff's alpha", 'Alpha reason', 'CI lower', 'CI upper', 'CI level', 'Bootstrap samples', 'Seed', 'Coders', 'Sample',
  ];
  const rows = report.variables.map((v): CsvCell[] => [
    v.variable,
    v.unit,
    v.level,
    v.units,
    v.alpha.units,
    round(v.percentAgreement),
    round(v.cohensKappa),
    round(v.fleissKappa),
    round(v.alpha.alpha),
    v.alpha.reason,
    round(v.bootstrap.lower),
    round(v.bootstrap.upper),
    v.bootstrap.confidence,
    v.bootstrap.samples,
    v.bootstrap.seed,
    report.coders.join('; '),
    report.sample ?? 'All articles coded by two or more coders',
  ]);
  return [header, ...rows];
}

function Null({ reason }: { reason: string | null }) {
  return reason ? <span className="rel-reason">{reason}</span> : null;
}

export function ReportPane(props: ReportPaneProps) {
  const { scope, coders, variables, say } = props;
  const api = useApi();
  const [report, setReport] = useState<ReliabilityReport | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const request = useDebouncedValue(JSON.stringify({ scope, version: props.version, run: props.runKey }), 200);

  useEffect(() => {
    const { scope: s } = JSON.parse(request) as { scope: ReliabilityScope };
    let cancelled = false;
    setLoading(true);
    api
      .call('reliability.report', { ...(s.sample !== null ? { sample: s.sample } : {}), ...(s.coders ? { coders: s.coders } : {}), seed: s.seed })
      .then(
        (next) => {
          if (cancelled) return;
          setReport(next);
          setError(null);
        },
        (err: unknown) => !cancelled && setError(err),
      )
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [api, request]);

  const toggle = (id: number) => setOpen((o) => new Set(o.has(id) ? [...o].filter((x) => x !== id) : [...o, id]));

  const exportCsv = () => {
    if (!report) return;
    const date = new Date().toISOString().slice(0, 10);
    downloadText(`reliability-${slug(report.sample ?? props.projectName)}-${date}.csv`, toCsv(reportCsvRows(report)));
    say(`Exported the report (${plural(report.variables.length, 'variable')}).`);
  };

  const nCoders = report?.coders.length ?? 0;
  let body;
  if (error && !report) body = <FormError error={error} />;
  else if (!report) body = <p className="rel-empty">Computing…</p>;
  else if (report.coders.length < 2) {
    body = (
      <div className="rel-empty" data-testid="rel-report-empty">
        <p className="empty-title">The report needs two or more coders.</p>
        <p>
          Code the same articles as another coder (switch coders in the top bar or on the{' '}
          <button type="button" className="link-button" onClick={props.onTeam}>
            Team
          </button>{' '}
          tab), or merge another coder’s copy of the project there.
        </p>
      </div>
    );
  } else if (!report.variables.length) body = <p className="rel-empty">The codebook has no variables to compare.</p>;
  else {
    body = (
      <table className="rel-table" data-testid="reliability-table">
        <thead>
          <tr>
            <th className="rel-col-var">Variable</th>
            <th className="num" title="Units of analysis: articles, or sentences for span variables">
              Units
            </th>
            <th className="num">% agreement</th>
            <th className="num">
              Cohen’s <span className="rel-greek">κ</span>
            </th>
            <th className="num">
              Fleiss’ <span className="rel-greek">κ</span>
            </th>
            <th>
              Krippendorff’s <span className="rel-greek">α</span>
            </th>
            <th>
              95% CI of <span className="rel-greek">α</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {report.variables.map((v) => {
            const expanded = open.has(v.variableId);
            const band = alphaBand(v.alpha.alpha);
            return (
              <Fragment key={v.variableId}>
                <tr className={`rel-row${expanded ? ' is-open' : ''}`} data-testid="rel-row" data-variable={v.variable} onClick={() => toggle(v.variableId)}>
                  <td className="rel-col-var">
                    <button
                      type="button"
                      className="rel-expand"
                      aria-expanded={expanded}
                      aria-label={`Details of ${v.variable}`}
                      onClick={(e) => {
                        e.stopPropagation();
                        toggle(v.variableId);
                      }}
                    >
                      <Icon name="chevronDown" size={12} />
                    </button>
                    <span className="rel-var-name">{v.variable}</span>
                    <span className="badge">{v.unit === 'sentence' ? 'per sentence' : 'per article'}</span>
                  </td>
                  <td className="num" data-testid="rel-units">
                    {v.units}
                    {v.alpha.units !== v.units && <span className="rel-sub" title="Units coded by two or more coders">{v.alpha.units} pairable</span>}
                  </td>
                  <td className="num" data-testid="rel-agreement">
                    {percent(v.percentAgreement)}
                    <Null reason={agreementReason(v, nCoders)} />
                  </td>
                  <td className="num" data-testid="rel-cohen">
                    {coef(v.cohensKappa)}
                    <Null reason={cohenReason(v, nCoders)} />
                  </td>
                  <td className="num" data-testid="rel-fleiss">
                    {coef(v.fleissKappa)}
                    <Null reason={fleissReason(v)} />
                  </td>
                  <td data-testid="rel-alpha" data-band={band}>
                    <span className={`rel-alpha band-${band}`} title={BAND_LABEL[band]}>
                      {v.alpha.alpha === null ? 'n/a' : coef(v.alpha.alpha)}
                    </span>
                    <span className="rel-level">{v.level}</span>
                    <Null reason={v.alpha.reason} />
                  </td>
                  <td className="rel-ci" data-testid="rel-ci">
                    {ci(v)}
                  </td>
                </tr>
                {expanded && (
                  <tr className="rel-detail-row" data-testid="rel-detail">
                    <td colSpan={7}>
                      <ReportDetail result={v} variable={variables.find((x) => x.id === v.variableId)} onReview={() => props.onReview(v.variableId)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    );
  }

  return (
    <div className="rel-pane">
      <ScopeBar scope={scope} onScope={props.onScope} samples={props.samples} coders={coders} showSeed>
        <span className="rel-toolbar-spacer" />
        <button type="button" className="button" onClick={props.onRerun} disabled={loading} title="Compute the report again">
          <Icon name="undo" />
          Re-run
        </button>
        <button type="button" className="button button-primary" onClick={exportCsv} disabled={!report || !report.variables.length}>
          <Icon name="file" />
          Export CSV
        </button>
      </ScopeBar>
      <div className={`rel-scroll${loading && report ? ' is-stale' : ''}`} aria-busy={loading}>
        {report && (
          <div className="rel-summary" data-testid="rel-summary">
            <span>
              <strong>{plural(report.articles, 'article')}</strong> {report.sample ? <>in sample “{report.sample}”</> : 'coded by two or more coders'} ·{' '}
              {report.coders.join(', ') || 'no coders'}
            </span>
            <Legend />
          </div>
        )}
        {error && report ? <FormError error={error} /> : null}
        {body}
        {report && report.variables.length > 0 && report.coders.length >= 2 && (
          <p className="rel-foot">
            Click a row for the coincidence matrix, the coder pairs and, for span variables, unitizing α per code. The interval is a percentile
            bootstrap over units ({report.variables[0]!.bootstrap.samples} samples, seed {report.variables[0]!.bootstrap.seed}). The Consensus coder’s
            settled values are not part of the report.
          </p>
        )}
      </div>
    </div>
  );
}

function Legend() {
  return (
    <span className="rel-legend" aria-label="Thresholds for Krippendorff’s alpha" data-testid="rel-legend">
      <span className="rel-legend-item">
        <span className="rel-alpha band-good">≥ 0.800</span> good
      </span>
      <span className="rel-legend-item">
        <span className="rel-alpha band-tentative">0.667–0.800</span> tentative
      </span>
      <span className="rel-legend-item">
        <span className="rel-alpha band-poor">&lt; 0.667</span> poor
      </span>
    </span>
  );
}
