// Fills a project with the sample corpus in resources/sample: fictional outlets covering one story.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../shared/domain/types';
import { importSources } from '../corpus/import-service';
import { ensureOutlet, updateOutletDetails } from '../corpus/outlets';
import { resourcesDir } from '../paths';
import type { ProjectContext } from './context';

export const SAMPLE_STORY = 'U.S.-Hamas direct talks, March 2025';

interface SampleOutlet {
  name: string;
  country?: string;
  notes?: string;
}

export function loadSampleCorpus(ctx: ProjectContext, sampleDir = path.join(resourcesDir, 'sample')): ImportReport {
  const outlets = JSON.parse(fs.readFileSync(path.join(sampleDir, 'outlets.json'), 'utf8')) as SampleOutlet[];
  ctx.db.transaction(() => {
    for (const outlet of outlets) updateOutletDetails(ctx, ensureOutlet(ctx, outlet.name), outlet);
  })();
  const articleDir = path.join(sampleDir, 'articles');
  const sources = fs
    .readdirSync(articleDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(articleDir, name)) }));
  return importSources(ctx, sources, { story: SAMPLE_STORY });
}
