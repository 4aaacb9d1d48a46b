// Codebook template files (resources/codebooks/*.json): their schema, types and a parser with one-line errors.
// Shared by the Node side and the browser, so no Node or DOM imports here.
import { z } from 'zod';

/** Lower-case UUID v4, as crypto.randomUUID() writes it. Template GUIDs are fixed in the file and never change. */
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function text(what: string) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `${what} must be a string`) })
    .trim()
    .min(1, `${what} must not be empty`);
}

function oneOf<const T extends readonly [string, ...string[]]>(what: string, options: T) {
  return z.enum(options, { error: () => `${what} must be one of ${options.join(', ')}` });
}

const guid = z
  .string({ error: (issue) => (issue.input === undefined ? 'guid is required' : 'guid must be a string') })
  .regex(UUID_V4, 'guid must be a lower-case UUID v4 (generate one with crypto.randomUUID())');

export const UNITS = ['span', 'article'] as const;
export const LEVELS = ['nominal', 'ordinal', 'interval', 'ratio'] as const;
/** stance: applied with an actor and a target; tone: a valence scale; category: everything else. */
export const TEMPLATE_KINDS = ['category', 'stance', 'tone'] as const;

export interface TemplateValue {
  guid: string;
  label: string;
  /** Numeric code written to SPSS/R exports. */
  code: number;
  /** #rrggbb */
  color: string;
  /** One key, a-z or 0-9, unique within the variable (at any depth). */
  shortcut?: string;
  description?: string;
  children?: TemplateValue[];
}

export const templateValueSchema: z.ZodType<TemplateValue> = z.lazy(() =>
  z
    .object({
      guid,
      label: text('label'),
      code: z.number({ error: 'code must be a number (the numeric code used in SPSS/R exports)' }),
      color: z
        .string({ error: (issue) => (issue.input === undefined ? 'color is required' : 'color must be a string such as "#4e79a7"') })
        .regex(/^#[0-9a-fA-F]{6}$/, 'color must be written as #rrggbb'),
      shortcut: z
        .string({ error: 'shortcut must be a string' })
        .regex(/^[a-z0-9]$/, 'shortcut must be a single character, a-z or 0-9')
        .optional(),
      description: z.string({ error: 'description must be a string' }).optional(),
      children: z.array(templateValueSchema).min(1, 'children must not be empty (leave it out instead)').optional(),
    })
    .strict(),
);

export const templateVariableSchema = z
  .object({
    guid,
    name: text('name'),
    definition: text('definition'),
    inclusion: text('inclusion'),
    exclusion: text('exclusion'),
    example: text('example'),
    unit: oneOf('unit', UNITS),
    level: oneOf('level', LEVELS),
    kind: oneOf('kind', TEMPLATE_KINDS),
    values: z.array(templateValueSchema, { error: 'values must be a list' }).min(1, 'a variable needs at least one value'),
  })
  .strict();

/** Every value of a variable, parents before their children, with its path from the variable (for messages). */
export function flattenValues(values: readonly TemplateValue[], path: (string | number)[] = ['values']) {
  const out: { value: TemplateValue; path: (string | number)[]; siblings: readonly TemplateValue[] }[] = [];
  values.forEach((value, i) => {
    out.push({ value, path: [...path, i], siblings: values });
    if (value.children) out.push(...flattenValues(value.children, [...path, i, 'children']));
  });
  return out;
}

export const templateSchema = z
  .object({
    id: z
      .string({ error: (issue) => (issue.input === undefined ? 'id is required' : 'id must be a string') })
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9 and single hyphens)'),
    name: text('name'),
    description: text('description'),
    source: text('source'),
    variables: z.array(templateVariableSchema, { error: 'variables must be a list' }).min(1, 'a template needs at least one variable'),
  }, { error: (issue) => (issue.code === 'invalid_type' ? 'a codebook template must be a JSON object' : undefined) })
  .strict()
  .superRefine((template, ctx) => {
    const fail = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const guids = new Map<string, string>();
    const claimGuid = (id: string, where: (string | number)[]) => {
      const first = guids.get(id);
      if (first) fail([...where, 'guid'], `guid ${id} is already used by ${first}`);
      else guids.set(id, formatPath(where));
    };
    const names = new Set<string>();
    template.variables.forEach((variable, v) => {
      const at = ['variables', v];
      claimGuid(variable.guid, at);
      const name = variable.name.trim().toLowerCase();
      if (names.has(name)) fail([...at, 'name'], `variable name "${variable.name}" is used twice`);
      names.add(name);
      if (variable.kind === 'tone' && variable.level === 'nominal') {
        fail([...at, 'level'], 'a tone variable is a scale: level must be ordinal, interval or ratio');
      }
      const shortcuts = new Map<string, string>();
      const codes = new Map<number, string>();
      for (const { value, path, siblings } of flattenValues(variable.values)) {
        const where = [...at, ...path];
        claimGuid(value.guid, where);
        if (value.shortcut !== undefined) {
          const taken = shortcuts.get(value.shortcut);
          if (taken) fail([...where, 'shortcut'], `shortcut "${value.shortcut}" is already used by "${taken}" in this variable`);
          else shortcuts.set(value.shortcut, value.label);
        }
        // Codes are unique across the whole variable, parents included, so an export can always be read back.
        const taken = codes.get(value.code);
        if (taken !== undefined) fail([...where, 'code'], `code ${value.code} is already used by "${taken}" in this variable`);
        else codes.set(value.code, value.label);
        const label = value.label.trim().toLowerCase();
        if (siblings.findIndex((s) => s.label.trim().toLowerCase() === label) !== siblings.indexOf(value)) {
          fail([...where, 'label'], `label "${value.label}" is used twice at the same level`);
        }
      }
    });
  });

export type TemplateVariable = z.infer<typeof templateVariableSchema>;
export type CodebookTemplate = z.infer<typeof templateSchema>;

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Validates a codebook template (the parsed JSON, or the JSON text itself).
 * Throws an Error with a one-line message naming the first problem and where it is, e.g.
 * `invalid codebook template "policy-frames": variables[0].values[3].color: color must be written as #rrggbb`.
 */
export function parseTemplate(json: unknown): CodebookTemplate {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (error) {
      throw new Error(oneLine(`invalid codebook template: not valid JSON (${error instanceof Error ? error.message : String(error)})`));
    }
  }
  const result = templateSchema.safeParse(input);
  if (result.success) return result.data;
  const id = input && typeof input === 'object' && typeof (input as { id?: unknown }).id === 'string' ? ` "${(input as { id: string }).id}"` : '';
  const [first, ...rest] = result.error.issues;
  const where = first.path.length ? `${formatPath(first.path)}: ` : '';
  const more = rest.length ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})` : '';
  throw new Error(oneLine(`invalid codebook template${id}: ${where}${first.message}${more}`).slice(0, 500));
}
