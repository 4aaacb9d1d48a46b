// The open article's stories as chips, each removable, plus "Add to story".
import { Icon } from './Icon';

interface StoryChipsProps {
  stories: { id: number; name: string }[];
  onRemove(storyId: number, name: string): void;
  onAdd(): void;
}

export function StoryChips({ stories, onRemove, onAdd }: StoryChipsProps) {
  return (
    <ul className="chips" aria-label="Stories of this article" data-testid="reader-stories">
      {stories.map((story) => (
        <li key={story.id} className="chip" data-testid="story-chip">
          <span className="chip-label">{story.name}</span>
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove from story ${story.name}`}
            title="Remove from this story"
            onClick={() => onRemove(story.id, story.name)}
          >
            <Icon name="x" size={11} />
          </button>
        </li>
      ))}
      <li>
        <button type="button" className="chip chip-add" onClick={onAdd} title="Add to story (A)">
          <Icon name="plus" size={12} />
          Add to story
        </button>
      </li>
    </ul>
  );
}
