// A tone hint, always shown and never applied by itself: AFINN score, comparative, scored words, suggested value and rule.
import type { ToneHint } from '../../../shared/domain/coding';
import { signed } from '../lib/tone-format';

interface ToneHintViewProps {
  hint: ToneHint | null;
  /** Present only when a tone variable can take the suggestion. */
  onAccept?(): void;
  acceptLabel?: string;
  compact?: boolean;
  testId?: string;
}

export function ToneHintView({ hint, onAccept, acceptLabel, compact, testId = 'tone-hint' }: ToneHintViewProps) {
  if (!hint) return <div className="tone-hint is-loading" data-testid={testId} aria-busy="true" />;
  const words = compact ? hint.words.slice(0, 6) : hint.words;
  return (
    <div className="tone-hint" data-testid={testId}>
      <p className="tone-hint-score">
        <span className={`tone-value ${hint.score > 0 ? 'pos' : hint.score < 0 ? 'neg' : ''}`}>AFINN {signed(hint.score)}</span>
        <span className="muted">comparative {signed(hint.comparative, 2)}</span>
      </p>
      {words.length > 0 ? (
        <ul className="tone-words" aria-label="Scored words" data-testid="tone-words">
          {words.map((w, i) => (
            <li key={i} className={w.score > 0 ? 'pos' : 'neg'}>
              {w.word} {signed(w.score)}
            </li>
          ))}
          {words.length < hint.words.length && <li className="more">+{hint.words.length - words.length} more</li>}
        </ul>
      ) : (
        <p className="muted tone-none">No AFINN words.</p>
      )}
      <p className="tone-suggested" data-testid="tone-suggested">
        Suggests <strong>{signed(hint.suggested.value)}</strong> <span className="muted">· {hint.suggested.rule}</span>
      </p>
      {onAccept && (
        <button type="button" className="button button-small" onClick={onAccept} data-testid="accept-tone">
          {acceptLabel ?? 'Accept as tone'} <kbd>T</kbd>
        </button>
      )}
    </div>
  );
}
