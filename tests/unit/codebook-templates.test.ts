import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTemplate, type CodebookTemplate, type TemplateValue } from '../../shared/codebook/template-schema';

const dir = fileURLToPath(new URL('../../resources/codebooks/', import.meta.url));
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const raw = new Map(files.map((f) => [f, JSON.parse(fs.readFileSync(dir + f, 'utf8')) as unknown]));
// Files that fail to parse are left out here and reported by the "parses" test below.
const templates = new Map<string, CodebookTemplate>();
for (const f of files) {
  try {
    templates.set(f, parseTemplate(raw.get(f)));
  } catch {
    // reported below
  }
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const FRAMES = [
  'Economic',
  'Capacity and resources',
  'Morality',
  'Fairness and equality',
  'Legality, constitutionality and jurisprudence',
  'Policy prescription and evaluation',
  'Crime and punishment',
  'Security and defense',
  'Health and safety',
  'Quality of life',
  'Cultural identity',
  'Public opinion',
  'Political',
  'External regulation and reputation',
  'Other',
];

function allValues(values: readonly TemplateValue[]): TemplateValue[] {
  return values.flatMap((v) => [v, ...allValues(v.children ?? [])]);
}

function leaves(values: readonly TemplateValue[]): TemplateValue[] {
  return values.flatMap((v) => (v.children?.length ? leaves(v.children) : [v]));
}

function template(file: string): CodebookTemplate {
  const t = templates.get(file);
  if (!t) throw new Error(`missing template file ${file}`);
  return t;
}

function variable(file: string, name: string) {
  const v = template(file).variables.find((x) => x.name === name);
  if (!v) throw new Error(`${file} has no variable "${name}"`);
  return v;
}

/** A valid template to break in the rejection tests. */
function sample() {
  return structuredClone(raw.get('entman-functions.json')) as {
    name?: unknown;
    variables: { values: { color: string; shortcut?: string; code: number; guid: string }[] }[];
  };
}

function rejection(input: unknown): string {
  try {
    parseTemplate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return (error as Error).message;
  }
  throw new Error('parseTemplate accepted an invalid template');
}

describe('codebook templates in resources/codebooks', () => {
  it.each(files)('%s parses with parseTemplate', (file) => {
    expect(() => parseTemplate(raw.get(file))).not.toThrow();
  });

  it('has the four built-in templates, each named after its file', () => {
    expect(files).toEqual(expect.arrayContaining(['entman-functions.json', 'generic-news-frames.json', 'policy-frames.json', 'stance-and-tone.json']));
    for (const [file, t] of templates) {
      expect(t.id, file).toBe(file.replace(/\.json$/, ''));
      expect(t.source.length, file).toBeGreaterThan(40);
    }
  });

  it('has template ids that are unique', () => {
    const ids = [...templates.values()].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses valid UUID v4 guids, unique across all files', () => {
    const seen = new Map<string, string>();
    for (const [file, t] of templates) {
      for (const v of t.variables) {
        for (const [where, guid] of [[`${file} ${v.name}`, v.guid], ...allValues(v.values).map((x) => [`${file} ${v.name}/${x.label}`, x.guid])]) {
          expect(guid, where).toMatch(UUID_V4);
          expect(seen.get(guid), `${where} reuses a guid`).toBeUndefined();
          seen.set(guid, where);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(5 + 12 + 56 + 27);
  });

  it('has shortcuts unique within each variable (at any depth)', () => {
    for (const [file, t] of templates) {
      for (const v of t.variables) {
        const shortcuts = allValues(v.values)
          .map((x) => x.shortcut)
          .filter((s): s is string => s !== undefined);
        expect(shortcuts.every((s) => /^[a-z0-9]$/.test(s)), `${file} ${v.name}`).toBe(true);
        expect(new Set(shortcuts).size, `${file} ${v.name}`).toBe(shortcuts.length);
      }
    }
  });

  it('has numeric codes unique among sibling leaves, and across the whole variable', () => {
    for (const [file, t] of templates) {
      for (const v of t.variables) {
        const siblingGroups: TemplateValue[][] = [v.values, ...allValues(v.values).map((x) => x.children ?? [])];
        for (const group of siblingGroups) {
          const codes = group.filter((x) => !x.children?.length).map((x) => x.code);
          expect(new Set(codes).size, `${file} ${v.name}`).toBe(codes.length);
        }
        const codes = allValues(v.values).map((x) => x.code);
        expect(new Set(codes).size, `${file} ${v.name}`).toBe(codes.length);
      }
    }
  });

  it('writes colours as #rrggbb and uses distinct colours among the values of a variable', () => {
    for (const [file, t] of templates) {
      for (const v of t.variables) {
        const colors = allValues(v.values).map((x) => x.color.toLowerCase());
        expect(colors.every((c) => /^#[0-9a-f]{6}$/.test(c)), `${file} ${v.name}`).toBe(true);
        expect(new Set(colors).size, `${file} ${v.name}`).toBe(colors.length);
      }
    }
  });

  it('gives every variable real guidance text', () => {
    for (const [file, t] of templates) {
      for (const v of t.variables) {
        for (const field of ['definition', 'inclusion', 'exclusion', 'example'] as const) {
          expect(v[field].length, `${file} ${v.name}.${field}`).toBeGreaterThan(60);
        }
      }
    }
  });
});

describe('Policy Frames Codebook', () => {
  const file = 'policy-frames.json';

  it('has Frame, Primary frame, Headline frame and Tone', () => {
    expect(template(file).variables.map((v) => [v.name, v.unit, v.level, v.kind])).toEqual([
      ['Frame', 'span', 'nominal', 'category'],
      ['Primary frame', 'article', 'nominal', 'category'],
      ['Headline frame', 'article', 'nominal', 'category'],
      ['Tone', 'article', 'ordinal', 'tone'],
    ]);
  });

  it.each(['Frame', 'Primary frame', 'Headline frame'])('%s has exactly the 15 dimensions in order, coded 1-15', (name) => {
    const v = variable(file, name);
    expect(v.values.map((x) => x.label)).toEqual(FRAMES);
    expect(v.values.map((x) => x.code)).toEqual(FRAMES.map((_, i) => i + 1));
    expect(v.values.map((x) => x.shortcut)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f']);
    expect(v.values.every((x) => !x.children && (x.description ?? '').length > 80)).toBe(true);
  });

  it('uses the same colour for a dimension in all three frame variables', () => {
    const colors = ['Frame', 'Primary frame', 'Headline frame'].map((n) => variable(file, n).values.map((x) => x.color));
    expect(colors[1]).toEqual(colors[0]);
    expect(colors[2]).toEqual(colors[0]);
  });

  it('has Tone as Pro (explicit, implicit), Neutral, Anti (implicit, explicit) with leaf codes 2, 1, 0, -1, -2', () => {
    const tone = variable(file, 'Tone');
    expect(tone.values.map((x) => [x.label, x.code, (x.children ?? []).map((c) => c.label)])).toEqual([
      ['Pro', 10, ['Pro (explicit)', 'Pro (implicit)']],
      ['Neutral', 0, []],
      ['Anti', -10, ['Anti (implicit)', 'Anti (explicit)']],
    ]);
    expect(leaves(tone.values).map((x) => [x.label, x.code])).toEqual([
      ['Pro (explicit)', 2],
      ['Pro (implicit)', 1],
      ['Neutral', 0],
      ['Anti (implicit)', -1],
      ['Anti (explicit)', -2],
    ]);
  });
});

describe('other templates', () => {
  it('Semetko & Valkenburg has the five generic frames, at span and article level', () => {
    const frames = ['Attribution of responsibility', 'Conflict', 'Human interest', 'Economic consequences', 'Morality'];
    expect(variable('generic-news-frames.json', 'Generic frame').unit).toBe('span');
    expect(variable('generic-news-frames.json', 'Dominant generic frame').unit).toBe('article');
    for (const name of ['Generic frame', 'Dominant generic frame']) {
      const v = variable('generic-news-frames.json', name);
      expect(v.level).toBe('nominal');
      expect(v.values.map((x) => [x.label, x.code])).toEqual(frames.map((f, i) => [f, i + 1]));
    }
  });

  it('Entman has the four framing functions', () => {
    const v = variable('entman-functions.json', 'Framing function');
    expect([v.unit, v.level, v.kind]).toEqual(['span', 'nominal', 'category']);
    expect(v.values.map((x) => x.label)).toEqual(['Problem definition', 'Causal interpretation', 'Moral evaluation', 'Treatment recommendation']);
  });

  it('Stance has the five values with 9 as the missing-value code', () => {
    const v = variable('stance-and-tone.json', 'Stance');
    expect([v.unit, v.level, v.kind]).toEqual(['span', 'nominal', 'stance']);
    expect(v.values.map((x) => [x.label, x.code])).toEqual([
      ['Support', 1],
      ['Oppose', -1],
      ['Neutral', 0],
      ['Mixed', 2],
      ['Unclear', 9],
    ]);
    expect(v.definition).toMatch(/missing/i);
  });

  it('Statement tone and Overall tone are -2..+2 scales; Statement type has the eight acts', () => {
    const tone = variable('stance-and-tone.json', 'Statement tone');
    const overall = variable('stance-and-tone.json', 'Overall tone');
    expect([tone.unit, tone.level, tone.kind]).toEqual(['span', 'interval', 'tone']);
    expect([overall.unit, overall.level, overall.kind]).toEqual(['article', 'ordinal', 'tone']);
    for (const v of [tone, overall]) expect(v.values.map((x) => x.code)).toEqual([-2, -1, 0, 1, 2]);
    expect(variable('stance-and-tone.json', 'Statement type').values.map((x) => x.label)).toEqual([
      'Claim',
      'Warning',
      'Threat',
      'Demand',
      'Promise',
      'Criticism',
      'Justification',
      'Appeal',
    ]);
  });
});

describe('parseTemplate rejects bad files with a one-line message', () => {
  it('missing name', () => {
    const bad = sample();
    delete bad.name;
    const message = rejection(bad);
    expect(message).toMatch(/^invalid codebook template "entman-functions": name: name is required/);
    expect(message).not.toMatch(/\n/);
  });

  it('bad colour', () => {
    const bad = sample();
    bad.variables[0].values[2].color = 'purple';
    const message = rejection(bad);
    expect(message).toContain('variables[0].values[2].color: color must be written as #rrggbb');
    expect(message).not.toMatch(/\n/);
  });

  it('duplicate shortcut, duplicate code, bad guid, non-object, and JSON text', () => {
    const shortcut = sample();
    shortcut.variables[0].values[1].shortcut = shortcut.variables[0].values[0].shortcut;
    expect(rejection(shortcut)).toContain('variables[0].values[1].shortcut: shortcut "1" is already used by "Problem definition"');

    const code = sample();
    code.variables[0].values[3].code = code.variables[0].values[0].code;
    expect(rejection(code)).toContain('variables[0].values[3].code: code 1 is already used');

    const guid = sample();
    guid.variables[0].values[0].guid = 'not-a-uuid';
    expect(rejection(guid)).toContain('variables[0].values[0].guid: guid must be a lower-case UUID v4');

    const reused = sample();
    reused.variables[0].values[1].guid = reused.variables[0].values[0].guid;
    expect(rejection(reused)).toContain('variables[0].values[1].guid: guid');

    expect(rejection(null)).toBe('invalid codebook template: a codebook template must be a JSON object');
    expect(rejection('{"id": ')).toMatch(/^invalid codebook template: not valid JSON \(.*\)$/);
    expect(parseTemplate(JSON.stringify(raw.get('entman-functions.json'))).id).toBe('entman-functions');

    for (const input of [shortcut, code, guid, reused, null, '{']) expect(rejection(input)).not.toMatch(/\n/);
  });
});
