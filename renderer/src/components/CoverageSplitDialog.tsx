// Split row: tick the passages of a coverage row that move to a new row of their own; the rest stay.
import { useMemo, useState } from 'react';
import type { CoverageRow, Passage, StoryComparison } from '../../../shared/compare/types';
import { cellPassages } from '../lib/compare';
import { plural } from '../lib/format';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface CoverageSplitDialogProps {
  row: CoverageRow;
  comparison: StoryComparison;
  onSubmit(passages: Passage[], label: string): Promise<void>;
  onClose(): void;
}

export function CoverageSplitDialog(props: CoverageSplitDialogProps) {
  const { row, comparison } = props;
  const outlets = new Map(comparison.coverage.outlets.map((o) => [o.id, o.name]));
  const articles = new Map(comparison.articles.map((a) => [a.id, a]));
  const texts = useMemo(() => {
    const map = new Map<string, string>();
    for (const g of comparison.groups) for (const m of g.members) map.set(`${m.articleId}:${m.start}:${m.end}`, m.text);
    return map;
  }, [comparison.groups]);
  const passages = cellPassages(row.cells);
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [label, setLabel] = useState(`${row.label} (split)`.slice(0, 200));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const valid = chosen.size > 0 && chosen.size < passages.length && label.trim().length > 0;
  return (
    <Modal
      title="Split row"
      onClose={props.onClose}
      width={620}
      description="Tick the passages that move to a new row; the rest stay."
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy || !valid}
            onClick={async () => {
              setBusy(true);
              try {
                await props.onSubmit(
                  passages.filter((_, i) => chosen.has(i)),
                  label.trim(),
                );
              } catch (err) {
                setError(err);
                setBusy(false);
              }
            }}
          >
            Split off {plural(chosen.size, 'passage')}
          </button>
        </>
      }
    >
      <div className="form">
        <label className="field">
          <span className="field-label">New row label</span>
          <input className="input" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        {passages.length < 2 ? (
          <p className="muted">This row has only one passage; there is nothing to split.</p>
        ) : (
          <ul className="cov-split-list" data-testid="split-list">
            {passages.map((p, i) => {
              const article = articles.get(p.articleId);
              return (
                <li key={`${p.articleId}:${p.start}`}>
                  <label className="check-row cov-split-row">
                    <input
                      type="checkbox"
                      data-autofocus={i === 0 ? true : undefined}
                      checked={chosen.has(i)}
                      onChange={() => setChosen((s) => new Set(s.has(i) ? [...s].filter((x) => x !== i) : [...s, i]))}
                    />
                    <span className="cov-split-text">
                      <span className="cov-split-outlet">{article ? outlets.get(article.outletId) : `Article ${p.articleId}`}</span>
                      <span className="cov-split-quote">{texts.get(`${p.articleId}:${p.start}:${p.end}`) ?? `characters ${p.start}–${p.end}`}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        )}
        <FormError error={error} />
      </div>
    </Modal>
  );
}
