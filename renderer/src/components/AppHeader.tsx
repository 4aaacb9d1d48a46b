// The app's top bar, filled in: the library search (in the views that have the list), the view switch, and the
// current coder with the blind-coding badge.
import type { ComponentProps, Ref } from 'react';
import type { Coder } from '../../../shared/domain/coding';
import type { View } from '../lib/view';
import { BlindBadge } from './BlindBadge';
import { CoderButton } from './CoderButton';
import { SearchBox } from './SearchBox';
import { TopBar } from './TopBar';
import { ViewSwitch } from './ViewSwitch';

type AppHeaderProps = Omit<ComponentProps<typeof TopBar>, 'search' | 'views' | 'coder'> & {
  view: View;
  onView(view: View): void;
  /** The search box shows (only in the views with the library list). */
  searchShown: boolean;
  query: string;
  onQuery(query: string): void;
  /** Escape or Enter in the search box: back to the list. */
  onSearchDone(): void;
  searchRef: Ref<HTMLInputElement>;
  coder: Coder | null;
  /** Blind coding is on: the badge shows, and leads to the Team tab. */
  blind: boolean;
  onBlind(): void;
  onCoderSwitched(): void;
  say(text: string, tone?: 'info' | 'error'): void;
};

export function AppHeader({ view, onView, searchShown, query, onQuery, onSearchDone, searchRef, coder, blind, onBlind, onCoderSwitched, say, ...topBar }: AppHeaderProps) {
  return (
    <TopBar
      {...topBar}
      search={searchShown && <SearchBox value={query} onChange={onQuery} onEscape={onSearchDone} onSubmit={onSearchDone} inputRef={searchRef} />}
      views={<ViewSwitch view={view} onChange={onView} />}
      coder={
        <>
          {blind && <BlindBadge onClick={onBlind} />}
          <CoderButton coder={coder} say={say} onSwitched={onCoderSwitched} />
        </>
      }
    />
  );
}
