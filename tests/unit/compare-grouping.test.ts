// Story grouping over synthetic articles: same-event clusters within the date window, several outlets required.
import { describe, expect, it } from 'vitest';
import { emitStoryTerms, entityPhrases } from '../../shared/compare/story-features';
import { DEFAULT_GROUPING, groupDocuments, type GroupingDoc } from '../../shared/compare/story-grouping';
import { countTerms, Vocabulary } from '../../shared/compare/tfidf';

const FLOOD = 'Floods in Valencia killed 214 people after the DANA storm; Carlos Mazón faced protests and Pedro Sánchez promised €10,600 million in aid for Paiporta.';
const CHIP = 'Nexperia halted chip exports from Nijmegen as the Dutch government took control; carmakers including Volkswagen warned of shortages within 14 days.';
const NOISE = ['A local bakery won a prize for its sourdough loaf.', 'The city council debated parking fees for the harbour district.', 'A marathon runner set a course record in the rain.'];

function docs(specs: [string, number, number][]): { vocabulary: Vocabulary; docs: GroupingDoc[] } {
  const vocabulary = new Vocabulary();
  return {
    vocabulary,
    docs: specs.map(([text, outletId, day], id) => ({ id, outletId, day, terms: countTerms(vocabulary, (emit) => emitStoryTerms(`Report ${id}`, text, emit)) })),
  };
}

describe('groupDocuments', () => {
  it('finds each event across outlets and leaves unrelated articles out', () => {
    const { vocabulary, docs: d } = docs([
      [`${FLOOD} Rescue teams searched garages.`, 1, 100],
      [CHIP, 1, 100],
      [`${FLOOD} Volunteers cleared mud from streets.`, 2, 101],
      [NOISE[0], 2, 100],
      [`Officials said: ${CHIP}`, 3, 102],
      [`${FLOOD}`, 3, 99],
      [NOISE[1], 3, 101],
      [`${CHIP} Suppliers scrambled.`, 4, 101],
      [NOISE[2], 1, 100],
    ]);
    expect(groupDocuments(d, vocabulary).map((g) => g.members).sort((a, b) => a[0] - b[0])).toEqual([[0, 2, 5], [1, 4, 7]]);
  });

  it('pairs only within the date window, and needs two outlets', () => {
    const { vocabulary, docs: d } = docs([
      [FLOOD, 1, 100],
      [FLOOD, 2, 110],
      [CHIP, 3, 100],
      [CHIP, 3, 101],
    ]);
    expect(groupDocuments(d, vocabulary)).toEqual([]);
    expect(groupDocuments(d, vocabulary, { ...DEFAULT_GROUPING, windowDays: 10 }).map((g) => g.members)).toEqual([[0, 1]]);
  });
});

describe('entityPhrases', () => {
  it('takes capitalised names, not words that merely open a sentence or name a day', () => {
    expect(entityPhrases('Predictably, Adam Boehler met the Ministry of Foreign Affairs on Wednesday. Hamas agreed.')).toEqual(['adam boehler', 'ministry of foreign affairs']);
  });
});
