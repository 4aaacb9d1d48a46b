// The open project's info, outlets and stories, loaded together and reloaded after changes.
import { useCallback, useEffect, useState } from 'react';
import type { Outlet, ProjectInfo, Story } from '../../../shared/domain/types';
import { useApi } from '../api/use-api';

export interface ProjectData {
  info: ProjectInfo | null;
  outlets: Outlet[];
  stories: Story[];
  error: unknown;
  reload(): Promise<void>;
}

export function useProjectData(): ProjectData {
  const api = useApi();
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  const [outlets, setOutlets] = useState<Outlet[]>([]);
  const [stories, setStories] = useState<Story[]>([]);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      const [nextInfo, nextOutlets, nextStories] = await Promise.all([
        api.call('project.info'),
        api.call('outlets.list'),
        api.call('stories.list'),
      ]);
      setInfo(nextInfo);
      setOutlets(nextOutlets);
      setStories(nextStories);
      setError(null);
    } catch (err) {
      setError(err);
    }
  }, [api]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { info, outlets, stories, error, reload };
}
