// The `?` overlay: every keyboard shortcut in one place.
import { modKey } from '../lib/keys';
import { Modal } from './Modal';

export const SHORTCUTS: { group: string; keys: string[][]; what: string }[] = [
  { group: 'Anywhere', keys: [['/'], [modKey, 'F']], what: 'Focus the search box' },
  { group: 'Anywhere', keys: [[modKey, 'I']], what: 'Import articles' },
  { group: 'Anywhere', keys: [[modKey, 'E']], what: 'Export the codebook, codings, data matrix or REFI-QDA project' },
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
  { group: 'Views and history', keys: [[modKey, '1'], ['G', 'L']], what: 'Library view' },
  { group: 'Views and history', keys: [[modKey, '2'], ['G', 'R']], what: 'Code view (the reader as coding surface)' },
  { group: 'Views and history', keys: [[modKey, '3'], ['G', 'C']], what: 'Codebook view (variables, actors, targets, project memo)' },
  { group: 'Views and history', keys: [[modKey, '4'], ['G', 'A']], what: 'Reliability view (team, samples, agreement report, review)' },
  { group: 'Views and history', keys: [[modKey, '5'], ['G', 'O']], what: 'Compare view (side by side, coverage matrix, sourcing, aggregates)' },
  { group: 'Views and history', keys: [[modKey, 'Z']], what: 'Undo the last coding or codebook change' },
  { group: 'Views and history', keys: [[modKey, 'Shift', 'Z'], [modKey, 'Y']], what: 'Redo' },
  { group: 'Coding in the reader', keys: [['J'], ['↓']], what: 'Select the next sentence' },
  { group: 'Coding in the reader', keys: [['K'], ['↑']], what: 'Select the previous sentence' },
  { group: 'Coding in the reader', keys: [['Shift', 'J'], ['Shift', '↓']], what: 'Extend the selection by a sentence (Shift+K / Shift+↑ back)' },
  { group: 'Coding in the reader', keys: [[modKey, '→'], ['Alt', '→']], what: 'Select the next word (← the previous)' },
  { group: 'Coding in the reader', keys: [[modKey, 'Shift', '→'], ['Alt', 'Shift', '→']], what: 'Extend the selection by a word (← back)' },
  { group: 'Coding in the reader', keys: [[']'], ['[']], what: 'Next / previous variable (span variables, then article variables)' },
  { group: 'Coding in the reader', keys: [['1'], ['…'], ['9']], what: 'Apply a code of the active variable (also each code’s own letter); again removes it' },
  { group: 'Coding in the reader', keys: [['Enter']], what: 'In the actor or target picker: pick and go on' },
  { group: 'Coding in the reader', keys: [['T'], ['Shift', 'T']], what: 'Accept the tone hint as a Tone coding' },
  { group: 'Coding in the reader', keys: [['M']], what: 'Memo of the selected coding' },
  { group: 'Coding in the reader', keys: [['Del'], ['Backspace']], what: 'Remove the selected coding' },
  { group: 'Coding in the reader', keys: [['N'], ['Alt', '↓']], what: 'Next article (P / Alt+↑ previous)' },
  { group: 'Coding in the reader', keys: [['S']], what: 'Open the suggestions' },
  { group: 'Coding in the reader', keys: [['Tab']], what: 'Go to the margin list of codings, then the panel' },
  { group: 'Coding in the reader', keys: [['Esc']], what: 'Step back: picker, memo, selection, selected coding, then the list' },
  { group: 'Coding in the reader', keys: [['←']], what: 'Back to the article list' },
  { group: 'Margin list of codings', keys: [['↑'], ['↓']], what: 'Select the previous or next coding' },
  { group: 'Margin list of codings', keys: [['Enter']], what: 'Select its text in the reader' },
  { group: 'Margin list of codings', keys: [['M']], what: 'Write its memo (Esc closes; saved as you type)' },
  { group: 'Margin list of codings', keys: [['Del'], ['Backspace']], what: 'Remove it' },
  { group: 'Suggestions', keys: [['↑'], ['↓']], what: 'Move between quotes and new names' },
  { group: 'Suggestions', keys: [['A']], what: 'Accept the quote attribution (or add the name as proposed)' },
  { group: 'Suggestions', keys: [['E']], what: 'Pick the speaker, then accept' },
  { group: 'Suggestions', keys: [['R']], what: 'Reject the quote (or dismiss the name)' },
  { group: 'Suggestions', keys: [['Enter']], what: 'Show the quote in the text; adjust the span, Enter accepts it' },
  { group: 'Suggestions', keys: [['1'], ['2'], ['3']], what: 'Add the name as person, organization or country' },
  { group: 'Codebook', keys: [['↑'], ['↓']], what: 'Move between variables and codes' },
  { group: 'Codebook', keys: [['Alt', '↑'], ['Alt', '↓']], what: 'Reorder the focused code or variable' },
  { group: 'Codebook', keys: [['Enter'], ['F2']], what: 'Edit the focused item' },
  { group: 'Codebook', keys: [['Del']], what: 'Delete the focused item (asks first when it is used)' },
  { group: 'Reliability review', keys: [['↑'], ['↓']], what: 'Move between disagreements' },
  { group: 'Reliability review', keys: [['1'], ['…'], ['9']], what: 'Pick a value: the coders’ values first, then “(none)” and the variable’s other codes' },
  { group: 'Reliability review', keys: [['Enter']], what: 'Settle the unit with the picked value (kept as the Consensus coder’s coding; “(none)” as no coding)' },
  { group: 'Reliability review', keys: [['Del'], ['Backspace']], what: 'Clear the unit’s settled value, back to unsettled' },
  { group: 'Reliability review', keys: [['O']], what: 'Open the article in the Code view' },
  { group: 'Compare side by side', keys: [['J'], ['K']], what: 'Select the next / previous aligned passage of the focused column; its counterparts light up' },
  { group: 'Compare side by side', keys: [['Tab'], ['Shift', 'Tab']], what: 'Next / previous column' },
  { group: 'Compare side by side', keys: [['O']], what: 'Open the focused column’s article in the Code view' },
  { group: 'Compare side by side', keys: [['Esc']], what: 'Clear the selected passage' },
  { group: 'Coverage matrix', keys: [['↑'], ['↓'], ['←'], ['→']], what: 'Move between rows and outlets' },
  { group: 'Coverage matrix', keys: [['Enter']], what: 'Show the passage side by side' },
  { group: 'Coverage matrix', keys: [['Space']], what: 'Select the row (for a merge)' },
  { group: 'Coverage matrix', keys: [['F2']], what: 'Rename the row' },
  { group: 'Coverage matrix', keys: [['M'], ['S'], ['N'], ['R']], what: 'Merge the selected rows, split the row, add a row, reset the row' },
  { group: 'Coverage matrix', keys: [['A']], what: 'Attach the passage selected side by side to the row' },
  { group: 'Coverage matrix', keys: [['D']], what: 'Detach a passage of the cell (on the label: of the row)' },
];

/** How letter keys share the reader: said once in the overlay. */
const NOTE = 'A key of the active variable’s codes wins over the reader’s letter commands (for span variables only while text is selected); the arrow, Alt and Shift keys always work.';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const groups = [...new Set(SHORTCUTS.map((s) => s.group))];
  return (
    <Modal title="Keyboard shortcuts" onClose={onClose} width={680} testId="shortcuts">
      <p className="shortcuts-note">{NOTE}</p>
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
                        {combo.map((k, j) => (
                          <kbd key={j}>{k}</kbd>
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
