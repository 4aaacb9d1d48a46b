// One attributed-quote suggestion: kind, text, speaker and how it was resolved, its tone hint, and the decision.
import type { Actor, QuoteSuggestion } from '../../../shared/domain/coding';
import { ToneHintView } from './ToneHintView';
import { TypeAhead } from './TypeAhead';

interface QuoteItemProps {
  quote: QuoteSuggestion;
  active: boolean;
  domId: string;
  actors: Actor[];
  editing: boolean;
  onActivate(): void;
  onAccept(): void;
  onReject(): void;
  onEdit(): void;
  onJump(): void;
  onPickSpeaker(actorId: number): void;
  onCancelEdit(): void;
}

function shorten(text: string, max = 220): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function QuoteItem({ quote, active, domId, actors, editing, onActivate, onAccept, onReject, onEdit, onJump, onPickSpeaker, onCancelEdit }: QuoteItemProps) {
  const speakerActor = quote.speaker?.actorId ? actors.find((a) => a.id === quote.speaker!.actorId) : undefined;
  return (
    <div
      className={`suggestion quote-suggestion status-${quote.status}${active ? ' is-active' : ''}`}
      id={domId}
      role="option"
      aria-selected={active}
      data-testid="quote-suggestion"
      data-status={quote.status}
      onClick={onActivate}
    >
      <div className="suggestion-meta">
        <span className="badge">{quote.kind === 'direct' ? 'Direct quote' : 'Reported speech'}</span>
        {quote.status !== 'pending' && <span className={`badge badge-${quote.status}`}>{quote.status}</span>}
      </div>
      <blockquote className="suggestion-text">{shorten(quote.text)}</blockquote>
      <p className="suggestion-speaker" data-testid="quote-speaker">
        <span className="speaker-name">{speakerActor?.name ?? quote.speaker?.text ?? 'No speaker found'}</span>
        {quote.speaker && !speakerActor && <span className="badge badge-warn">not in the actor list</span>}
      </p>
      <p className="suggestion-evidence" title={quote.rule}>
        {quote.evidence}
      </p>
      {active && <ToneHintView hint={quote.tone} compact testId="quote-tone" />}
      {editing ? (
        <TypeAhead
          label="Speaker"
          options={actors.map((a) => ({ id: a.id, label: a.name, hint: a.kind, terms: a.aliases }))}
          initialQuery={speakerActor?.name ?? ''}
          placeholder="Who said it?"
          testId="speaker-picker"
          onPick={(o) => onPickSpeaker(o.id)}
          onCancel={onCancelEdit}
        />
      ) : (
        active &&
        quote.status !== 'accepted' && (
          <div className="suggestion-actions">
            <button type="button" className="button button-small button-primary" onClick={onAccept}>
              Accept <kbd>A</kbd>
            </button>
            <button type="button" className="button button-small" onClick={onEdit}>
              Speaker… <kbd>E</kbd>
            </button>
            {quote.status !== 'rejected' && (
              <button type="button" className="button button-small" onClick={onReject}>
                Reject <kbd>R</kbd>
              </button>
            )}
            <button type="button" className="link-button" onClick={onJump}>
              Show in text
            </button>
          </div>
        )
      )}
    </div>
  );
}
