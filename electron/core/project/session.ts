// The project a running app or server has open, and switching it: open, create, save as.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import type { ProjectInfo } from '../../../shared/domain/types';
import { schemaVersion } from '../db/migrate';
import { PROJECT_EXTENSION } from '../db/open';
import { closeProject, openProject, type ProjectContext } from './context';
import { loadSampleCorpus } from './sample';

export function withExtension(file: string): string {
  return path.extname(file) ? file : `${file}${PROJECT_EXTENSION}`;
}

export function createProjectFile(file: string, { sample = false } = {}): ProjectContext {
  const target = path.resolve(withExtension(file));
  if (fs.existsSync(target)) throw new UserError(`${target} already exists; open it, or choose another name`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const ctx = openProject(target);
  if (sample) loadSampleCorpus(ctx);
  return ctx;
}

export function projectInfo(ctx: ProjectContext): ProjectInfo {
  const count = (table: string) => ctx.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  // Each article's row keeps its number of sentences: counting the rows of the sentences view would unpack every
  // article's sentences (half a second for 100,000 articles).
  const sentences = ctx.db.prepare('SELECT coalesce(sum(sentences), 0) FROM article_sentences').pluck().get() as number;
  return {
    path: ctx.path,
    name: path.basename(ctx.path, PROJECT_EXTENSION),
    schemaVersion: schemaVersion(ctx.db),
    counts: { articles: count('articles'), outlets: count('outlets'), stories: count('stories'), sentences },
  };
}

export class ProjectSession {
  constructor(private current: ProjectContext) {}

  get ctx(): ProjectContext {
    return this.current;
  }

  private switchTo(next: ProjectContext): ProjectInfo {
    if (next.path !== this.current.path) closeProject(this.current);
    this.current = next;
    return projectInfo(next);
  }

  open(file: string): ProjectInfo {
    return this.switchTo(openProject(file, { mustExist: true }));
  }

  create(file: string, sample: boolean): ProjectInfo {
    return this.switchTo(createProjectFile(file, { sample }));
  }

  /** Copies the open project to a new file (a consistent snapshot) and continues in the copy. */
  async saveAs(file: string): Promise<ProjectInfo> {
    const target = path.resolve(withExtension(file));
    if (target === this.current.path) return projectInfo(this.current);
    if (fs.existsSync(target)) throw new UserError(`${target} already exists; choose another name`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    await this.current.db.backup(target);
    return this.switchTo(openProject(target, { mustExist: true }));
  }

  close() {
    closeProject(this.current);
  }
}
