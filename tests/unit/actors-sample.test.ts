// Quote attribution, mentions and entity proposals on the sample corpus, against resources/sample/expectations.json.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeEntities } from '../../electron/core/actors/entities';
import { findMentions } from '../../electron/core/actors/mentions';
import { attributeQuotes } from '../../electron/core/actors/quotes';
import type { ActorRef, QuoteSuggestion } from '../../electron/core/actors/types';
import { parseSource } from '../../electron/core/import/parse-source';
import { resourcesDir } from '../../electron/core/paths';

const sampleDir = path.join(resourcesDir, 'sample');

interface ExpectedQuote {
  id: string;
  text: string;
  speaker: string;
  articles: string[];
}

/**
 * The registry a coder would build for this story. The Prime Minister's office is its own government actor;
 * "Israel" is the country, not an alias of the office, so "Israel expressed its opinion" is not the office naming itself.
 * The White House is an actor because the articles report speech "according to the White House".
 */
const SAMPLE_ACTORS: ActorRef[] = [
  { id: 1, name: 'Karoline Leavitt', kind: 'person', aliases: ['Leavitt', 'the press secretary', 'White House press secretary'] },
  { id: 2, name: 'Donald Trump', kind: 'person', aliases: ['Trump', 'the president', 'President Trump'] },
  { id: 3, name: 'Mick Mulroy', kind: 'person', aliases: ['Mulroy'] },
  { id: 4, name: 'Adam Boehler', kind: 'person', aliases: ['Boehler', 'the envoy', 'U.S. special envoy for hostage affairs'] },
  {
    id: 5,
    name: "Israeli Prime Minister's office",
    kind: 'government',
    aliases: ["the Prime Minister's office", "Prime Minister's office", "Israel's Prime Minister's office", "Netanyahu's office"],
  },
  { id: 6, name: 'Hamas', kind: 'group', aliases: [] },
  { id: 7, name: 'Qatar', kind: 'country', aliases: [] },
  { id: 8, name: 'Israel', kind: 'country', aliases: [] },
  { id: 9, name: 'White House', kind: 'government', aliases: ['the White House'] },
  { id: 10, name: 'Gregory Vance', kind: 'person', aliases: ['Vance'], affiliation: 'retired State Department official' },
  { id: 11, name: 'Nadia Kessler', kind: 'person', aliases: ['Kessler'], affiliation: 'Halden Institute for Security Studies' },
  { id: 12, name: 'Yael Brenner', kind: 'person', aliases: ['Brenner'] },
  { id: 13, name: 'Jassim Darwish', kind: 'person', aliases: ['Darwish'], affiliation: "Qatar's foreign ministry" },
  { id: 14, name: 'Marta Lindqvist', kind: 'person', aliases: ['Lindqvist'], affiliation: 'Relief Corridor Alliance' },
  { id: 15, name: 'Samir Odeh', kind: 'person', aliases: ['Odeh'], affiliation: 'Hamas' },
  { id: 16, name: 'Ronit Shaked', kind: 'person', aliases: ['Shaked'] },
];

/**
 * Ground truth, one row per tracked quote per article, read off the articles by hand:
 * who says it and which rule should find that speaker. Rule ids: the position the speaker was found in
 * (after-quote, before-quote, next-sentence, previous-sentence), prefixed with title- or pronoun- when the
 * speaker is named only by a title ("the press secretary told reporters") or a pronoun ("she said").
 */
const EXPECTED: { article: string; quote: string; speaker: string; rule: string }[] = [
  // 01: title-only speakers after the quote, the president's post introduced by "message … :", a participle lead-in.
  { article: '01-liberty-ledger.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '01-liberty-ledger.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'title-before-quote' },
  { article: '01-liberty-ledger.md', quote: 'trump-dead', speaker: 'Donald Trump', rule: 'title-after-quote' },
  { article: '01-liberty-ledger.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'before-quote' },
  { article: '01-liberty-ledger.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'title-after-quote' },
  { article: '01-liberty-ledger.md', quote: 'vance-middlemen', speaker: 'Gregory Vance', rule: 'after-quote' },
  // 02: the PMO quote is attributed in the next sentence ("That terse line came from …").
  { article: '02-capitol-dispatch.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'after-quote' },
  { article: '02-capitol-dispatch.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'pronoun-before-quote' },
  { article: '02-capitol-dispatch.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-next-sentence' },
  { article: '02-capitol-dispatch.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '02-capitol-dispatch.md', quote: 'kessler-legitimizing', speaker: 'Nadia Kessler', rule: 'pronoun-after-quote' },
  // 03: the article opens with the PMO quote; Mulroy's quote stands alone after his paraphrase.
  { article: '03-jerusalem-morning-star.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-next-sentence' },
  { article: '03-jerusalem-morning-star.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'pronoun-after-quote' },
  { article: '03-jerusalem-morning-star.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'previous-sentence' },
  { article: '03-jerusalem-morning-star.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '03-jerusalem-morning-star.md', quote: 'brenner-table', speaker: 'Yael Brenner', rule: 'pronoun-after-quote' },
  // 04: curly quotes and apostrophes.
  { article: '04-gulf-horizon.md', quote: 'darwish-door', speaker: 'Jassim Darwish', rule: 'after-quote' },
  { article: '04-gulf-horizon.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'before-quote' },
  { article: '04-gulf-horizon.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '04-gulf-horizon.md', quote: 'lindqvist-flour', speaker: 'Marta Lindqvist', rule: 'after-quote' },
  // 05 and its republications 06 and 07.
  { article: '05-meridian-wire.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'pronoun-before-quote' },
  { article: '05-meridian-wire.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'after-quote' },
  { article: '05-meridian-wire.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-before-quote' },
  { article: '05-meridian-wire.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '05-meridian-wire.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '05-meridian-wire.md', quote: 'trump-dead', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '05-meridian-wire.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'pronoun-after-quote' },
  { article: '05-meridian-wire.md', quote: 'odeh-threats', speaker: 'Samir Odeh', rule: 'after-quote' },
  { article: '05-meridian-wire.md', quote: 'darwish-door', speaker: 'Jassim Darwish', rule: 'after-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'pronoun-before-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'after-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-before-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'pronoun-after-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'odeh-threats', speaker: 'Samir Odeh', rule: 'after-quote' },
  { article: '06-cedar-plains-courier.md', quote: 'darwish-door', speaker: 'Jassim Darwish', rule: 'after-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'pronoun-before-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'after-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-before-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'trump-dead', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'odeh-threats', speaker: 'Samir Odeh', rule: 'after-quote' },
  { article: '07-harbourview-evening-post.md', quote: 'darwish-door', speaker: 'Jassim Darwish', rule: 'after-quote' },
  // 08: "put the concern plainly: "…"" and an after-quote speaker with a prepositional phrase before the verb.
  { article: '08-beltway-policy-review.md', quote: 'leavitt-right-thing', speaker: 'Karoline Leavitt', rule: 'pronoun-before-quote' },
  { article: '08-beltway-policy-review.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '08-beltway-policy-review.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'before-quote' },
  { article: '08-beltway-policy-review.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-before-quote' },
  { article: '08-beltway-policy-review.md', quote: 'kessler-legitimizing', speaker: 'Nadia Kessler', rule: 'after-quote' },
  // 09: "Trump wrote: "… DEAD!" Lindqvist said …" - the next sentence's speaker must not steal the quote.
  { article: '09-continental-observer.md', quote: 'lindqvist-flour', speaker: 'Marta Lindqvist', rule: 'after-quote' },
  { article: '09-continental-observer.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'pronoun-after-quote' },
  { article: '09-continental-observer.md', quote: 'trump-dead', speaker: 'Donald Trump', rule: 'before-quote' },
  { article: '09-continental-observer.md', quote: 'mulroy-complicate', speaker: 'Mick Mulroy', rule: 'after-quote' },
  // 10: curly quotes; "the office said" points back to the Prime Minister's Office.
  { article: '10-jerusalem-morning-star-families.md', quote: 'israel-pmo-opinion', speaker: "Israeli Prime Minister's office", rule: 'title-after-quote' },
  { article: '10-jerusalem-morning-star-families.md', quote: 'brenner-table', speaker: 'Yael Brenner', rule: 'pronoun-after-quote' },
  { article: '10-jerusalem-morning-star-families.md', quote: 'shaked-lifeline', speaker: 'Ronit Shaked', rule: 'before-quote' },
  { article: '10-jerusalem-morning-star-families.md', quote: 'trump-hell-to-pay', speaker: 'Donald Trump', rule: 'title-before-quote' },
  // 11: Leavitt's quote stands alone after "Press secretary Karoline Leavitt summed up …".
  { article: '11-liberty-ledger-critics.md', quote: 'leavitt-american-lives', speaker: 'Karoline Leavitt', rule: 'previous-sentence' },
  { article: '11-liberty-ledger-critics.md', quote: 'trump-leave-gaza', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '11-liberty-ledger-critics.md', quote: 'trump-dead', speaker: 'Donald Trump', rule: 'pronoun-before-quote' },
  { article: '11-liberty-ledger-critics.md', quote: 'odeh-threats', speaker: 'Samir Odeh', rule: 'before-quote' },
  { article: '11-liberty-ledger-critics.md', quote: 'vance-middlemen', speaker: 'Gregory Vance', rule: 'after-quote' },
];

/** The body exactly as the importer stores it. */
function articleBody(file: string): string {
  const bytes = fs.readFileSync(path.join(sampleDir, 'articles', file));
  return parseSource({ name: file, bytes })[0].body;
}

const actorId = (name: string) => SAMPLE_ACTORS.find((a) => a.name === name)!.id;
const expectations: ExpectedQuote[] = JSON.parse(fs.readFileSync(path.join(sampleDir, 'expectations.json'), 'utf8')).quotes;
const articleFiles = fs.readdirSync(path.join(sampleDir, 'articles')).filter((f) => f.endsWith('.md')).sort();

describe('attributeQuotes on the sample corpus', () => {
  const bodies = new Map<string, string>();
  const suggestions = new Map<string, QuoteSuggestion[]>();
  beforeAll(() => {
    for (const file of articleFiles) {
      bodies.set(file, articleBody(file));
      suggestions.set(file, attributeQuotes(bodies.get(file)!, SAMPLE_ACTORS));
    }
  });

  it('has a ground-truth row for exactly every (quote, article) pair in expectations.json', () => {
    const fromFile = expectations.flatMap((q) => q.articles.map((a) => `${a} ${q.id}`)).sort();
    expect(EXPECTED.map((row) => `${row.article} ${row.quote}`).sort()).toEqual(fromFile);
    for (const row of EXPECTED) expect(expectations.find((q) => q.id === row.quote)!.speaker).toBe(row.speaker);
  });

  it.each(EXPECTED)('$article: $quote is said by $speaker ($rule)', ({ article, quote, speaker, rule }) => {
    const text = expectations.find((q) => q.id === quote)!.text;
    const found = suggestions.get(article)!.filter((s) => s.kind === 'direct' && s.text.includes(text));
    expect(found, `no direct quote containing "${text}"`).toHaveLength(1);
    expect(found[0].speaker?.actorId, found[0].evidence).toBe(actorId(speaker));
    expect(found[0].rule).toBe(rule);
  });

  it('verifies at least 25 attributions across the corpus', () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(25);
  });

  it('gives offsets that slice back to the quote and the speaker, and a stable key', () => {
    for (const [file, list] of suggestions) {
      const body = bodies.get(file)!;
      for (const s of list) {
        expect(body.slice(s.start, s.end), file).toBe(s.text);
        expect(s.key).toBe(`${s.start}-${s.end}`);
        if (s.speaker) expect(body.slice(s.speaker.start, s.speaker.end), file).toBe(s.speaker.text);
        expect(s.evidence.length).toBeGreaterThan(0);
      }
      const starts = list.map((s) => s.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('attributes every real direct quote in the corpus to a registered actor', () => {
    for (const [file, list] of suggestions) {
      for (const s of list.filter((q) => q.kind === 'direct')) expect(s.speaker?.actorId ?? null, `${file}: ${s.text}`).not.toBeNull();
    }
  });

  it('skips the scare quotes in 01 ("talking to terrorists")', () => {
    const list = suggestions.get('01-liberty-ledger.md')!;
    expect(list.some((s) => s.text.includes('talking to terrorists'))).toBe(false);
    // Six tracked quotes plus the second half of Vance's quote, which continues the first.
    expect(list.filter((s) => s.kind === 'direct')).toHaveLength(7);
    const continued = list.find((s) => s.text.startsWith('He tells the enemy'))!;
    expect(continued).toMatchObject({ rule: 'continuation', speaker: { actorId: actorId('Gregory Vance') } });
  });

  it('finds reported speech without quote marks', () => {
    const reported = (file: string) => suggestions.get(file)!.filter((s) => s.kind === 'reported');
    expect(reported('01-liberty-ledger.md')).toContainEqual(
      expect.objectContaining({
        text: 'Israel had been consulted before any meeting took place',
        verb: 'added',
        rule: 'pronoun-reported',
        speaker: expect.objectContaining({ text: 'She', actorId: actorId('Karoline Leavitt') }),
      }),
    );
    expect(reported('03-jerusalem-morning-star.md')).toContainEqual(
      expect.objectContaining({ text: 'Israel had been consulted ahead of the meetings', verb: 'told', speaker: expect.objectContaining({ actorId: 1 }) }),
    );
    expect(reported('05-meridian-wire.md')).toContainEqual(
      expect.objectContaining({
        text: 'They consisted of two meetings, preceded by earlier contacts',
        rule: 'according-to',
        speaker: expect.objectContaining({ actorId: actorId('White House') }),
      }),
    );
    // The wire dateline is not part of what the White House said.
    expect(reported('05-meridian-wire.md')[0].text).toMatch(/^The Trump administration has held direct talks/);
  });
});

describe('mentions and entity proposals on sample articles', () => {
  it('finds registry mentions, longest alias first, through possessives and curly apostrophes', () => {
    const body = articleBody('05-meridian-wire.md');
    const texts = (id: number) => findMentions(body, SAMPLE_ACTORS).filter((m) => m.actorId === id).map((m) => m.text);
    expect(texts(4)).toEqual(['Adam Boehler', 'U.S. special envoy for hostage affairs']);
    expect(texts(1)).toEqual(['White House press secretary', 'Karoline Leavitt', 'Leavitt']);
    expect(texts(5)).toEqual(["Israel's Prime Minister's office"]);
    const gulf = articleBody('04-gulf-horizon.md');
    expect(findMentions(gulf, SAMPLE_ACTORS).filter((m) => m.actorId === 7).map((m) => m.text)).toContain('Qatar');
    expect(gulf).toContain('Qatar’s');
    expect(findMentions(gulf, SAMPLE_ACTORS).filter((m) => m.actorId === 7).length).toBe(gulf.match(/Qatar(?!i)/g)!.length);
  });

  it('proposes Edan Alexander and Doha, not known actors or dismissed names', () => {
    const body = articleBody('01-liberty-ledger.md');
    const proposals = proposeEntities(body, SAMPLE_ACTORS, []);
    expect(proposals).toContainEqual(expect.objectContaining({ text: 'Edan Alexander', kind: 'person', count: 1 }));
    expect(proposals).toContainEqual(expect.objectContaining({ text: 'Doha', kind: 'place' }));
    const known = new Set(SAMPLE_ACTORS.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase()));
    for (const p of proposals) {
      expect(known.has(p.text.toLowerCase()), p.text).toBe(false);
      expect(body.slice(p.first.start, p.first.end)).toMatch(new RegExp(p.text.split(' ').pop()!));
    }
    const dismissed = proposeEntities(body, SAMPLE_ACTORS, ['edan alexander', 'DOHA']).map((p) => p.text);
    expect(dismissed).not.toContain('Edan Alexander');
    expect(dismissed).not.toContain('Doha');
    const counts = proposals.map((p) => p.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('proposes Qatar as a place when it is not registered, and merges a surname into the full name', () => {
    const withoutQatarOrVance = SAMPLE_ACTORS.filter((a) => a.name !== 'Qatar' && a.name !== 'Gregory Vance');
    const gulf = proposeEntities(articleBody('04-gulf-horizon.md'), withoutQatarOrVance, []);
    expect(gulf).toContainEqual(expect.objectContaining({ text: 'Qatar', kind: 'place' }));
    expect(gulf).toContainEqual(expect.objectContaining({ text: 'Doha', kind: 'place' }));
    const critics = proposeEntities(articleBody('11-liberty-ledger-critics.md'), withoutQatarOrVance, []);
    expect(critics).toContainEqual(expect.objectContaining({ text: 'Gregory Vance', kind: 'person', count: 2 }));
    expect(critics.map((p) => p.text)).not.toContain('Vance');
  });
});
