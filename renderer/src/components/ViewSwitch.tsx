// The view switch in the top bar: the views of lib/view.ts (Ctrl+digit, or G then a letter).
import { modKey } from '../lib/keys';
import { VIEWS, type View } from '../lib/view';

export function ViewSwitch({ view, onChange }: { view: View; onChange(view: View): void }) {
  return (
    <nav className="view-switch" aria-label="Views">
      {VIEWS.map((v) => (
        <button
          key={v.id}
          type="button"
          className="view-tab"
          aria-current={view === v.id ? 'page' : undefined}
          title={`${v.label} (${modKey}+${v.key}, G then ${v.g.toUpperCase()})`}
          onClick={() => onChange(v.id)}
        >
          {v.label}
        </button>
      ))}
    </nav>
  );
}
