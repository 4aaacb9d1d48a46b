// The current coder, always in the top bar; click to switch to another coder or start a new one by name.
import { useEffect, useRef, useState } from 'react';
import type { Coder } from '../../../shared/domain/coding';
import { useApi } from '../api/use-api';
import { errorMessage } from './FormError';
import { Icon } from './Icon';

interface CoderButtonProps {
  coder: Coder | null;
  onSwitched(coder: Coder): void;
  say(text: string, tone?: 'info' | 'error'): void;
}

export function CoderButton({ coder, onSwitched, say }: CoderButtonProps) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [coders, setCoders] = useState<Coder[]>([]);
  const [name, setName] = useState('');
  const boxRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    api.call('coders.list').then(setCoders, () => undefined);
    const onPointer = (e: MouseEvent) => {
      if (!boxRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onPointer);
    return () => document.removeEventListener('mousedown', onPointer);
  }, [api, open]);

  const switchTo = async (to: string) => {
    try {
      const next = await api.call('coders.setCurrent', { name: to });
      setOpen(false);
      setName('');
      onSwitched(next);
      say(`Coding as ${next.name}.`);
      buttonRef.current?.focus();
    } catch (err) {
      say(errorMessage(err), 'error');
    }
  };

  return (
    <div className="menu-anchor" ref={boxRef}>
      <button
        ref={buttonRef}
        type="button"
        className="coder-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Current coder: click to switch"
        data-testid="coder-button"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="coder-dot" style={{ background: coder?.color ?? '#9a9ea5' }} aria-hidden="true" />
        <span className="coder-name">{coder?.name ?? '…'}</span>
        <Icon name="chevronDown" size={12} />
      </button>
      {open && (
        <div
          className="menu coder-menu"
          role="dialog"
          aria-label="Switch coder"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              e.stopPropagation();
              setOpen(false);
              buttonRef.current?.focus();
            }
          }}
        >
          <p className="menu-caption">Coders in this project</p>
          {coders.map((c) => (
            <button key={c.id} type="button" className="menu-item" onClick={() => void switchTo(c.name)} aria-current={c.id === coder?.id ? 'true' : undefined}>
              <span className="coder-dot" style={{ background: c.color }} aria-hidden="true" />
              <span>{c.name}</span>
              {c.id === coder?.id && <Icon name="check" size={12} className="menu-hint" />}
            </button>
          ))}
          <form
            className="coder-new"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void switchTo(name.trim());
            }}
          >
            <input className="input input-small" aria-label="New coder name" placeholder="Another coder’s name" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
            <button type="submit" className="button button-small" disabled={!name.trim()}>
              Switch
            </button>
          </form>
        </div>
      )}
    </div>
  );
}
