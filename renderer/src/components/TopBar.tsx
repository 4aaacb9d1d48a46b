// The top bar: project name and size, the search box, the view switch, the current coder, Import and the Project menu.
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/domain/types';
import { modKey } from '../lib/keys';
import { plural } from '../lib/format';
import { Icon } from './Icon';
import { MenuButton } from './MenuButton';

export type ProjectAction = 'new' | 'open' | 'saveAs';
/** The exchange dialogs in the Project menu: Export…, and Import codebook / codings / REFI-QDA…. */
export type ExchangeAction = 'export' | 'exchange-import';

interface TopBarProps {
  info: ProjectInfo | null;
  search: ReactNode;
  onImport(): void;
  onProject(action: ProjectAction): void;
  onExchange(action: ExchangeAction): void;
  onShortcuts(): void;
  views: ReactNode;
  coder: ReactNode;
}

export function TopBar({ info, search, onImport, onProject, onExchange, onShortcuts, views, coder }: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="project-title" title={info?.path}>
        <span className="brand-mark" aria-hidden="true">
          F
        </span>
        <div className="project-text">
          <span className="project-name" data-testid="project-name">
            {info?.name ?? 'Framebench'}
          </span>
          <span className="project-count" data-testid="project-count">
            {info ? `${plural(info.counts.articles, 'article')} · ${plural(info.counts.outlets, 'outlet')}` : 'Loading…'}
          </span>
        </div>
      </div>
      <div className="top-search">{search}</div>
      <div className="top-actions">
        {views}
        <span className="top-spacer" />
        {coder}
        <button type="button" className="button button-primary" onClick={onImport} title={`Import articles (${modKey}+I)`}>
          <Icon name="upload" />
          Import
        </button>
        <MenuButton
          label="Project"
          items={[
            { label: 'New project…', onSelect: () => onProject('new') },
            { label: 'Open project…', onSelect: () => onProject('open') },
            { label: 'Save project as…', onSelect: () => onProject('saveAs') },
            { label: 'Export…', hint: `${modKey}+E`, onSelect: () => onExchange('export') },
            { label: 'Import codebook / codings / REFI-QDA…', onSelect: () => onExchange('exchange-import') },
          ]}
        >
          <Icon name="folder" />
          Project
          <Icon name="chevronDown" size={12} />
        </MenuButton>
        <button type="button" className="icon-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={onShortcuts}>
          <Icon name="keyboard" />
        </button>
      </div>
    </header>
  );
}
