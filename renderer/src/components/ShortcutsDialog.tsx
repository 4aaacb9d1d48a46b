// The `?` overlay: every keyboard shortcut in one place.
import { modKey } from '../lib/keys';
import { Modal } from './Modal';

export const SHORTCUTS: { group: string; keys: string[][]; what: string }[] = [
  { group: 'Anywhere', keys: [['/'], [modKey, 'F']], what: 'Focus the search box' },
  { group: 'Anywhere', keys: [[modKey, 'I']], what: 'Import articles' },
  { group: 'Anywhere', keys: [['A']], what: 'Add the open (or selected) articles to a story' },
  { group: 'Anywhere', keys: [['?']], what: 'Show these shortcuts' },
  { group: 'Anywhere', keys: [['Esc']], what: 'Close a dialog, or go back to the list' },
  { group: 'Article list', keys: [['↑'], ['↓']], what: 'Move the selection' },
  { group: 'Article list', keys: [['Shift', '↑'], ['Shift', '↓']], what: 'Extend the selection' },
  { group: 'Article list', keys: [['Space']], what: 'Add or remove the row from the selection' },
  { group: 'Article list', keys: [['PgUp'], ['PgDn']], what: 'Move a screenful' },
  { group: 'Article list', keys: [['Home'], ['End']], what: 'Go to the first or last article' },
  { group: 'Article list', keys: [['Enter']], what: 'Open the selected article' },
  { group: 'Article list', keys: [['→']], what: 'Move into the reader (← goes back)' },
  { group: 'Search box', keys: [['Enter'], ['↓']], what: 'Go to the results' },
  { group: 'Stories', keys: [['F2']], what: 'Rename the focused story' },
  { group: 'Stories', keys: [['Del']], what: 'Delete the focused story' },
];

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} width={520} testId="shortcuts">
      <div className="shortcuts">
        {groups.map((group) => (
          <section key={group}>
            <h3>{group}</h3>
            <dl>
              {SHORTCUTS.filter((s) => s.group === group).map((s) => (
                <div className="shortcut" key={s.what}>
                  <dt>
                    {s.keys.map((combo, i) => (
                      <span key={i} className="combo">
                        {i > 0 && <span className="or">/</span>}
                        {combo.map((k) => (
                          <kbd key={k}>{k}</kbd>
                        ))}
                      </span>
                    ))}
                  </dt>
                  <dd>{s.what}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
