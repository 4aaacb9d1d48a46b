// Sidebar stories: "All articles" plus each story with its count; pick one to filter, F2 renames, Delete deletes.
import type { Story } from '../../../shared/domain/types';
import { formatCount } from '../lib/format';
import { Icon } from './Icon';

interface StoryListProps {
  stories: Story[];
  totalArticles: number;
  activeStoryId: number | undefined;
  onSelect(storyId: number | undefined): void;
  onCreate(): void;
  onRename(story: Story): void;
  onDelete(story: Story): void;
}

export function StoryList({ stories, totalArticles, activeStoryId, onSelect, onCreate, onRename, onDelete }: StoryListProps) {
  return (
    <section className="sidebar-section" aria-labelledby="stories-heading">
      <div className="sidebar-heading">
        <h2 id="stories-heading">Stories</h2>
        <button type="button" className="icon-button small" aria-label="New story" title="New story" onClick={onCreate}>
          <Icon name="plus" size={14} />
        </button>
      </div>
      <ul className="nav-list" data-testid="story-list">
        <li className="nav-row">
          <button type="button" className="nav-item" aria-pressed={activeStoryId === undefined} onClick={() => onSelect(undefined)}>
            <Icon name="layers" size={14} className="nav-icon" />
            <span className="nav-label">All articles</span>
            <span className="count">{formatCount(totalArticles)}</span>
          </button>
        </li>
        {stories.map((story) => (
          <li key={story.id} className="nav-row" data-testid="story-item" data-story-id={story.id}>
            <button
              type="button"
              className="nav-item"
              aria-pressed={activeStoryId === story.id}
              title={story.name}
              onClick={() => onSelect(activeStoryId === story.id ? undefined : story.id)}
              onKeyDown={(e) => {
                if (e.key === 'F2') {
                  e.preventDefault();
                  onRename(story);
                } else if (e.key === 'Delete' || e.key === 'Backspace') {
                  e.preventDefault();
                  onDelete(story);
                }
              }}
            >
              <span className="story-dot" aria-hidden="true" />
              <span className="nav-label" data-testid="story-name">
                {story.name}
              </span>
              <span className="count" data-testid="story-count">
                {formatCount(story.articleCount)}
              </span>
            </button>
            <span className="nav-actions">
              <button type="button" className="icon-button tiny" aria-label={`Rename story ${story.name}`} title="Rename (F2)" onClick={() => onRename(story)}>
                <Icon name="pencil" size={13} />
              </button>
              <button type="button" className="icon-button tiny" aria-label={`Delete story ${story.name}`} title="Delete (Del)" onClick={() => onDelete(story)}>
                <Icon name="trash" size={13} />
              </button>
            </span>
          </li>
        ))}
      </ul>
      {stories.length === 0 && <p className="sidebar-empty">No stories yet. Use + to start one.</p>}
    </section>
  );
}
