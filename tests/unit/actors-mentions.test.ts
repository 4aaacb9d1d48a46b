// findMentions and proposeEntities on hand-written text: case rules, possessives, overlaps, exclusions.
import { describe, expect, it } from 'vitest';
import { proposeEntities } from '../../electron/core/actors/entities';
import { findMentions } from '../../electron/core/actors/mentions';
import type { ActorRef } from '../../electron/core/actors/types';

const ACTORS: ActorRef[] = [
  { id: 2, name: 'Donald Trump', kind: 'person', aliases: ['Trump', 'the president'] },
  { id: 4, name: 'Adam Boehler', kind: 'person', aliases: ['Boehler', 'the envoy', 'envoy', 'U.S. special envoy for hostage affairs'] },
  { id: 5, name: "Israeli Prime Minister's office", kind: 'government', aliases: ["Netanyahu's office"] },
  { id: 8, name: 'Israel', kind: 'country', aliases: [] },
];

const texts = (body: string) => findMentions(body, ACTORS).map((m) => `${m.actorId}:${m.text}`);

describe('findMentions', () => {
  it('matches through possessives with straight and curly apostrophes', () => {
    expect(texts("Boehler's trip and Boehler’s team")).toEqual(['4:Boehler', '4:Boehler']);
  });

  it('lets the longest alias win where aliases overlap', () => {
    expect(texts('the U.S. special envoy for hostage affairs said the envoy would stay')).toEqual([
      '4:U.S. special envoy for hostage affairs',
      '4:the envoy',
    ]);
  });

  it('requires capitals in proper-noun aliases but matches lower-case aliases in any case', () => {
    expect(texts('Threats did not trump diplomacy, Trump said. The President agreed; the president left.')).toEqual([
      '2:Trump',
      '2:The President',
      '2:the president',
    ]);
  });

  it('matches whole words only', () => {
    expect(texts('Israeli officials and Israel; Boehlers; Trumpism')).toEqual(['8:Israel']);
  });

  it('matches an alias written with a straight apostrophe against a curly one', () => {
    expect(texts('Netanyahu’s office declined to comment.')).toEqual(["5:Netanyahu’s office"]);
  });

  it('returns offsets into the body, sorted, without overlaps', () => {
    const body = 'Trump met Boehler. Boehler, the envoy, briefed Trump.';
    const mentions = findMentions(body, ACTORS);
    for (const m of mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].end);
    expect(mentions).toHaveLength(5);
  });
});

describe('proposeEntities', () => {
  const body =
    'Jane Roe met Adam Boehler in Doha on Monday. Roe, who leads the Relief Corridor Alliance, said Qatar had helped. ' +
    'Later Roe flew to Cairo. Trump did not comment.';

  it('proposes people, organisations and places not in the registry, with counts', () => {
    const proposals = proposeEntities(body, ACTORS, []);
    expect(proposals).toContainEqual({ text: 'Jane Roe', kind: 'person', count: 3, first: { start: 0, end: 8 } });
    expect(proposals).toContainEqual(expect.objectContaining({ text: 'Relief Corridor Alliance', kind: 'organization', count: 1 }));
    expect(proposals).toContainEqual(expect.objectContaining({ text: 'Doha', kind: 'place' }));
    expect(proposals.map((p) => p.text)).not.toContain('Roe');
    expect(proposals.map((p) => p.text)).not.toContain('Adam Boehler');
    expect(proposals.map((p) => p.text)).not.toContain('Trump');
  });

  it('leaves out dismissed names, whatever their case', () => {
    const proposals = proposeEntities(body, ACTORS, ['JANE ROE', 'cairo']).map((p) => p.text);
    expect(proposals).not.toContain('Jane Roe');
    expect(proposals).not.toContain('Cairo');
    expect(proposals).toContain('Doha');
  });

  it('sorts by count, then text', () => {
    const proposals = proposeEntities(body, ACTORS, []);
    const order = [...proposals].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    expect(proposals).toEqual(order);
  });
});
