import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { getArticle, listArticles } from '../../electron/core/corpus/articles';
import { importPastedText, importSources, UNKNOWN_OUTLET } from '../../electron/core/corpus/import-service';
import { listOutlets } from '../../electron/core/corpus/outlets';
import { listStories } from '../../electron/core/corpus/stories';
import { resourcesDir } from '../../electron/core/paths';
import { SAMPLE_STORY } from '../../electron/core/project/sample';
import { count, source, tempProject } from '../helpers/temp-project';

const sampleArticles = fs.readdirSync(path.join(resourcesDir, 'sample/articles')).filter((f) => f.endsWith('.md'));
const sampleOutlets = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'sample/outlets.json'), 'utf8')) as { name: string; notes: string }[];

const md = (title: string, outlet: string, body: string) => `---\ntitle: "${title}"\noutlet: "${outlet}"\ndate: 2025-03-05\n---\n${body}\n`;

function snapshot(ctx: ReturnType<typeof tempProject>) {
  return ['articles', 'outlets', 'stories', 'story_articles', 'sentences'].map((t) => count(ctx.db, t));
}

describe('sample corpus', () => {
  it('loads every sample article into one story, with fictional outlets and scored sentences', () => {
    const ctx = tempProject({ sample: true });
    expect(sampleArticles.length).toBeGreaterThanOrEqual(8);
    expect(count(ctx.db, 'articles')).toBe(sampleArticles.length);
    const outlets = listOutlets(ctx);
    expect(outlets.length).toBe(sampleOutlets.length);
    expect(outlets.length).toBeGreaterThanOrEqual(5);
    for (const outlet of outlets) expect(outlet.notes).toMatch(/^Fictional outlet/);
    const stories = listStories(ctx);
    expect(stories).toEqual([expect.objectContaining({ name: SAMPLE_STORY, articleCount: sampleArticles.length })]);

    const mulroy = listArticles(ctx, {}, 0, 100).items.map((a) => getArticle(ctx, a.id)).find((a) => a.body.includes('tightly coordinated'))!;
    const sentence = mulroy.sentences.find((s) => mulroy.body.slice(s.start, s.end).includes('tightly coordinated'))!;
    expect(mulroy.body.slice(sentence.start, sentence.end)).toMatch(/^[“"A-Z].*[.!?"”]$/s);
    expect(sentence.afinnWords).toEqual(expect.arrayContaining([{ word: 'ability', score: 2 }]));
    expect(sentence.afinnScore).toBe(sentence.afinnWords.reduce((n, w) => n + w.score, 0));
  });
});

describe('importing files', () => {
  it('imports each format and reads its metadata', () => {
    const ctx = tempProject();
    const report = importSources(ctx, [
      source('a.md', md('Envoy meets Hamas', 'Test Times', 'The envoy met Hamas in Doha. No deal was reached.')),
      source('b.txt', 'Plain headline\n\nA plain body about Qatar and mediation.'),
      source('c.json', JSON.stringify([{ title: 'From JSON', outlet: 'JSON Daily', date: '2025-03-06', body: 'JSON body text here.' }])),
      source('d.csv', 'title,outlet,date,body\n"CSV one","CSV Post",2025-03-07,"First, with a comma."\n"CSV two","CSV Post",2025-03-07,"Second body."\n'),
      source(
        'e.html',
        '<html lang="en"><head><title>Page title</title><meta property="og:site_name" content="Web Herald"><meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body><article><h1>Web story</h1><p>A paragraph of real article text about the talks in Doha, long enough for readability to keep it as content.</p><p>Another paragraph with more sentences. It mentions hostages and a truce.</p></article></body></html>',
      ),
    ]);
    expect(report.files.map((f) => [f.file, f.status, f.imported])).toEqual([
      ['a.md', 'imported', 1],
      ['b.txt', 'imported', 1],
      ['c.json', 'imported', 1],
      ['d.csv', 'imported', 2],
      ['e.html', 'imported', 1],
    ]);
    const byTitle = new Map(listArticles(ctx, {}, 0, 100).items.map((a) => [a.title, a]));
    expect(byTitle.get('Envoy meets Hamas')).toMatchObject({ outlet: 'Test Times', publishedAt: '2025-03-05', wordCount: 10 });
    expect(byTitle.get('Plain headline')).toMatchObject({ outlet: UNKNOWN_OUTLET });
    expect(byTitle.get('From JSON')).toMatchObject({ outlet: 'JSON Daily', publishedAt: '2025-03-06' });
    expect(byTitle.get('CSV one')).toMatchObject({ outlet: 'CSV Post', publishedAt: '2025-03-07' });
    const web = [...byTitle.values()].find((a) => a.outlet === 'Web Herald')!;
    expect(web.publishedAt).toBe('2025-03-04');
    expect(getArticle(ctx, web.id).body).toContain('It mentions hostages and a truce.');
  });

  it('skips duplicates by content, in a later import and within one file', () => {
    const ctx = tempProject();
    const file = source('a.md', md('One', 'Outlet', 'Same body text, twice.'));
    expect(importSources(ctx, [file]).files[0].status).toBe('imported');
    const again = importSources(ctx, [source('renamed.md', md('Other title', 'Other outlet', 'Same   body text,\ntwice.'))]);
    expect(again.files[0]).toMatchObject({ status: 'duplicate', imported: 0, duplicates: 1 });
    const inFile = importSources(ctx, [source('two.json', JSON.stringify([{ body: 'Fresh text.' }, { body: 'Fresh text.' }]))]);
    expect(inFile.files[0]).toMatchObject({ status: 'imported', imported: 1, duplicates: 1 });
    expect(count(ctx.db, 'articles')).toBe(2);
  });

  it('refuses a bad file with a one-line reason and changes nothing, while the rest of the batch goes in', () => {
    const ctx = tempProject({ sample: true });
    const before = snapshot(ctx);
    const bad = [
      source('empty.txt', ''),
      source('blank.md', '  \n\n  '),
      source('broken.json', '[{"title": "x", "body": "y"'),
      source('nobody.json', '[{"title": "x", "body": "fine"}, {"title": "no body"}]'),
      source('broken.csv', 'title,body\n"open quote,never closed\n'),
      source('nobody.csv', 'title,outlet\nx,y\n'),
      source('image.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])),
    ];
    const report = importSources(ctx, bad, { story: 'Should not be created' });
    for (const file of report.files) {
      expect(file.status, file.file).toBe('failed');
      expect(file.message, file.file).toMatch(/^\S.*\S$/);
      expect(file.message, file.file).not.toContain('\n');
      expect(file.message, file.file).not.toMatch(/at .*\.ts:\d+/);
    }
    expect(snapshot(ctx)).toEqual(before);

    const mixed = importSources(ctx, [bad[2], source('good.md', md('Good', 'Good Outlet', 'A good article body.'))]);
    expect(mixed.files.map((f) => f.status)).toEqual(['failed', 'imported']);
    expect(count(ctx.db, 'articles')).toBe(before[0] + 1);
  });

  it('rolls back a whole file when one of its articles cannot be written', () => {
    const ctx = tempProject();
    // A real write failure on the second article of the file, raised by SQLite itself.
    ctx.db.exec("CREATE TRIGGER fail_second BEFORE INSERT ON articles WHEN new.title = 'Second' BEGIN SELECT RAISE(ABORT, 'disk is full'); END;");
    const before = snapshot(ctx);
    const file = source('two.json', JSON.stringify([{ title: 'First', body: 'First is fine.' }, { title: 'Second', body: 'Second fails.' }]));
    const report = importSources(ctx, [file], { story: 'New story', outlet: 'New outlet' });
    expect(report.files[0]).toMatchObject({ status: 'failed', message: 'could not import: disk is full' });
    expect(snapshot(ctx)).toEqual(before);
  });

  it('reads UTF-8 with BOM, UTF-16 and Windows-1252 text correctly', () => {
    const ctx = tempProject();
    const text = 'Café talks\n\n“Hell to pay,” Café wrote — naïve déjà vu.';
    const report = importSources(ctx, [
      source('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replaceAll('Café', 'Bom'), 'utf8')])),
      source('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll('Café', 'Sixteen'), 'utf16le')])),
      source('cp1252.txt', iconv.encode(text.replaceAll('Café', 'Windows'), 'win1252')),
    ]);
    expect(report.failed).toBe(0);
    const bodies = listArticles(ctx, {}, 0, 10).items.map((a) => [a.title, getArticle(ctx, a.id).body]);
    expect(Object.fromEntries(bodies)).toEqual({
      'Bom talks': '“Hell to pay,” Bom wrote — naïve déjà vu.',
      'Sixteen talks': '“Hell to pay,” Sixteen wrote — naïve déjà vu.',
      'Windows talks': '“Hell to pay,” Windows wrote — naïve déjà vu.',
    });
  });

  it('applies the outlet the user chose, fills in a missing date, and attaches to a story', () => {
    const ctx = tempProject();
    const report = importSources(
      ctx,
      [source('a.md', md('Dated', 'Detected Outlet', 'Body one.')), source('b.txt', 'Undated\n\nBody two.')],
      { outlet: 'Chosen Outlet', date: '2025-03-09', story: 'Doha talks' },
    );
    expect(report.imported).toBe(2);
    const items = listArticles(ctx, {}, 0, 10).items;
    expect(items.map((a) => [a.title, a.outlet, a.publishedAt]).sort()).toEqual([
      ['Dated', 'Chosen Outlet', '2025-03-05'],
      ['Undated', 'Chosen Outlet', '2025-03-09'],
    ]);
    expect(listStories(ctx)).toEqual([expect.objectContaining({ name: 'Doha talks', articleCount: 2 })]);
  });

  it('imports pasted text and refuses empty pasted text', () => {
    const ctx = tempProject();
    expect(importPastedText(ctx, '   ').files[0]).toMatchObject({ status: 'failed', message: 'the pasted text is empty' });
    const report = importPastedText(ctx, 'Pasted headline\r\n\r\nPasted body.', { outlet: 'Clipboard Times' });
    expect(report.files[0]).toMatchObject({ file: 'pasted text', status: 'imported' });
    expect(listArticles(ctx, {}, 0, 10).items[0]).toMatchObject({ title: 'Pasted headline', outlet: 'Clipboard Times' });
  });
});

describe('pasted text with a typed title', () => {
  it('keeps the whole text as body when the user typed a title', () => {
    const ctx = tempProject();
    importPastedText(ctx, 'First line of the article.\n\nSecond paragraph.', { title: 'Typed title' });
    const [item] = listArticles(ctx, {}, 0, 10).items;
    expect(item.title).toBe('Typed title');
    expect(getArticle(ctx, item.id).body).toBe('First line of the article.\n\nSecond paragraph.');
  });
});
