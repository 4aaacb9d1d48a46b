// The coverage matrix and near-duplicates on the sample corpus, and the analyst's row edits surviving recomputes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptQuote, analyzeArticle } from '../../electron/core/coding/analysis';
import { addRow, attachPassage, detachPassage, mergeRows, renameRow, resetRow, splitRow } from '../../electron/core/comparison/coverage-edits';
import { findDuplicates } from '../../electron/core/comparison/duplicates';
import { analyzeStory } from '../../electron/core/comparison/story-coverage';
import { importSources } from '../../electron/core/corpus/import-service';
import { redo, undo } from '../../electron/core/history/history';
import { resourcesDir } from '../../electron/core/paths';
import type { ProjectContext } from '../../electron/core/project/context';
import type { CoverageMatrix, CoverageRow } from '../../shared/compare/types';
import { quoteWords } from '../../shared/compare/text';
import { reopen, source, tempProject } from '../helpers/temp-project';

const expectations = JSON.parse(fs.readFileSync(path.join(resourcesDir, 'sample', 'expectations.json'), 'utf8')) as { quotes: { id: string; text: string }[] };

const [LL, CD, JMS, GH, MW, CPC, HEP, BPR, CO] = [
  'The Liberty Ledger',
  'Capitol Dispatch',
  'Jerusalem Morning Star',
  'Gulf Horizon',
  'Meridian Wire',
  'Cedar Plains Courier',
  'Harbourview Evening Post',
  'Beltway Policy Review',
  'Continental Observer',
];

/** Outlets that leave each quote out, by hand from the sample README's table (an outlet with two articles carries a quote if either does). */
const OMITTED: Record<string, string[]> = {
  'leavitt-right-thing': [JMS, CO],
  'leavitt-american-lives': [CD, GH, BPR],
  'israel-pmo-opinion': [LL, GH, CO],
  'trump-hell-to-pay': [GH, CO],
  'trump-leave-gaza': [CD, JMS, BPR, CO],
  'trump-dead': [CD, JMS, GH, CPC, BPR],
  'mulroy-complicate': [LL, GH, HEP],
  'vance-middlemen': [CD, JMS, GH, MW, CPC, HEP, BPR, CO],
  'kessler-legitimizing': [LL, JMS, GH, MW, CPC, HEP, CO],
  'brenner-table': [LL, CD, GH, MW, CPC, HEP, BPR, CO],
  'darwish-door': [LL, CD, JMS, BPR, CO],
  'lindqvist-flour': [LL, CD, JMS, MW, CPC, HEP, BPR],
  'odeh-threats': [CD, JMS, GH, BPR, CO],
  'shaked-lifeline': [LL, CD, GH, MW, CPC, HEP, BPR, CO],
};

function sampleProject() {
  const ctx = tempProject({ sample: true });
  const storyId = ctx.db.prepare('SELECT id FROM stories').pluck().get() as number;
  const idOf = (file: string) => ctx.db.prepare('SELECT id FROM articles WHERE source_file = ?').pluck().get(file) as number;
  return { ctx, storyId, idOf };
}

function rowWithQuote(matrix: CoverageMatrix, text: string): CoverageRow {
  const words = ` ${quoteWords(text).join(' ')} `;
  const rows = matrix.rows.filter((r) => r.reason === 'quote' && ` ${quoteWords(r.label).join(' ')} `.includes(words));
  expect(rows, text).toHaveLength(1);
  return rows[0];
}

const omittedOutlets = (matrix: CoverageMatrix, row: CoverageRow) => matrix.outlets.filter((_, i) => !row.cells[i].included).map((o) => o.name).sort();
const cellOf = (matrix: CoverageMatrix, row: CoverageRow, outlet: string) => row.cells[matrix.outlets.findIndex((o) => o.name === outlet)];

describe('coverage matrix on the sample corpus', () => {
  it('marks the outlets that omit each tracked quote', () => {
    const { ctx, storyId } = sampleProject();
    const { matrix } = analyzeStory(ctx, storyId);
    expect(matrix.outlets).toHaveLength(9);
    for (const quote of expectations.quotes) {
      const row = rowWithQuote(matrix, quote.text);
      expect(omittedOutlets(matrix, row), quote.id).toEqual([...OMITTED[quote.id]].sort());
      expect(row.outletsIncluded + row.outletsOmitted).toBe(9);
    }
  });

  it('gives positions and passages per article, and counts for sorting', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const { matrix } = analyzeStory(ctx, storyId);
    const rightThing = rowWithQuote(matrix, 'it is the right thing for the American people');
    const ledger = cellOf(matrix, rightThing, LL);
    expect(ledger.articles.map((a) => [a.articleId, a.included])).toEqual([
      [idOf('01-liberty-ledger.md'), true],
      [idOf('11-liberty-ledger-critics.md'), false],
    ]);
    expect(ledger.passage).toMatchObject({ articleId: idOf('01-liberty-ledger.md') });
    expect(cellOf(matrix, rowWithQuote(matrix, 'During talks with the U.S., Israel expressed its opinion'), JMS)).toMatchObject({ position: 'lead', passage: { articleId: idOf('03-jerusalem-morning-star.md') } });
    expect(cellOf(matrix, rowWithQuote(matrix, 'This president does not outsource American interests to middlemen'), LL).position).toBe('body');
    expect(cellOf(matrix, rowWithQuote(matrix, 'hell to pay'), LL).position).toBe('lead');
    expect(matrix.outlets.find((o) => o.name === MW)!.rowsIncluded).toBeGreaterThan(matrix.outlets.find((o) => o.name === GH)!.rowsIncluded);
  });

  it('marks accepted quotes as tracked, with the coded speaker', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const article = idOf('01-liberty-ledger.md');
    const quotes = analyzeArticle(ctx, article).quotes;
    const hell = acceptQuote(ctx, article, quotes.find((q) => q.text === 'hell to pay')!.key);
    const reported = acceptQuote(ctx, article, quotes.find((q) => q.kind === 'reported' && /consulted/.test(q.text))!.key);
    const { matrix } = analyzeStory(ctx, storyId);
    const row = rowWithQuote(matrix, 'hell to pay');
    expect(row).toMatchObject({ tracked: true, trackedCodingIds: [hell.codingId] });
    expect(row.speakers).toContainEqual({ text: 'Donald Trump', actorId: expect.any(Number) });
    expect(matrix.rows.filter((r) => r.trackedCodingIds.includes(reported.codingId!))).toHaveLength(1);
  });
});

describe('analyst edits to the coverage matrix', () => {
  it('renames a row; the name survives reopening and a recompute with a new article, and undo restores it', () => {
    const { ctx, storyId } = sampleProject();
    const key = rowWithQuote(analyzeStory(ctx, storyId).matrix, 'hell to pay').key;
    renameRow(ctx, storyId, key, "Trump's ultimatum");
    const again = reopen(ctx);
    importSources(again, [source('late.md', '---\ntitle: "Envoy returns"\noutlet: "Late Outlet"\ndate: 2025-03-07\n---\nTrump warned again of "hell to pay" if the hostages stay in Gaza.')], {
      story: 'U.S.-Hamas direct talks, March 2025',
    });
    const matrix = analyzeStory(again, storyId).matrix;
    const renamed = matrix.rows.filter((r) => r.label === "Trump's ultimatum");
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatchObject({ edit: 'rename', outletsIncluded: 8 });
    expect(cellOf(matrix, renamed[0], 'Late Outlet').included).toBe(true);
    undo(again);
    expect(analyzeStory(again, storyId).matrix.rows.some((r) => r.label === "Trump's ultimatum")).toBe(false);
  });

  it('merges, splits, adds and resets rows', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const start = analyzeStory(ctx, storyId).matrix;
    const count59 = start.rows.find((r) => r.label === '59 hostages')!;
    const count24 = start.rows.find((r) => r.reason === 'number' && r.label.startsWith('24'))!;
    const merged = mergeRows(ctx, storyId, [count59.key, count24.key], 'Hostage count');
    expect(merged.rows.filter((r) => r.key === count59.key || r.key === count24.key)).toEqual([]);
    const hostageRow = merged.rows.find((r) => r.label === 'Hostage count')!;
    expect(hostageRow).toMatchObject({ edit: 'merge', reason: 'number', outletsIncluded: 9 });

    const lives = rowWithQuote(merged, 'There are American lives on the line');
    const wire = [idOf('05-meridian-wire.md'), idOf('06-cedar-plains-courier.md'), idOf('07-harbourview-evening-post.md')];
    const moving = lives.cells.flatMap((c) => c.articles.flatMap((a) => a.passages)).filter((p) => wire.includes(p.articleId));
    const split = splitRow(ctx, storyId, lives.key, moving, 'Wire copy: American lives');
    const wireRow = split.rows.find((r) => r.label === 'Wire copy: American lives')!;
    expect(omittedOutlets(split, wireRow)).toEqual([LL, CD, JMS, GH, BPR, CO].sort());
    expect(omittedOutlets(split, rowWithQuote(split, 'There are American lives on the line'))).toEqual([CD, GH, MW, CPC, HEP, BPR].sort());

    const taliban = idOf('08-beltway-policy-review.md');
    const body = ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(taliban) as string;
    const at = body.indexOf('The most obvious is the Doha process with the Taliban');
    const added = addRow(ctx, storyId, 'Taliban precedent', [{ articleId: taliban, start: at, end: at + 60 }]);
    const talibanRow = added.rows.find((r) => r.label === 'Taliban precedent')!;
    expect(talibanRow).toMatchObject({ edit: 'add', outletsIncluded: 1 });
    expect(cellOf(added, talibanRow, BPR)).toMatchObject({ included: true, position: 'body', passage: { articleId: taliban, start: at, end: at + 60 } });

    const reset = resetRow(ctx, storyId, wireRow.key);
    expect(reset.rows.some((r) => r.label === 'Wire copy: American lives')).toBe(false);
    expect(omittedOutlets(reset, rowWithQuote(reset, 'There are American lives on the line'))).toEqual([CD, GH, BPR].sort());
    expect(() => resetRow(ctx, storyId, rowWithQuote(reset, 'hell to pay').key)).toThrow('there is no edit to undo');
    expect(() => renameRow(ctx, storyId, 'quote:999:1', 'x')).toThrow('no coverage row "quote:999:1"');
  });
});

describe('attaching passages to coverage rows and detaching them', () => {
  const MULROY = "It could complicate the Israelis' ability";

  /** The span of a sentence of an article, found by its opening words. */
  function sentence(ctx: ProjectContext, articleId: number, opening: string) {
    const body = ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(articleId) as string;
    const start = body.indexOf(opening);
    expect(start, opening).toBeGreaterThanOrEqual(0);
    const stop = body.indexOf('.', start);
    return { articleId, start, end: stop + 1 };
  }

  it('attaches a passage (the cell carries the row, at its position) and detaches it, surviving recomputes, each one undoable action', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const gulf = idOf('04-gulf-horizon.md');
    const lead = sentence(ctx, gulf, 'Qatar has once again shown');
    const body = sentence(ctx, gulf, 'For years Washington avoided');
    const start = rowWithQuote(analyzeStory(ctx, storyId).matrix, MULROY);
    expect(cellOf(analyzeStory(ctx, storyId).matrix, start, GH).included).toBe(false);

    const attached = attachPassage(ctx, storyId, start.key, lead);
    let row = rowWithQuote(attached, MULROY);
    expect(row).toMatchObject({ edit: 'edit', reason: 'quote', outletsIncluded: start.outletsIncluded + 1, stale: false });
    expect(cellOf(attached, row, GH)).toMatchObject({ included: true, position: 'lead', passage: lead });
    expect(omittedOutlets(attached, row)).toEqual([LL, HEP].sort());

    // A second one, in the body: the cell keeps the most prominent position, and shows both passages.
    const both = attachPassage(ctx, storyId, row.key, body);
    row = rowWithQuote(both, MULROY);
    expect(cellOf(both, row, GH).position).toBe('lead');
    expect(cellOf(both, row, GH).articles[0]!.passages).toEqual([lead, body]);

    // Reopened and recomputed: still there; undo takes the body passage back off, then the lead one; redo puts it back.
    let again = reopen(ctx);
    expect(cellOf(analyzeStory(again, storyId).matrix, rowWithQuote(analyzeStory(again, storyId).matrix, MULROY), GH).articles[0]!.passages).toEqual([lead, body]);
    undo(again);
    undo(again);
    const undone = analyzeStory(again, storyId).matrix;
    expect(rowWithQuote(undone, MULROY)).toMatchObject({ key: start.key, edit: null });
    expect(cellOf(undone, rowWithQuote(undone, MULROY), GH).included).toBe(false);
    redo(again);
    const redone = analyzeStory(again, storyId).matrix;
    expect(cellOf(redone, rowWithQuote(redone, MULROY), GH)).toMatchObject({ included: true, position: 'lead' });
    row = rowWithQuote(attachPassage(again, storyId, row.key, body), MULROY);

    // Detaching the lead passage leaves the body one; detaching that too leaves the cell omitted.
    const fewer = detachPassage(again, storyId, row.key, lead);
    expect(cellOf(fewer, rowWithQuote(fewer, MULROY), GH)).toMatchObject({ included: true, position: 'body', passage: body });
    const none = detachPassage(again, storyId, row.key, body);
    row = rowWithQuote(none, MULROY);
    expect(cellOf(none, row, GH)).toMatchObject({ included: false, position: null, passage: null });
    expect(row.outletsIncluded).toBe(start.outletsIncluded);
    again = reopen(again);
    expect(cellOf(analyzeStory(again, storyId).matrix, rowWithQuote(analyzeStory(again, storyId).matrix, MULROY), GH).included).toBe(false);
    undo(again);
    const back = analyzeStory(again, storyId).matrix;
    expect(cellOf(back, rowWithQuote(back, MULROY), GH)).toMatchObject({ included: true, position: 'body' });
  });

  it('detaches a computed passage: its outlet shows as omitted on every recompute, until undone or reset', () => {
    const { ctx, storyId } = sampleProject();
    const start = rowWithQuote(analyzeStory(ctx, storyId).matrix, MULROY);
    const dispatch = cellOf(analyzeStory(ctx, storyId).matrix, start, CD);
    expect(dispatch).toMatchObject({ included: true, position: 'lead' });

    const detached = detachPassage(ctx, storyId, start.key, dispatch.passage!);
    const row = rowWithQuote(detached, MULROY);
    expect(row).toMatchObject({ edit: 'edit', stale: false, outletsIncluded: start.outletsIncluded - 1 });
    expect(omittedOutlets(detached, row)).toEqual([LL, CD, GH, HEP].sort());
    // Shown nowhere else either.
    expect(detached.rows.filter((r) => r.cells.some((c) => c.articles.some((a) => a.passages.some((p) => p.articleId === dispatch.passage!.articleId && p.start === dispatch.passage!.start))))).toEqual([]);

    const again = reopen(ctx);
    expect(omittedOutlets(analyzeStory(again, storyId).matrix, rowWithQuote(analyzeStory(again, storyId).matrix, MULROY))).toEqual([LL, CD, GH, HEP].sort());
    undo(again);
    expect(rowWithQuote(analyzeStory(again, storyId).matrix, MULROY)).toMatchObject({ key: start.key, outletsIncluded: start.outletsIncluded });
    redo(again);
    const reset = resetRow(again, storyId, rowWithQuote(analyzeStory(again, storyId).matrix, MULROY).key);
    expect(rowWithQuote(reset, MULROY)).toMatchObject({ key: start.key, outletsIncluded: start.outletsIncluded });
  });

  it('refuses an unknown row, an article outside the story, a span out of range, and a passage already attached (or not there)', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const gulf = idOf('04-gulf-horizon.md');
    const lead = sentence(ctx, gulf, 'Qatar has once again shown');
    const row = rowWithQuote(analyzeStory(ctx, storyId).matrix, MULROY);
    const length = ctx.db.prepare('SELECT length(body) FROM articles WHERE id = ?').pluck().get(gulf) as number;
    importSources(ctx, [source('elsewhere.md', '---\ntitle: "Elsewhere"\noutlet: "Other Outlet"\n---\nNothing to do with the talks.')]);
    const outsideId = idOf('elsewhere.md');

    expect(() => attachPassage(ctx, storyId, 'quote:999:1', lead)).toThrow('no coverage row "quote:999:1"');
    expect(() => attachPassage(ctx, storyId, row.key, { articleId: outsideId, start: 0, end: 5 })).toThrow(`article ${outsideId} is not in story`);
    expect(() => attachPassage(ctx, storyId, row.key, { articleId: gulf, start: length - 5, end: length + 1 })).toThrow(`span ${length - 5}-${length + 1} is outside article ${gulf}`);
    const carried = cellOf(analyzeStory(ctx, storyId).matrix, row, CD).passage!;
    expect(() => attachPassage(ctx, storyId, row.key, carried)).toThrow('is already in row');
    attachPassage(ctx, storyId, row.key, lead);
    expect(() => attachPassage(ctx, storyId, rowWithQuote(analyzeStory(ctx, storyId).matrix, MULROY).key, lead)).toThrow(`the passage at article ${gulf}, ${lead.start}-${lead.end} is already in row`);
    expect(() => detachPassage(ctx, storyId, 'quote:999:1', lead)).toThrow('no coverage row');
    expect(() => detachPassage(ctx, storyId, rowWithQuote(analyzeStory(ctx, storyId).matrix, 'hell to pay').key, lead)).toThrow(`has no passage at article ${gulf}, ${lead.start}-${lead.end}`);
    // Nothing half-done: one action per edit that went through.
    expect(ctx.db.prepare("SELECT count(*) FROM history_actions WHERE label LIKE '%coverage row%'").pluck().get()).toBe(1);
  });
});

describe('near-duplicates on the sample corpus', () => {
  function wireGroup(ctx: ProjectContext, storyId?: number) {
    const groups = findDuplicates(ctx, storyId);
    expect(groups).toHaveLength(1);
    return groups[0];
  }

  it('flags 05, 06 and 07 as one wire group based on 05, with the word changes of each copy', () => {
    const { ctx, storyId, idOf } = sampleProject();
    const group = wireGroup(ctx, storyId);
    const [wire, cedar, harbour] = ['05-meridian-wire.md', '06-cedar-plains-courier.md', '07-harbourview-evening-post.md'].map(idOf);
    expect(group.baseArticleId).toBe(wire);
    expect(group.members.map((m) => m.articleId).sort((a, b) => a - b)).toEqual([wire, cedar, harbour]);
    const body = (id: number) => ctx.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
    const replaced = (id: number) => group.members.find((m) => m.articleId === id)!.edits.filter((e) => e.kind === 'replace');
    expect(replaced(cedar)).toContainEqual(expect.objectContaining({ before: 'avoided', after: 'shunned' }));
    expect(replaced(harbour)).toContainEqual(expect.objectContaining({ before: 'worsened', after: 'deteriorated' }));
    for (const id of [cedar, harbour]) {
      const member = group.members.find((m) => m.articleId === id)!;
      expect(member).toMatchObject({ titleChanged: true, isBase: false });
      expect(member.jaccard).toBeGreaterThanOrEqual(0.6);
      for (const e of member.edits) {
        expect(body(wire).slice(e.baseStart, e.baseEnd)).toBe(e.before);
        expect(body(id).slice(e.start, e.end)).toBe(e.after);
      }
    }
    const cedarEdits = group.members.find((m) => m.articleId === cedar)!.edits;
    expect(cedarEdits.some((e) => e.kind === 'insert' && /notable departure/.test(e.after))).toBe(true);
    expect(cedarEdits.some((e) => e.kind === 'delete' && /Editing by Paul Sherwin/.test(e.before))).toBe(true);
    expect(wireGroup(ctx).members).toHaveLength(3);
  });
});
