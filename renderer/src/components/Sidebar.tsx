// The left sidebar: stories, outlets and the date range, all filtering the library and search.
import type { ArticleFilter, Outlet, Story } from '../../../shared/domain/types';
import { DateRangeFilter } from './DateRangeFilter';
import { OutletFilter } from './OutletFilter';
import { StoryList } from './StoryList';

interface SidebarProps {
  outlets: Outlet[];
  stories: Story[];
  totalArticles: number;
  filter: ArticleFilter;
  onFilterChange(filter: ArticleFilter): void;
  onCreateStory(): void;
  onRenameStory(story: Story): void;
  onDeleteStory(story: Story): void;
}

export function Sidebar({ outlets, stories, totalArticles, filter, onFilterChange, onCreateStory, onRenameStory, onDeleteStory }: SidebarProps) {
  return (
    <nav className="sidebar" aria-label="Filters">
      <StoryList
        stories={stories}
        totalArticles={totalArticles}
        activeStoryId={filter.storyId}
        onSelect={(storyId) => onFilterChange({ ...filter, storyId })}
        onCreate={onCreateStory}
        onRename={onRenameStory}
        onDelete={onDeleteStory}
      />
      <OutletFilter outlets={outlets} selected={filter.outletIds ?? []} onChange={(outletIds) => onFilterChange({ ...filter, outletIds })} />
      <DateRangeFilter
        from={filter.dateFrom}
        to={filter.dateTo}
        onChange={({ from, to }) => onFilterChange({ ...filter, dateFrom: from, dateTo: to })}
      />
    </nav>
  );
}
