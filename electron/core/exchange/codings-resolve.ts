// Matches one row of a codings CSV to the project: article (id, else exact title), coder (by name, new ones
// are created), variable (GUID or name), value (GUID, label or numeric code), span, actor and target.
import type { CodeRow, VariableRow } from '../coding/rows';
import type { ProjectContext } from '../project/context';
import { parseNumber } from './codebook-csv';
import type { CsvRow } from './csv-reader';
import { normalizeGuid } from './guid';

export interface ResolvedCoding {
  line: number;
  articleId: number;
  coder: string;
  variable: VariableRow;
  codeId: number;
  start: number | null;
  end: number | null;
  actorId: number | null;
  targetId: number | null;
  memo: string;
  createdAt?: string;
  updatedAt?: string;
  guid?: string;
}

const key = (text: string) => text.trim().toLowerCase();

/** Reports why a row does not match; returns undefined so a lookup can `return problem(…)`. */
type Problem = (message: string) => undefined;

function groupBy<T>(items: T[], by: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(by(item), [...(map.get(by(item)) ?? []), item]);
  return map;
}

export class CodingResolver {
  private readonly titles = new Map<number, string>();
  private readonly byTitle: Map<string, number[]>;
  private readonly variables: VariableRow[];
  private readonly variablesByName: Map<string, VariableRow[]>;
  private readonly codes: Map<number, CodeRow[]>;
  private readonly actors: Map<string, number>;
  private readonly targets: Map<string, number>;
  private readonly bodies = new Map<number, string>();

  constructor(private readonly ctx: ProjectContext) {
    for (const a of ctx.db.prepare('SELECT id, title FROM articles').all() as { id: number; title: string }[]) this.titles.set(a.id, a.title);
    this.byTitle = new Map();
    for (const [id, title] of this.titles) this.byTitle.set(title, [...(this.byTitle.get(title) ?? []), id]);
    this.variables = ctx.db.prepare('SELECT * FROM variables ORDER BY position, id').all() as VariableRow[];
    this.variablesByName = groupBy(this.variables, (v) => key(v.name));
    this.codes = new Map([...groupBy(ctx.db.prepare('SELECT * FROM codes ORDER BY position, id').all() as CodeRow[], (c) => String(c.variable_id))].map(([k, v]) => [Number(k), v]));
    const names = (table: string) => new Map((ctx.db.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[]).map((r) => [key(r.name), r.id]));
    this.actors = names('actors');
    this.targets = names('targets');
  }

  /** An article's body, for span checks; the last few are cached. */
  private body(articleId: number): string {
    let body = this.bodies.get(articleId);
    if (body === undefined) {
      if (this.bodies.size > 64) this.bodies.clear();
      body = this.ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string;
      this.bodies.set(articleId, body);
    }
    return body;
  }

  private article(row: CsvRow, problem: Problem): number | undefined {
    const idText = row.get('article_id')?.trim();
    const title = row.get('article_title');
    const id = idText ? Number(idText) : undefined;
    if (idText && !Number.isInteger(id)) return problem(`article_id "${idText}" is not a whole number`);
    // An id alone is trusted; with a title too, both must agree, so a file from another project cannot land on the wrong article.
    if (id !== undefined && this.titles.has(id) && (!title || this.titles.get(id) === title)) return id;
    if (title) {
      const ids = this.byTitle.get(title) ?? [];
      if (ids.length === 1) return ids[0];
      if (ids.length > 1) return problem(`${ids.length} articles are titled "${title}" (ids ${ids.join(', ')}); give the article_id`);
      return problem(`no article ${id !== undefined ? `with id ${id} or ` : ''}titled "${title}"`);
    }
    return problem(idText ? `no article with id ${idText}` : 'the row names no article (article_id or article_title)');
  }

  private variable(row: CsvRow, problem: Problem): VariableRow | undefined {
    const guidText = row.get('variable_guid')?.trim();
    const name = row.get('variable')?.trim() ?? '';
    const guid = normalizeGuid(guidText);
    const found = guid ? this.variables.find((v) => v.guid === guid) : undefined;
    if (found) return found;
    const named = this.variablesByName.get(key(name)) ?? [];
    const variable = named.find((v) => v.name.trim() === name) ?? (named.length === 1 ? named[0] : undefined);
    if (!variable) return problem(name ? (named.length > 1 ? `${named.length} variables are named "${name}"; give the variable_guid` : `no variable named "${name}"`) : 'the row names no variable');
    if (variable.archived) return problem(`"${variable.name}" is archived; restore it to import codings into it`);
    return variable;
  }

  private code(row: CsvRow, variable: VariableRow, problem: Problem): number | undefined {
    const codes = this.codes.get(variable.id) ?? [];
    const guid = normalizeGuid(row.get('value_guid'));
    const label = row.get('value')?.trim() ?? '';
    const numberText = row.get('numeric_code')?.trim() ?? '';
    const numeric = numberText ? parseNumber(numberText) : undefined;
    if (numberText && numeric === undefined) return problem(`numeric_code "${numberText}" is not a number`);
    if (guid) {
      const byGuid = codes.find((c) => c.guid === guid);
      if (byGuid) return byGuid.id;
    }
    let candidates = label ? codes.filter((c) => c.label.trim() === label) : codes;
    if (label && !candidates.length) candidates = codes.filter((c) => key(c.label) === key(label));
    if (numeric !== undefined) {
      const agree = candidates.filter((c) => c.numeric_code === numeric);
      if (label && candidates.length && !agree.length) return problem(`"${label}" of "${variable.name}" has numeric code ${candidates[0].numeric_code ?? '(none)'}, not ${numeric}`);
      candidates = agree;
    } else if (!label) return problem(`the row gives no value of "${variable.name}" (value, value_guid or numeric_code)`);
    if (candidates.length === 1) return candidates[0].id;
    const what = label ? `"${label}"` : `numeric code ${numeric}`;
    return problem(candidates.length ? `${what} matches ${candidates.length} values of "${variable.name}"` : `"${variable.name}" has no value ${what}`);
  }

  private span(row: CsvRow, variable: VariableRow, articleId: number, problem: Problem): { start: number | null; end: number | null } | undefined {
    const startText = row.get('start')?.trim() ?? '';
    const endText = row.get('end')?.trim() ?? '';
    if (!startText && !endText) {
      if (variable.unit === 'span') return problem(`"${variable.name}" codes spans of text: the row needs start and end`);
      return { start: null, end: null };
    }
    if (variable.unit === 'article') return problem(`"${variable.name}" codes whole articles: leave start and end empty`);
    const [start, end] = [Number(startText), Number(endText)];
    if (!startText || !endText || !Number.isInteger(start) || !Number.isInteger(end)) return problem('start and end must both be whole numbers');
    const body = this.body(articleId);
    if (!(start >= 0 && end > start && end <= body.length)) return problem(`span ${start}–${end} is outside the article (0–${body.length})`);
    const text = row.get('text');
    if (text && body.slice(start, end) !== text) return problem(`the article's text at ${start}–${end} is not the row's text`);
    return { start, end };
  }

  private named(map: Map<string, number>, what: string, text: string | undefined, problem: Problem): number | null | undefined {
    if (!text?.trim()) return null;
    const id = map.get(key(text));
    if (id === undefined) return problem(`no ${what} named "${text.trim()}"`);
    return id;
  }

  private timestamp(row: CsvRow, column: string, problem: Problem): string | undefined {
    const text = row.get(column)?.trim();
    if (!text) return undefined;
    if (Number.isNaN(Date.parse(text))) return problem(`${column} "${text}" is not a date and time`);
    return text;
  }

  /** The row as a coding, or undefined after reporting every reason it cannot be one. */
  resolve(row: CsvRow, problem: (message: string) => void): ResolvedCoding | undefined {
    let failed = false;
    const fail: Problem = (message) => {
      failed = true;
      problem(message);
      return undefined;
    };
    const articleId = this.article(row, fail);
    const coder = row.get('coder')?.trim() ?? '';
    if (!coder) fail('the coder is empty');
    const variable = this.variable(row, fail);
    const codeId = variable && this.code(row, variable, fail);
    const span = variable && articleId !== undefined ? this.span(row, variable, articleId, fail) : undefined;
    const actorId = this.named(this.actors, 'actor', row.get('actor'), fail);
    const targetId = this.named(this.targets, 'target', row.get('target'), fail);
    if (variable?.kind === 'stance' && actorId === null) fail(`a stance coding needs an actor`);
    if (variable?.kind === 'stance' && targetId === null) fail(`a stance coding needs a target`);
    const createdAt = this.timestamp(row, 'created_at', fail);
    const updatedAt = this.timestamp(row, 'updated_at', fail);
    const guid = normalizeGuid(row.get('coding_guid'));
    if (failed || articleId === undefined || !variable || codeId === undefined || !span || actorId === undefined || targetId === undefined) return undefined;
    return { line: row.line, articleId, coder, variable, codeId, ...span, actorId, targetId, memo: row.get('memo') ?? '', createdAt, updatedAt, guid };
  }
}
