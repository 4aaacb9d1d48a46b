// One variable of the report opened: the coincidence matrix (values × values, with marginals), the figures per coder
// pair, and for span variables unitizing α per code.
import type { Value } from '../../../shared/stats';
import type { Variable } from '../../../shared/domain/coding';
import type { VariableReliability } from '../../../shared/domain/reliability';
import { alphaBand, BAND_LABEL, coef, count, percent } from '../lib/reliability';
import { Icon } from './Icon';

interface ReportDetailProps {
  result: VariableReliability;
  variable: Variable | undefined;
  onReview(): void;
}

/** Nominal values are code labels already; numeric values (ordinal, interval, ratio) get their codes' labels beside. */
function valueLabel(value: Value, variable: Variable | undefined): string {
  if (typeof value === 'string') return value;
  const codes = variable?.codes.filter((c) => c.numericCode === value) ?? [];
  return codes.length ? `${value} · ${codes.map((c) => c.label).join(' / ')}` : String(value);
}

function Alpha({ value, reason }: { value: number | null; reason?: string | null }) {
  const band = alphaBand(value);
  return (
    <>
      <span className={`rel-alpha band-${band}`} title={BAND_LABEL[band]}>
        {value === null ? 'n/a' : coef(value)}
      </span>
      {reason && <span className="rel-reason">{reason}</span>}
    </>
  );
}

export function ReportDetail({ result, variable, onReview }: ReportDetailProps) {
  const { alpha } = result;
  const { values, matrix } = alpha.coincidence;
  const diagonal = matrix ? matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0) : 0;
  const maxOff = matrix ? Math.max(0, ...matrix.flatMap((row, r) => row.filter((_, c) => c !== r))) : 0;

  return (
    <div className="rel-detail">
      <section className="rel-detail-block rel-matrix-block" aria-label={`Coincidence matrix of ${result.variable}`}>
        <h3 className="rel-detail-title">Coincidence matrix</h3>
        <p className="rel-detail-meta">
          {alpha.level} · {alpha.units} pairable units · {alpha.pairableValues} pairable values
          {alpha.observedDisagreement !== null && (
            <>
              {' '}
              · D<sub>o</sub> {coef(alpha.observedDisagreement)} · D<sub>e</sub> {coef(alpha.expectedDisagreement)}
            </>
          )}
        </p>
        {values.length === 0 ? (
          <p className="muted">No pairable values: {alpha.reason}.</p>
        ) : matrix === null ? (
          <p className="muted">{values.length} distinct values: too many to show as a table.</p>
        ) : (
          <div className="rel-matrix-scroll">
            <table className="rel-matrix" data-testid="coincidence-matrix">
              <thead>
                <tr>
                  <th className="rel-matrix-corner" scope="col">
                    <span className="visually-hidden">Value</span>
                  </th>
                  {values.map((v) => (
                    <th key={String(v)} scope="col" title={valueLabel(v, variable)}>
                      {valueLabel(v, variable)}
                    </th>
                  ))}
                  <th scope="col" className="rel-marginal" title="How many pairable values are this value">
                    n<sub>c</sub>
                  </th>
                </tr>
              </thead>
              <tbody>
                {values.map((v, r) => (
                  <tr key={String(v)}>
                    <th scope="row" title={valueLabel(v, variable)}>
                      {valueLabel(v, variable)}
                    </th>
                    {matrix[r]!.map((n, c) => {
                      const kind = n === 0 ? 'zero' : r === c ? 'agree' : 'disagree';
                      const strength = kind === 'disagree' && maxOff > 0 ? 0.25 + (0.75 * n) / maxOff : 1;
                      return (
                        <td key={c} className={`rel-cell is-${kind}`} style={kind === 'disagree' ? { ['--strength' as string]: strength } : undefined}>
                          {count(n)}
                        </td>
                      );
                    })}
                    <td className="rel-marginal">{count(alpha.marginals[r] ?? 0)}</td>
                  </tr>
                ))}
                <tr className="rel-marginal-row">
                  <th scope="row">
                    n<sub>c</sub>
                  </th>
                  {alpha.marginals.map((n, i) => (
                    <td key={i} className="rel-marginal">
                      {count(n)}
                    </td>
                  ))}
                  <td className="rel-marginal rel-total" title="n.., all pairable values">
                    {count(alpha.pairableValues)}
                  </td>
                </tr>
              </tbody>
            </table>
          </div>
        )}
        {matrix && alpha.pairableValues > 0 && (
          <p className="rel-detail-meta">
            {count(diagonal)} of {count(alpha.pairableValues)} pairable values coincide with the same value (
            {percent(diagonal / alpha.pairableValues)}).
          </p>
        )}
      </section>

      <section className="rel-detail-block" aria-label={`Coder pairs of ${result.variable}`}>
        <h3 className="rel-detail-title">Coder pairs</h3>
        <table className="rel-mini" data-testid="rel-pairs">
          <thead>
            <tr>
              <th>Pair</th>
              <th className="num">Units</th>
              <th className="num">% agreement</th>
              <th>α</th>
            </tr>
          </thead>
          <tbody>
            {result.pairs.map((p) => (
              <tr key={p.coders.join('|')} data-testid="rel-pair">
                <td>
                  {p.coders[0]} – {p.coders[1]}
                </td>
                <td className="num">{p.units}</td>
                <td className="num">{percent(p.percentAgreement)}</td>
                <td>
                  <Alpha value={p.alpha} reason={p.alpha !== null ? null : p.units === 0 ? 'no unit coded by both' : 'no variation'} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>

        {result.unitizing.length > 0 && (
          <>
            <h3 className="rel-detail-title rel-detail-gap" title="Krippendorff’s unitizing alpha (uα) per code: agreement on where in the text each code begins and ends, over the articles laid end to end">
              Unitizing <span className="rel-greek">α</span> per code
            </h3>
            <table className="rel-mini" data-testid="rel-unitizing">
              <thead>
                <tr>
                  <th>Code</th>
                  <th>
                    <sub>u</sub>α
                  </th>
                </tr>
              </thead>
              <tbody>
                {result.unitizing.map((u) => (
                  <tr key={u.value}>
                    <td>{u.value}</td>
                    <td>
                      <Alpha value={u.alpha} reason={u.reason} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <button type="button" className="button button-small rel-detail-gap" onClick={onReview}>
          <Icon name="merge" size={14} />
          Review disagreements
        </button>
      </section>
    </div>
  );
}
