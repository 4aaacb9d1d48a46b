// Add articles to a story: type to filter the stories, or to name a new one; arrows and Enter pick.
import { useState } from 'react';
import type { Story } from '../../../shared/domain/types';
import { plural } from '../lib/format';
import { FormError } from './FormError';
import { Modal } from './Modal';

interface AddToStoryDialogProps {
  stories: Story[];
  articleCount: number;
  /** Existing story by id, or a new one by name. */
  onPick(choice: { storyId: number } | { name: string }): Promise<void>;
  onClose(): void;
}

type Option = { kind: 'story'; story: Story } | { kind: 'new'; name: string };

export function AddToStoryDialog({ stories, articleCount, onPick, onClose }: AddToStoryDialogProps) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const needle = text.trim().toLowerCase();
  const options: Option[] = stories.filter((s) => s.name.toLowerCase().includes(needle)).map((story) => ({ kind: 'story', story }));
  if (needle && !stories.some((s) => s.name.toLowerCase() === needle)) options.push({ kind: 'new', name: text.trim() });
  const current = Math.min(active, options.length - 1);

  const pick = async (option: Option | undefined) => {
    if (!option || busy) return;
    setBusy(true);
    setError(null);
    try {
      await onPick(option.kind === 'story' ? { storyId: option.story.id } : { name: option.name });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <Modal title="Add to story" onClose={onClose} width={420} description={`${plural(articleCount, 'article')} will be added.`}>
      <div className="form">
        <input
          className="input"
          data-autofocus
          role="combobox"
          aria-label="Story"
          aria-expanded="true"
          aria-controls="story-options"
          aria-activedescendant={current >= 0 ? `story-option-${current}` : undefined}
          placeholder="Find a story or type a new name"
          value={text}
          autoComplete="off"
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive(Math.min(current + 1, options.length - 1));
            else if (e.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
            else if (e.key === 'Enter') void pick(options[current]);
            else return;
            e.preventDefault();
          }}
        />
        <ul id="story-options" role="listbox" aria-label="Stories" className="option-list">
          {options.map((option, i) => (
            <li
              key={option.kind === 'story' ? option.story.id : 'new'}
              id={`story-option-${i}`}
              role="option"
              aria-selected={i === current}
              className={`option${i === current ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(i)}
              onClick={() => void pick(option)}
            >
              {option.kind === 'story' ? (
                <>
                  <span className="option-label">{option.story.name}</span>
                  <span className="count">{option.story.articleCount}</span>
                </>
              ) : (
                <span className="option-label">
                  Create story “<strong>{option.name}</strong>”
                </span>
              )}
            </li>
          ))}
          {options.length === 0 && <li className="option-empty">Type a name to create the first story.</li>}
        </ul>
        <FormError error={error} />
      </div>
    </Modal>
  );
}
