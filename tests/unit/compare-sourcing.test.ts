// Sourcing per outlet: speakers folded to one key, quote and word counts, direct vs reported, position buckets.
import { describe, expect, it } from 'vitest';
import { sourcingTable, UNATTRIBUTED, type SourcingArticle } from '../../shared/compare/sourcing-table';

const BODY = '"We will not move," said Gregory Vance. He spoke in Doha.\n\nLater he said talks stalled. "Not yet," Vance added. "No," she said.';
const at = (text: string) => ({ start: BODY.indexOf(text), end: BODY.indexOf(text) + text.length });
const ARTICLES: SourcingArticle[] = [
  {
    id: 1,
    outletId: 7,
    outlet: 'Ledger',
    title: 'Vance: "We will not move"',
    body: BODY,
    sentences: [
      { idx: 0, ...at('"We will not move," said Gregory Vance.') },
      { idx: 1, ...at('He spoke in Doha.') },
      { idx: 2, ...at('Later he said talks stalled.') },
      { idx: 3, ...at('"Not yet," Vance added.') },
      { idx: 4, ...at('"No," she said.') },
    ],
    quotes: [
      { kind: 'direct', ...at('We will not move'), speaker: { text: 'Gregory Vance', actorId: null } },
      { kind: 'reported', ...at('talks stalled'), speaker: { text: 'he', actorId: 3 } },
      { kind: 'direct', ...at('Not yet'), speaker: { text: 'Vance', actorId: null } },
      { kind: 'direct', ...at('No'), speaker: { text: 'she', actorId: null } },
    ],
  },
];

describe('sourcingTable', () => {
  it('counts quotes and words per speaker and outlet, with shares and positions', () => {
    const table = sourcingTable(ARTICLES, new Map([[3, 'Gregory Vance (actor)']]));
    expect(table.outlets).toEqual([{ id: 7, name: 'Ledger', articleIds: [1], quotes: 4, words: 9 }]);
    expect(table.speakers.map((s) => [s.key, s.name, s.quotes, s.words])).toEqual([
      ['text:gregory vance', 'Gregory Vance', 2, 6],
      ['(unattributed)', UNATTRIBUTED, 1, 1],
      ['actor:3', 'Gregory Vance (actor)', 1, 2],
    ]);
    const vance = table.speakers[0].cells[0];
    expect(vance).toMatchObject({ direct: 2, reported: 0, quoteShare: 0.5, wordShare: 6 / 9, positions: { headline: 1, lead: 1, body: 1 }, thirds: { first: 1, second: 0, last: 1 } });
    expect(table.quotes.find((q) => q.text === 'We will not move')).toMatchObject({ inHeadline: true, position: 'lead', third: 'first' });
  });
});
