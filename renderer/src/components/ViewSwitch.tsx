// The view switch in the top bar: Library, Code, Codebook (Ctrl+1/2/3, or G then L/R/C).
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
