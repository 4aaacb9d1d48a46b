// An actor's mention count across the project reads only the articles the search index says can mention it, and
// is the count a scan of every body gives: whole words, capitals as written, aliases, possessives, diacritics.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../electron/core/actors/mentions';
import { actorRefs, createActor, updateActor } from '../../electron/core/coding/actors';
import { mentionCounts } from '../../electron/core/coding/analysis';
import { projectMentionCounts } from '../../electron/core/coding/mention-counts';
import { importSources } from '../../electron/core/corpus/import-service';
import { source, tempProject } from '../helpers/temp-project';

const articles = [
  { title: 'Envoy', outlet: 'Wire', date: '2025-03-01', body: 'Trump met Netanyahu. Critics said it would trump diplomacy. Trump’s envoy and Trump\'s aides left.' },
  { title: 'Sánchez', outlet: 'Wire', date: '2025-03-02', body: 'Pedro Sánchez spoke; Sanchez without the accent is not his name here. The "Iron Dome" held.' },
  { title: 'U.S.', outlet: 'Post', date: '2025-03-03', body: 'The U.S. envoy, Adam Boehler, met Hamas. Boehlers is another word. HAMAS in capitals.' },
  { title: 'None', outlet: 'Post', date: '2025-03-04', body: 'Nothing about anyone named here at all.' },
];

describe('mention counts across a project', () => {
  it('equal a scan of every article body, and are empty with no actors', () => {
    expect(mentionCounts(tempProject()).size).toBe(0);
    // The sample project comes with its own actors; these add the awkward cases.
    const ctx = tempProject({ sample: true });
    importSources(ctx, [source('extra.json', JSON.stringify(articles))]);
    for (const [name, aliases] of [
      ['Trump Tower', ['the Tower']],
      ['Pedro Sánchez', ['Sánchez']],
      ['United States', ['U.S.', 'Washington']],
      ['Boehler family', ['Boehlers']],
      ['HAMAS in capitals', ['HAMAS']],
      ['Iron Dome', ['"Iron Dome"']],
      ['Nobody Here', ['Zzyzx']],
    ] as const) {
      createActor(ctx, { name, kind: 'person', aliases: [...aliases] });
    }
    const actors = actorRefs(ctx);
    const scanned = new Map<number, number>();
    for (const body of ctx.db.prepare('SELECT body FROM articles').pluck().all() as string[]) {
      for (const m of findMentions(body, actors)) scanned.set(m.actorId, (scanned.get(m.actorId) ?? 0) + 1);
    }
    const counted = mentionCounts(ctx);
    expect(counted).toEqual(scanned);
    const byName = (name: string) => counted.get(actors.find((a) => a.name === name)!.id) ?? 0;
    expect(byName('Donald Trump')).toBeGreaterThanOrEqual(3);
    expect(byName('Adam Boehler')).toBeGreaterThanOrEqual(1);
    expect(byName('Pedro Sánchez')).toBeGreaterThanOrEqual(1);
    expect(byName('Nobody Here')).toBe(0);
  });

  it('are counted with pauses, kept while nothing changes, and counted again after an import or an alias', async () => {
    const ctx = tempProject({ sample: true });
    const first = projectMentionCounts(ctx);
    expect(projectMentionCounts(ctx)).toBe(first);
    expect(await first).toEqual(mentionCounts(ctx));
    expect(projectMentionCounts(ctx)).toBe(first);

    const mulroy = actorRefs(ctx).find((a) => a.name === 'Mick Mulroy')!;
    const before = (await first).get(mulroy.id)!;
    importSources(ctx, [source('more.json', JSON.stringify([{ title: 'Mulroy again', outlet: 'Wire', date: '2025-04-01', body: 'Mulroy said it twice. Mulroy.' }]))]);
    const afterImport = projectMentionCounts(ctx);
    expect(afterImport).not.toBe(first);
    expect((await afterImport).get(mulroy.id)).toBe(before + 2);

    updateActor(ctx, mulroy.id, { aliases: [...mulroy.aliases, 'Pentagon official'] });
    expect((await projectMentionCounts(ctx)).get(mulroy.id)).toBeGreaterThan(before + 2);
  });
});
