// A quiet tone indicator: the article's mean AFINN comparative score as a number and a small centred bar.
import type { Sentence } from '../../../shared/domain/types';
import { toneSummary } from '../lib/tone';

// Bar full scale: sentence means beyond ±0.5 are rare.
const FULL_SCALE = 0.5;

export function ToneMeter({ sentences }: { sentences: Sentence[] }) {
  const tone = toneSummary(sentences);
  if (!tone) return null;
  const width = Math.min(1, Math.abs(tone.mean) / FULL_SCALE) * 50;
  const signed = `${tone.mean >= 0 ? '+' : '−'}${Math.abs(tone.mean).toFixed(2)}`;
  return (
    <span
      className={`tone tone-${tone.label}`}
      data-testid="tone"
      title={`Mean AFINN comparative score over ${tone.sentences} sentences: ${signed} (${tone.label})`}
    >
      <span className="tone-bar" aria-hidden="true">
        <span className="tone-fill" style={tone.mean >= 0 ? { left: '50%', width: `${width}%` } : { right: '50%', width: `${width}%` }} />
      </span>
      <span>
        Tone {signed} <span className="tone-label">{tone.label}</span>
      </span>
    </span>
  );
}
