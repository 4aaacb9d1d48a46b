// Codebook templates in resources/codebooks: listing them and loading one into a project as one undoable action.
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../../shared/api/errors';
import { parseTemplate, type CodebookTemplate } from '../../../shared/codebook/template-schema';
import type { TemplateInfo } from '../../../shared/domain/coding';
import { recordAction } from '../history/history';
import { resourcesDir } from '../paths';
import type { ProjectContext } from '../project/context';
import { insertCode, insertVariable } from './codebook';

type TemplateValue = CodebookTemplate['variables'][number]['values'][number];

const templatesDir = path.join(resourcesDir, 'codebooks');

export function readTemplates(dir = templatesDir): CodebookTemplate[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parseTemplate(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
}

function loadedGuids(ctx: ProjectContext): Set<string> {
  return new Set(ctx.db.prepare('SELECT guid FROM variables').pluck().all() as string[]);
}

export function listTemplates(ctx: ProjectContext): TemplateInfo[] {
  const loaded = loadedGuids(ctx);
  return readTemplates().map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    source: t.source,
    variables: t.variables.length,
    loaded: t.variables.every((v) => loaded.has(v.guid)),
  }));
}

function findTemplate(id: string): CodebookTemplate {
  const templates = readTemplates();
  const template = templates.find((t) => t.id === id || t.name.toLowerCase() === id.toLowerCase());
  if (!template) throw new UserError(`no codebook template "${id}" (available: ${templates.map((t) => t.id).join(', ')})`);
  return template;
}

/** Adds the template's variables that the project does not have yet (matched by GUID). */
export function loadTemplate(ctx: ProjectContext, id: string): { added: string[]; skipped: string[] } {
  const template = findTemplate(id);
  const added: string[] = [];
  const skipped: string[] = [];
  recordAction(ctx, `Load template "${template.name}"`, () => {
    const existing = loadedGuids(ctx);
    const names = new Set((ctx.db.prepare('SELECT lower(name) FROM variables WHERE archived = 0').pluck().all() as string[]));
    for (const variable of template.variables) {
      if (existing.has(variable.guid)) {
        skipped.push(variable.name);
        continue;
      }
      const name = names.has(variable.name.toLowerCase()) ? `${variable.name} (${template.name})` : variable.name;
      names.add(name.toLowerCase());
      const variableId = insertVariable(ctx, { ...variable, name, template: template.id });
      const insertValues = (values: TemplateValue[], parentId: number | null) => {
        for (const value of values) {
          const codeId = insertCode(ctx, variableId, parentId, { ...value, numericCode: value.code });
          insertValues(value.children ?? [], codeId);
        }
      };
      insertValues(variable.values, null);
      added.push(name);
    }
  });
  return { added, skipped };
}
