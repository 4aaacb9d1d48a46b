// The passages of a coverage cell (or of a whole row), each with a Detach button: detaching one takes it out of the
// row, and a cell left without passages shows as omitted.
import { useState } from 'react';
import type { CoverageRow, Passage, StoryComparison } from '../../../shared/compare/types';
import { useArticles } from '../hooks/use-story-comparison';
import { cellPassages } from '../lib/compare';
import { quoted } from '../lib/format';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface CoverageDetachDialogProps {
  row: CoverageRow;
  /** The outlet of the cell under the cursor; null for all of the row's passages. */
  outletId: number | null;
  comparison: StoryComparison;
  onDetach(passage: Passage): Promise<void>;
  onClose(): void;
}

export function CoverageDetachDialog({ row, outletId, comparison, onDetach, onClose }: CoverageDetachDialogProps) {
  const outlets = new Map(comparison.coverage.outlets.map((o) => [o.id, o]));
  const titles = new Map(comparison.articles.map((a) => [a.id, a.title]));
  const items = row.cells
    .filter((c) => outletId === null || c.outletId === outletId)
    .flatMap((c) => cellPassages([c]).map((passage) => ({ passage, outlet: outlets.get(c.outletId)! })));
  // The dialog is open briefly, so the bodies are fetched once (version 0) rather than kept in step with edits.
  const bodies = useArticles([...new Set(items.map((i) => i.passage.articleId))], 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const detach = async (passage: Passage) => {
    setBusy(true);
    setError(null);
    try {
      await onDetach(passage);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const where = outletId === null ? 'this row' : `${outlets.get(outletId)?.name ?? 'this outlet'}’s cell`;
  return (
    <Modal
      title="Detach a passage"
      onClose={onClose}
      width={620}
      description={`${quoted(row.label)}: the passages of ${where}. A detached passage no longer counts for the row; Ctrl+Z brings it back.`}
      footer={
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      }
    >
      <ul className="cov-split-list" data-testid="detach-list">
        {items.map(({ passage, outlet }, i) => {
          const body = bodies.get(passage.articleId)?.body;
          const text = body ? body.slice(passage.quoteStart ?? passage.start, passage.quoteEnd ?? passage.end).trim() : `characters ${passage.start}–${passage.end}`;
          return (
            <li key={`${passage.articleId}:${passage.start}:${passage.quoteStart ?? ''}`} className="cov-detach-item" data-testid="detach-item">
              <span className="cov-split-text">
                <span className="cov-split-outlet">
                  {outlet.name}
                  {outlet.articleIds.length > 1 && <span className="cov-detach-title"> · {titles.get(passage.articleId)}</span>}
                </span>
                <span className="cov-split-quote">{text}</span>
              </span>
              <button type="button" className="button button-small" data-autofocus={i === 0 ? true : undefined} disabled={busy} onClick={() => void detach(passage)}>
                Detach
              </button>
            </li>
          );
        })}
      </ul>
      <FormError error={error} />
    </Modal>
  );
}
