import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../electron/core/paths';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp-project';

describe('framebench CLI', () => {
  it('init --sample, then info and info --json', async () => {
    const file = path.join(tempDir(), 'study');
    const init = await cli('init', file, '--sample');
    expect(init.code).toBe(0);
    expect(init.out).toMatch(/^created .*study\.framebench \(11 articles\)$/);
    const info = await cli('info', '--project', `${file}.framebench`, '--json');
    expect(info.code).toBe(0);
    const parsed = JSON.parse(info.out);
    expect(parsed.counts).toMatchObject({ articles: 11, stories: 1 });
    expect(parsed.counts.sentences).toBeGreaterThan(200);
    const db = new Database(`${file}.framebench`, { readonly: true });
    expect(parsed.counts.sentences).toBe(db.prepare('SELECT count(*) FROM sentences').pluck().get());
    db.close();
    expect(parsed.outlets.length).toBeGreaterThanOrEqual(5);
    expect((await cli('info', '--project', `${file}.framebench`)).out).toMatch(/articles\s+11/);
  });

  it('imports files and folders with a per-file report, exiting 1 when a file failed', async () => {
    const dir = tempDir();
    const project = path.join(dir, 'p.framebench');
    await cli('init', project);
    const inbox = path.join(dir, 'inbox');
    fs.mkdirSync(inbox);
    fs.writeFileSync(path.join(inbox, 'one.md'), '# Envoy meets Hamas\n\nA body about Doha.');
    fs.writeFileSync(path.join(inbox, 'two.txt'), 'Headline two\n\nAnother body about Qatar.');
    const first = await cli('import', inbox, '--project', project, '--outlet', 'Wire One', '--story', 'Doha', '--json');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toMatchObject({ imported: 2, failed: 0 });

    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    const second = await cli('import', path.join(inbox, 'one.md'), path.join(dir, 'empty.txt'), path.join(dir, 'missing.md'), '--project', project);
    expect(second.code).toBe(1);
    expect(second.out.split('\n')).toEqual([
      expect.stringMatching(/^duplicate\s+one\.md\s+1 duplicate skipped/),
      expect.stringMatching(/^failed\s+empty\.txt\s+file is empty$/),
      expect.stringMatching(/^failed\s+missing\.md\s+cannot read file: no such file$/),
      '0 imported, 1 duplicates skipped, 2 files failed',
    ]);
    expect(second.err).toBe('framebench: 2 of 3 files failed');
  });

  it('searches with outlet filter, as text and JSON', async () => {
    const file = path.join(tempDir(), 's.framebench');
    await cli('init', file, '--sample');
    const json = await cli('search', 'Mulroy', '--project', file, '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    expect(result.total).toBeGreaterThan(1);
    const outlet = result.hits[0].outlet;
    const filtered = JSON.parse((await cli('search', 'Mulroy', '--project', file, '--outlet', outlet, '--json')).out);
    expect(filtered.hits.every((h: { outlet: string }) => h.outlet === outlet)).toBe(true);
    expect(filtered.total).toBeLessThan(result.total);
    const text = await cli('search', 'Mulroy', '--project', file, '--limit', '1');
    expect(text.out).toMatch(/\[Mulroy\]/);
    expect(text.out).toMatch(new RegExp(`${result.total} matches, 1 shown$`));
  });

  it('answers user errors with one line and exit code 1', async () => {
    const dir = tempDir();
    const missing = await cli('info', '--project', path.join(dir, 'nope.framebench'));
    expect(missing).toMatchObject({ code: 1, err: `framebench: no project file at ${path.join(dir, 'nope.framebench')}` });
    const file = path.join(dir, 'x.framebench');
    await cli('init', file);
    expect((await cli('init', file)).err).toMatch(/^framebench: .* already exists/);
    const bad = await cli('search', '"unclosed', '--project', file);
    expect(bad.code).toBe(1);
    expect(bad.err.split('\n')).toHaveLength(1);
    expect((await cli('search', 'x', '--project', file, '--outlet', 'Nobody')).err).toMatch(/no outlet named "Nobody"/);
    expect((await cli('import', 'a.md')).code).toBe(1);
  });

  it('runs as the package bin from the build', () => {
    const bin = path.join(packageRoot, 'bin/framebench.js');
    if (!fs.existsSync(path.join(packageRoot, 'out/cli/framebench.mjs'))) throw new Error('run npm run build before the tests');
    expect(execFileSync(process.execPath, [bin, '--help'], { encoding: 'utf8' })).toMatch(/Usage: framebench/);
    const run = spawnSync(process.execPath, [bin, 'info', '--project', '/nonexistent/x.framebench'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('framebench: no project file at /nonexistent/x.framebench\n');
  });
});

describe('framebench CLI: coding commands', () => {
  it('lists templates, loads one, and lists the codebook', async () => {
    const file = path.join(tempDir(), 'c.framebench');
    await cli('init', file);
    const before = JSON.parse((await cli('codebook', 'list', '--project', file, '--json')).out);
    expect(before.variables).toEqual([]);
    expect(before.templates.map((t: { id: string }) => t.id)).toContain('policy-frames');
    const load = await cli('codebook', 'load', 'policy-frames', '--project', file);
    expect(load).toMatchObject({ code: 0, out: 'added 4 variables: Frame, Primary frame, Headline frame, Tone' });
    expect((await cli('codebook', 'load', 'policy-frames', '--project', file)).out).toBe('added 0 variables\nalready in the project: Frame, Primary frame, Headline frame, Tone');
    const text = (await cli('codebook', 'list', '--project', file)).out;
    expect(text).toMatch(/^Frame \(span, nominal\)$/m);
    expect(text).toMatch(/^ {2}\[8\] Security and defense = 8$/m);
    expect(text).toMatch(/policy-frames\s+Policy Frames Codebook.* \(loaded\)/);
    expect((await cli('codebook', 'load', 'nope', '--project', file)).err).toMatch(/^framebench: no codebook template "nope"/);
  });

  it('reports actors with mention counts and attributed quotes with speaker, span and AFINN score', async () => {
    const file = path.join(tempDir(), 'a.framebench');
    await cli('init', file, '--sample');
    const report = JSON.parse((await cli('actors', '--project', file, '--json')).out);
    const mulroy = report.actors.find((a: { name: string }) => a.name === 'Mick Mulroy');
    expect(mulroy.mentions).toBeGreaterThanOrEqual(6);
    const quote = report.quotes.find((q: { text: string }) => q.text.startsWith('It could complicate'));
    expect(quote).toMatchObject({ kind: 'direct', speaker: expect.stringMatching(/Mulroy/), speakerActorId: mulroy.id });
    expect(quote.afinn.words.map((w: { word: string }) => w.word)).toContain('ability');
    expect(report.quotes.length).toBeGreaterThanOrEqual(25);
    const one = JSON.parse((await cli('actors', '--project', file, '--article', String(quote.articleId), '--json')).out);
    expect(one.quotes.every((q: { articleId: number }) => q.articleId === quote.articleId)).toBe(true);
    expect((await cli('actors', '--project', file)).out).toMatch(/^Mick Mulroy\s+person\s+\d+$/m);
  });
});

describe('framebench CLI: reliability and merge', () => {
  it('prints the report and merges a copy, with one-line errors', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'r.framebench');
    await cli('init', file, '--sample');
    expect((await cli('reliability', '--project', file)).out).toMatch(/^coders: none · articles: 0$/m);
    expect((await cli('reliability', '--project', file, '--variable', 'Nope')).err).toBe('framebench: no variable named "Nope"');
    expect((await cli('reliability', '--project', file, '--coders', 'Zed')).err).toBe('framebench: no coder named "Zed" (coders: none)');
    fs.copyFileSync(file, path.join(dir, 'copy.framebench'));
    expect((await cli('merge', path.join(dir, 'copy.framebench'), '--project', file)).out).toBe('added 0 codings; 0 already present; 0 "(none)" settlements');
    expect((await cli('merge', path.join(dir, 'missing.framebench'), '--project', file)).err).toMatch(/^framebench: no project file at /);
  });
});
