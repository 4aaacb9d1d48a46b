// Fills a project with the sample corpus in resources/sample: fictional outlets covering one story.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReport } from '../../../shared/domain/types';
import { insertActor, type ActorInput } from '../coding/actors';
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

const readJson = <T>(dir: string, file: string): T => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as T;

/** Outlets, the actor registry and stance targets of the sample story; not undoable, like an import. */
export function loadSampleCorpus(ctx: ProjectContext, sampleDir = path.join(resourcesDir, 'sample')): ImportReport {
  ctx.db.transaction(() => {
    for (const outlet of readJson<SampleOutlet[]>(sampleDir, 'outlets.json')) updateOutletDetails(ctx, ensureOutlet(ctx, outlet.name), outlet);
    for (const actor of readJson<ActorInput[]>(sampleDir, 'actors.json')) insertActor(ctx, actor);
    const insertTarget = ctx.db.prepare('INSERT INTO targets (guid, name, description) VALUES (?, ?, ?)');
    for (const target of readJson<{ name: string; description: string }[]>(sampleDir, 'targets.json')) insertTarget.run(randomUUID(), target.name, target.description);
  })();
  const articleDir = path.join(sampleDir, 'articles');
  const sources = fs
    .readdirSync(articleDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ name, bytes: fs.readFileSync(path.join(articleDir, name)) }));
  return importSources(ctx, sources, { story: SAMPLE_STORY });
}
