// Outlet comparison benchmarks, each beside a baseline measured in the same run: story suggestion over 10,000
// articles (vs. all-pairs cosine, extrapolated from 1,000), alignment of a 4-article sample story (vs. naive
// all-pairs sentence Jaccard), and each aggregate over 1,000,000 codings (vs. a plain COUNT(*) GROUP BY).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadTemplate } from '../../electron/core/coding/templates';
import { aggregate, type AggregateRequest } from '../../electron/core/comparison/aggregate';
import { compareStory } from '../../electron/core/comparison/compare-story';
import { suggestStories } from '../../electron/core/comparison/suggest-stories';
import { importSources } from '../../electron/core/corpus/import-service';
import { createStory, deleteStory } from '../../electron/core/corpus/stories';
import { migrate } from '../../electron/core/db/migrate';
import { migrations } from '../../electron/core/db/migrations';
import comparisonMigration from '../../electron/core/db/migrations/006-comparison';
import { resourcesDir } from '../../electron/core/paths';
import { closeProject, openProject, type ProjectContext } from '../../electron/core/project/context';
import { createProjectFile } from '../../electron/core/project/session';
import { emitStoryTerms } from '../../shared/compare/story-features';
import { cosine, countTerms, documentFrequencies, idfWeights, tfidfVector, Vocabulary } from '../../shared/compare/tfidf';
import { contentWords, words } from '../../shared/compare/text';
import { generateCorpus } from './corpus-generator';
import { time, type Row } from './measure';

const ARTICLES = 10_000;
const CODINGS = 1_000_000;
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const ms = (n: number) => (n >= 1000 ? `${fmt(n / 1000, 2)} s` : `${fmt(n, 1)} ms`);

/** Migration 6 is applied here until it is registered with the others (then this is a no-op). */
function withComparisonSchema(ctx: ProjectContext) {
  const list = migrations.some((m) => m.version === comparisonMigration.version) ? migrations : [...migrations, comparisonMigration];
  migrate(ctx.db, comparisonMigration.version, list);
}

function median(work: () => unknown, runs: number): number {
  work();
  const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** The generated corpus plus the 11 sample articles (no story): suggestion should find exactly those 11. */
function importCorpus(ctx: ProjectContext): number[] {
  const corpus = generateCorpus(ARTICLES - 11, 7);
  for (let i = 0; i < corpus.length; i += 1000) importSources(ctx, [{ name: `batch-${i}.json`, bytes: Buffer.from(JSON.stringify(corpus.slice(i, i + 1000))) }]);
  const dir = path.join(resourcesDir, 'sample', 'articles');
  const sample = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((name) => ({ name, bytes: fs.readFileSync(path.join(dir, name)) }));
  return importSources(ctx, sample).files.flatMap((f) => f.articleIds);
}

/** The naive way: every pair of articles compared by cosine. Feature cost scales with n, pair cost with n². */
function bruteForceSuggestion(ctx: ProjectContext, n: number): { features: number; pairs: number } {
  const rows = ctx.db.prepare('SELECT title, body FROM articles ORDER BY id LIMIT ?').all(n) as { title: string; body: string }[];
  const vocabulary = new Vocabulary();
  const features = time(() => rows.map((r) => countTerms(vocabulary, (emit) => emitStoryTerms(r.title, r.body, emit))));
  const counts = features.result;
  const idf = idfWeights(documentFrequencies(counts, vocabulary.size), counts.length);
  const vectors = counts.map((c) => tfidfVector(c, idf));
  const pairs = time(() => {
    let linked = 0;
    for (let i = 0; i < vectors.length; i++) for (let j = i + 1; j < vectors.length; j++) if (cosine(vectors[i], vectors[j]) >= 0.3) linked++;
    return linked;
  });
  return { features: features.ms, pairs: pairs.ms };
}

function benchSuggestion(ctx: ProjectContext, sampleIds: number[], rows: Row[]) {
  const ours = time(() => suggestStories(ctx));
  const found = ours.result.some((g) => g.articleIds.join() === [...sampleIds].sort((a, b) => a - b).join());
  const sample = 1000;
  const brute = bruteForceSuggestion(ctx, sample);
  const scale = ARTICLES / sample;
  const extrapolated = brute.features * scale + brute.pairs * scale * scale;
  rows.push({
    benchmark: `story suggestion, ${fmt(ARTICLES)} articles (${ours.result.length} groups; sample story found exactly: ${found ? 'yes' : 'no'})`,
    value: ms(ours.ms),
    baseline: `${ms(extrapolated)} (all pairs, from ${fmt(sample)})`,
    ratio: `${(ours.ms / extrapolated).toFixed(2)}x`,
    target: 'below all-pairs',
    met: ours.ms < extrapolated && found,
  });
  // Accepting a suggestion makes a story and asks again: the articles are the same, so their grouping is kept.
  const accepted = createStory(ctx, 'Bench suggestion', undefined, ours.result[0]?.articleIds ?? []);
  const again = time(() => suggestStories(ctx));
  deleteStory(ctx, accepted.id);
  rows.push({
    benchmark: '  … asked again after a suggestion became a story (same articles)',
    value: ms(again.ms),
    baseline: ms(ours.ms),
    ratio: `${(again.ms / ours.ms).toFixed(2)}x`,
    target: '(reported)',
    met: again.result.length === ours.result.length - 1,
  });
}

/** Naive alignment: every sentence pair across articles, word-set Jaccard ≥ 0.5. */
function naiveAlignment(ctx: ProjectContext, articleIds: number[]): number {
  const sentences = articleIds.flatMap((id) => {
    const body = ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
    return (ctx.db.prepare('SELECT start, end FROM sentences WHERE article_id = ?').all(id) as { start: number; end: number }[]).map((s) => ({
      id,
      words: new Set(contentWords(words(body.slice(s.start, s.end)))),
    }));
  });
  let links = 0;
  for (let i = 0; i < sentences.length; i++) {
    for (let j = i + 1; j < sentences.length; j++) {
      if (sentences[i].id === sentences[j].id) continue;
      const shared = [...sentences[i].words].filter((w) => sentences[j].words.has(w)).length;
      if (shared / (sentences[i].words.size + sentences[j].words.size - shared || 1) >= 0.5) links++;
    }
  }
  return links;
}

function benchAlignment(dir: string, rows: Row[]) {
  const ctx = createProjectFile(path.join(dir, 'sample.framebench'), { sample: true });
  withComparisonSchema(ctx);
  const ids = (file: string[]) => file.map((f) => ctx.db.prepare('SELECT id FROM articles WHERE source_file LIKE ?').pluck().get(`${f}-%`) as number);
  const four = ids(['01', '02', '03', '04']);
  const story4 = createStory(ctx, 'Four outlets', undefined, four).id;
  const story11 = ctx.db.prepare('SELECT id FROM stories WHERE id != ?').pluck().get(story4) as number;
  for (const [label, storyId, articleIds] of [
    ['4-article', story4, four],
    ['11-article', story11, ctx.db.prepare('SELECT article_id FROM story_articles WHERE story_id = ?').pluck().all(story11) as number[]],
  ] as const) {
    const groups = compareStory(ctx, storyId).groups.length;
    const value = median(() => compareStory(ctx, storyId), 15);
    const baseline = median(() => naiveAlignment(ctx, [...articleIds]), 15);
    rows.push({
      benchmark: `compare.story, ${label} sample story (${groups} groups, p50)`,
      value: ms(value),
      baseline: `${ms(baseline)} (naive sentence Jaccard)`,
      ratio: `${(value / baseline).toFixed(2)}x`,
      target: label === '4-article' ? '< 200 ms' : '-',
      met: label === '4-article' ? value < 200 : true,
    });
  }
  closeProject(ctx);
}

interface Seeded {
  frame: number;
  primary: number;
  tone: number;
  stance: number;
  quote: number;
  target: number;
  coder: number;
  outlets: number[];
}

/** 1,000,000 synthetic codings in one transaction: 400k frame spans, 20k primary frames, 200k tone, 300k stance, 80k quotes. */
function seedCodings(ctx: ProjectContext): Seeded {
  loadTemplate(ctx, 'policy-frames');
  loadTemplate(ctx, 'stance-and-tone');
  const variable = (name: string) => ctx.db.prepare('SELECT id FROM variables WHERE name = ?').pluck().get(name) as number;
  const codes = (variableId: number) => ctx.db.prepare('SELECT id FROM codes WHERE variable_id = ?').pluck().all(variableId) as number[];
  const now = new Date().toISOString();
  const db = ctx.db;
  const quote = Number(db.prepare("INSERT INTO variables (guid, name, unit, level, kind, position) VALUES ('bench-quote', 'Quotation', 'span', 'nominal', 'quote', 99)").run().lastInsertRowid);
  db.prepare("INSERT INTO codes (guid, variable_id, label, numeric_code, color, position) VALUES ('bench-direct', ?, 'Direct quote', 1, '#6b7a8f', 0)").run(quote);
  const coders = [1, 2, 3].map((i) => Number(db.prepare('INSERT INTO coders (name, color, created_at) VALUES (?, ?, ?)').run(`Bench coder ${i}`, '#4a6fa5', now).lastInsertRowid));
  const actors = Array.from({ length: 12 }, (_, i) => Number(db.prepare("INSERT INTO actors (guid, name, kind) VALUES (?, ?, 'person')").run(`bench-actor-${i}`, `Bench actor ${i}`).lastInsertRowid));
  const targets = Array.from({ length: 3 }, (_, i) => Number(db.prepare('INSERT INTO targets (guid, name) VALUES (?, ?)').run(`bench-target-${i}`, `Bench target ${i}`).lastInsertRowid));
  const spanTone = db.prepare("SELECT id FROM variables WHERE kind = 'tone' AND unit = 'span'").pluck().get() as number;
  const seeded = { frame: variable('Frame'), primary: variable('Primary frame'), tone: spanTone, stance: variable('Stance'), quote, target: targets[0], coder: coders[0] };
  const articleIds = db.prepare('SELECT id FROM articles').pluck().all() as number[];
  const insert = db.prepare(
    `INSERT INTO codings (guid, article_id, coder_id, variable_id, code_id, start, end, actor_id, target_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let n = 0;
  let seed = 12345;
  const pick = <T>(list: T[]) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return list[seed % list.length];
  };
  const add = (variableId: number, codeList: number[], count: number, extra: (i: number) => [number | null, number | null] = () => [null, null], articleLevel = false) => {
    for (let i = 0; i < count; i++) {
      const start = (n * 7) % 2000;
      const [actor, target] = extra(i);
      insert.run(`bench-${n++}`, articleLevel ? articleIds[i % articleIds.length] : pick(articleIds), articleLevel ? coders[i % 2] : pick(coders), variableId, pick(codeList), articleLevel ? null : start, articleLevel ? null : start + 50, actor, target, now, now);
    }
  };
  db.transaction(() => {
    add(seeded.frame, codes(seeded.frame), 400_000);
    add(seeded.primary, codes(seeded.primary), 2 * articleIds.length, undefined, true);
    add(seeded.tone, codes(seeded.tone), 200_000);
    add(seeded.stance, codes(seeded.stance), 300_000, (i) => [pick(actors), i % 5 < 3 ? targets[0] : pick(targets)]);
    add(quote, codes(quote), CODINGS - n, (i) => [i % 10 ? pick(actors) : null, null]);
  })();
  db.exec('ANALYZE');
  const outlets = db.prepare('SELECT id FROM outlets ORDER BY id LIMIT 8').pluck().all() as number[];
  return { ...seeded, outlets };
}

function benchAggregates(ctx: ProjectContext, s: Seeded, rows: Row[]) {
  const total = ctx.db.prepare('SELECT count(*) FROM codings').pluck().get() as number;
  const plain = (where: string, ...params: number[]) => {
    const statement = ctx.db.prepare(`SELECT code_id, count(*) FROM codings WHERE ${where} GROUP BY code_id`);
    return () => statement.all(...params);
  };
  const storyIds = ctx.db.prepare('SELECT id FROM articles ORDER BY id LIMIT 200').pluck().all() as number[];
  const story = createStory(ctx, 'Bench story', undefined, storyIds).id;
  const cases: [string, AggregateRequest, () => unknown][] = [
    ['frames (spans + primary frame)', { measure: 'frames', variableId: s.frame, articleVariableId: s.primary }, plain('variable_id IN (?, ?)', s.frame, s.primary)],
    ['frames, filtered (dates, 8 outlets, 1 coder)', { measure: 'frames', variableId: s.frame, dateFrom: '2025-03-01', dateTo: '2025-08-31', outletIds: s.outlets, coderIds: [s.coder] }, plain('variable_id = ? AND coder_id = ?', s.frame, s.coder)],
    ['stance, one 200-article story', { measure: 'stance', variableId: s.stance, targetId: s.target, storyIds: [story] }, plain('variable_id = ? AND target_id = ? AND article_id IN (SELECT article_id FROM story_articles WHERE story_id = ?)', s.stance, s.target, story)],
    ['tone (coded + AFINN)', { measure: 'tone', variableId: s.tone }, plain('variable_id = ?', s.tone)],
    ['stance matrix (one target)', { measure: 'stance', variableId: s.stance, targetId: s.target }, plain('variable_id = ? AND target_id = ?', s.stance, s.target)],
    ['quote share', { measure: 'quotes' }, plain('variable_id = ?', s.quote)],
  ];
  for (const [label, request, baseline] of cases) {
    const value = median(() => aggregate(ctx, request), 7);
    const reference = median(baseline, 7);
    rows.push({
      benchmark: `aggregate ${label}, ${fmt(total)} codings (p50)`,
      value: ms(value),
      baseline: `${ms(reference)} (COUNT(*) GROUP BY code)`,
      ratio: `${(value / reference).toFixed(2)}x`,
      target: '< 100 ms',
      met: value < 100,
    });
  }
}

export async function benchComparison(rows: Row[]) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framebench-comparison-bench-'));
  try {
    console.error(`comparison: importing ${fmt(ARTICLES)} articles…`);
    const ctx = openProject(path.join(dir, 'comparison.framebench'));
    withComparisonSchema(ctx);
    const sampleIds = importCorpus(ctx);
    console.error('comparison: story suggestion…');
    benchSuggestion(ctx, sampleIds, rows);
    console.error('comparison: alignment…');
    benchAlignment(dir, rows);
    console.error(`comparison: seeding ${fmt(CODINGS)} codings…`);
    const seeded = seedCodings(ctx);
    console.error('comparison: aggregates…');
    benchAggregates(ctx, seeded, rows);
    closeProject(ctx);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
