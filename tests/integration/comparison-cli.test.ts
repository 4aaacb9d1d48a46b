// The comparison commands on a real project file: stories suggest, compare, duplicates, aggregate; one-line errors.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteStory } from '../../electron/core/corpus/stories';
import { closeProject } from '../../electron/core/project/context';
import { createProjectFile } from '../../electron/core/project/session';
import { cli } from '../helpers/cli';
import { tempDir } from '../helpers/temp-project';

const STORY = 'U.S.-Hamas direct talks, March 2025';

function sampleFile(withoutStory = false): string {
  const file = path.join(tempDir(), 'sample.framebench');
  const ctx = createProjectFile(file, { sample: true });
  if (withoutStory) deleteStory(ctx, ctx.db.prepare('SELECT id FROM stories').pluck().get() as number);
  closeProject(ctx);
  return file;
}

describe('framebench comparison commands', () => {
  it('stories suggest: text and JSON', async () => {
    const file = sampleFile(true);
    const json = await cli('stories', 'suggest', '--project', file, '--json');
    expect(json.code).toBe(0);
    const suggestions = JSON.parse(json.out);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0].articleIds).toHaveLength(11);
    const text = await cli('stories', 'suggest', '--project', file);
    expect(text.out).toMatch(/^1\. 11 articles from 9 outlets, 2025-03-05 to 2025-03-07, score 0\.\d\d$/m);
    expect(text.out).toMatch(/quote in 7: "there are american lives on the line"/);
  });

  it('compare: articles, aligned passages with spans, the coverage matrix and sourcing', async () => {
    const file = sampleFile();
    const json = await cli('compare', '--project', file, '--story', STORY, '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out);
    expect(result.articles).toHaveLength(11);
    expect(result.groups[0].members[0]).toEqual(expect.objectContaining({ articleId: expect.any(Number), start: expect.any(Number), end: expect.any(Number) }));
    expect(result.coverage.outlets).toHaveLength(9);
    expect(result.sourcing.speakers.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(['Karoline Leavitt', 'Donald Trump', 'Mick Mulroy', 'Gregory Vance']));
    const text = await cli('compare', '--project', file, '--story', STORY);
    expect(text.out).toMatch(/^Story "U\.S\.-Hamas direct talks, March 2025": 11 articles, 9 outlets$/m);
    expect(text.out).toMatch(/\[quote 1\.00\] "hell to pay" \(8 articles\)/);
    expect(text.out).toMatch(/^ +"hell to pay" +7 +L /m);
    expect(text.out).toMatch(/^Karoline Leavitt +\d+ +\d+/m);
  });

  it('duplicates: the wire group with its edits', async () => {
    const out = (await cli('duplicates', '--project', sampleFile(), '--story', STORY)).out;
    expect(out).toMatch(/replace +"avoided" → "shunned"/);
    expect(out).toMatch(/replace +"worsened" → "deteriorated"/);
  });

  it('aggregate: tables, CSV and JSON; one-line errors exit 1', async () => {
    const file = sampleFile();
    const text = await cli('aggregate', '--project', file, '--story', STORY, '--by', 'outlet', '--measure', 'tone');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^AFINN tone per outlet$/m);
    expect(text.out).toMatch(/^Meridian Wire +·/m);
    const csv = await cli('aggregate', '--project', file, '--measure', 'tone', '--csv');
    expect(csv.out.split('\n')[0]).toBe('Outlet,Coded tone (no tone variable): mean,Coded tone (no tone variable): n,AFINN comparative (mean per sentence): mean,AFINN comparative (mean per sentence): n,AFINN score (mean per article): mean,AFINN score (mean per article): n');
    expect(JSON.parse((await cli('aggregate', '--project', file, '--measure', 'quotes', '--json')).out)).toMatchObject({ measure: 'quotes', tables: [{ rows: [] }] });

    const missingStory = await cli('compare', '--project', file, '--story', 'Nope');
    expect(missingStory).toMatchObject({ code: 1, err: 'framebench: no story named "Nope"' });
    const missingTarget = await cli('aggregate', '--project', file, '--measure', 'stance', '--target', 'Mars');
    expect(missingTarget.code).toBe(1);
    expect(missingTarget.err).toMatch(/^framebench: no target named "Mars" \(have: .*the hostage deal.*\)$/);
    expect((await cli('aggregate', '--project', file, '--measure', 'frames')).err).toBe(
      'framebench: the codebook has no category variable to count frames with; load a template (e.g. policy-frames)',
    );
    expect((await cli('aggregate', '--project', file, '--measure', 'vibes')).code).not.toBe(0);
  });
});
