// Completes a stance (or quotation) coding: pick the actor, then the target, by type-ahead; Enter moves on.
import { useState } from 'react';
import type { Actor, Code, Target, Variable } from '../../../shared/domain/coding';
import { Icon } from './Icon';
import { TypeAhead, type PickOption } from './TypeAhead';

export interface ComposerResult {
  actorId: number | null;
  targetId: number | null;
}

interface StanceComposerProps {
  variable: Variable;
  code: Code;
  actors: Actor[];
  targets: Target[];
  initialActorId: number | null;
  initialTargetId: number | null;
  onDone(result: ComposerResult): void;
  onCancel(): void;
}

const NO_SPEAKER = 0;

export function StanceComposer({ variable, code, actors, targets, initialActorId, initialTargetId, onDone, onCancel }: StanceComposerProps) {
  const needsTarget = variable.kind === 'stance';
  const [step, setStep] = useState<'actor' | 'target'>('actor');
  const [actorId, setActorId] = useState<number | null>(initialActorId);
  const actorOptions: PickOption[] = [
    ...(needsTarget ? [] : [{ id: NO_SPEAKER, label: 'No speaker' }]),
    ...actors.map((a) => ({ id: a.id, label: a.name, hint: a.kind, terms: a.aliases })),
  ];
  const targetOptions: PickOption[] = targets.map((t) => ({ id: t.id, label: t.name }));
  const actorName = actors.find((a) => a.id === actorId)?.name;
  const targetName = targets.find((t) => t.id === initialTargetId)?.name;

  return (
    <div className="composer" data-testid="stance-composer">
      <p className="composer-title">
        <span className="swatch" style={{ background: code.color }} aria-hidden="true" />
        {variable.name}: <strong>{code.label}</strong>
      </p>
      <div className="composer-field">
        <span className="composer-label">{needsTarget ? 'Actor' : 'Speaker'}</span>
        {step === 'actor' ? (
          <TypeAhead
            label={needsTarget ? 'Actor' : 'Speaker'}
            options={actorOptions}
            initialQuery={actorName ?? ''}
            placeholder="Type a name…"
            testId="actor-picker"
            onCancel={onCancel}
            onPick={(o) => {
              const id = o.id === NO_SPEAKER ? null : o.id;
              setActorId(id);
              if (needsTarget) setStep('target');
              else onDone({ actorId: id, targetId: null });
            }}
          />
        ) : (
          <button type="button" className="composer-chip" onClick={() => setStep('actor')} title="Change the actor">
            {actorName ?? '—'}
            <Icon name="pencil" size={11} />
          </button>
        )}
      </div>
      {needsTarget && (
        <div className="composer-field">
          <span className="composer-label">Target</span>
          {step === 'target' ? (
            <TypeAhead
              label="Target"
              options={targetOptions}
              initialQuery={targetName ?? ''}
              placeholder="Type a target…"
              testId="target-picker"
              onCancel={onCancel}
              onPick={(o) => onDone({ actorId, targetId: o.id })}
            />
          ) : (
            <span className="composer-pending">{targetName ? `${targetName} (next)` : 'next'}</span>
          )}
        </div>
      )}
      <p className="composer-hint">
        <kbd>Enter</kbd> picks · <kbd>Esc</kbd> cancels
      </p>
    </div>
  );
}
